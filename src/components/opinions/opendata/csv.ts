import { OpenDataParseError } from "./parse-error";

/** One CSV record and the physical line it starts on (1-based), for error messages. */
export interface CsvRecord {
  line: number;
  fields: string[];
}

/**
 * RFC 4180 CSV: comma-separated, fields optionally in double quotes, "" for a quote inside
 * quotes, quoted fields may span lines (comment bodies do). Lines without any quote take a fast
 * split, which is what keeps a million-row votes.csv quick.
 */
export function parseCsv(text: string, file: string): CsvRecord[] {
  const lines = text.replace(/^\uFEFF/, "").split(/\r?\n/);
  if (lines.length > 0 && lines[lines.length - 1] === "") lines.pop();
  const records: CsvRecord[] = [];
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    if (!line.includes('"')) {
      records.push({ line: i + 1, fields: line.split(",") });
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
        if (i >= lines.length) throw new OpenDataParseError(file, start + 1, "quoted field is never closed");
        field += "\n";
        current = lines[i]!;
        c = -1;
        continue;
      }
      const ch = current[c]!;
      if (quoted) {
        if (ch !== '"') field += ch;
        else if (current[c + 1] === '"') {
          field += '"'; // a doubled quote inside quotes is one quote
          c++;
        } else {
          quoted = false;
          const next = current[c + 1];
          if (next !== undefined && next !== ",") {
            throw new OpenDataParseError(file, i + 1, "unexpected character after a closing quote");
          }
        }
      } else if (ch === ",") {
        fields.push(field);
        field = "";
        atFieldStart = true;
        continue;
      } else if (ch === '"') {
        if (!atFieldStart) throw new OpenDataParseError(file, i + 1, "quote inside an unquoted field");
        quoted = true;
      } else field += ch;
      atFieldStart = false;
    }
    fields.push(field);
    records.push({ line: start + 1, fields });
  }
  return records;
}

/** Quotes a field only when it must be (comma, quote or line break), like Pol.is's exports. */
export function formatCsv(rows: readonly (readonly string[])[]): string {
  let out = "";
  for (const row of rows) out += `${row.map(formatField).join(",")}\n`;
  return out;
}

function formatField(field: string): string {
  return /[",\r\n]/.test(field) ? `"${field.replace(/"/g, '""')}"` : field;
}
