// Reading CSV (RFC 4180): fields optionally in double quotes, "" for a quote inside quotes, quoted
// fields may span lines. Every record carries the line it starts on, and every error names the
// file and line, so whoever made the file can fix it. Fields come back as writeCsv was given
// them (restoreFormula undoes the formula neutralisation). A line with a control character that
// a database cannot store (NUL) is refused here, before anything is imported.
import { isStorableText } from "../http/text-rules";
import { restoreFormula } from "./formula";

export interface CsvRecord {
  /** 1-based line the record starts on. */
  line: number;
  fields: string[];
}

export class CsvParseError extends Error {
  constructor(
    readonly file: string,
    readonly line: number,
    readonly detail: string,
  ) {
    super(`${file}, line ${line}: ${detail}`);
    this.name = "CsvParseError";
  }
}

const restored = (fields: string[]): string[] =>
  fields.some((f) => f.startsWith("'")) ? fields.map(restoreFormula) : fields;

export function parseCsv(text: string, file: string, separator: "," | ";" = ","): CsvRecord[] {
  const lines = text.replace(/^\uFEFF/, "").split(/\r?\n/);
  if (lines.length > 0 && lines[lines.length - 1] === "") lines.pop();
  const records: CsvRecord[] = [];
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    if (!isStorableText(line)) throw new CsvParseError(file, i + 1, "holds a control character (such as NUL)");
    // Lines without any quote take a fast split: that keeps a million-row votes.csv quick.
    if (!line.includes('"')) {
      records.push({ line: i + 1, fields: restored(line.split(separator)) });
      continue;
    }
    const start = i;
    const fields: string[] = [];
    let field = "";
    let quoted = false;
    let atFieldStart = true;
    let current = line;
    for (let c = 0; ; c++) {
      if (c === current.length) {
        if (!quoted) break;
        i++;
        if (i >= lines.length)
          throw new CsvParseError(file, start + 1, 'a quoted field has no closing double quote (")');
        if (!isStorableText(lines[i]!)) throw new CsvParseError(file, i + 1, "holds a control character (such as NUL)");
        field += "\n";
        current = lines[i]!;
        c = -1;
        continue;
      }
      const ch = current[c]!;
      if (quoted) {
        if (ch !== '"') field += ch;
        else if (current[c + 1] === '"') {
          field += '"';
          c++;
        } else {
          quoted = false;
          const next = current[c + 1];
          if (next !== undefined && next !== separator)
            throw new CsvParseError(file, i + 1, "unexpected character after a closing quote");
        }
      } else if (ch === separator) {
        fields.push(field);
        field = "";
        atFieldStart = true;
        continue;
      } else if (ch === '"') {
        if (!atFieldStart) throw new CsvParseError(file, i + 1, "quote inside an unquoted field");
        quoted = true;
      } else field += ch;
      atFieldStart = false;
    }
    fields.push(field);
    records.push({ line: start + 1, fields: restored(fields) });
  }
  return records;
}
