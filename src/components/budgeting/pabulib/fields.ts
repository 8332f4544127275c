import { PabulibParseError } from "./parse-error";

/**
 * One `;`-separated line, with optional double-quoted fields ("" inside quotes is a quote),
 * the way pabulib files are written by Python's csv module.
 */
export function splitFields(text: string, line: number): string[] {
  if (!text.includes('"')) return text.split(";");
  const fields: string[] = [];
  let field = "";
  let quoted = false;
  let atFieldStart = true;
  for (let x = 0; x < text.length; x++) {
    const ch = text[x]!;
    if (quoted) {
      if (ch !== '"') field += ch;
      else if (text[x + 1] === '"') {
        field += '"'; // a doubled quote inside quotes is one quote
        x++;
      } else quoted = false;
    } else if (ch === ";") {
      fields.push(field);
      field = "";
      atFieldStart = true;
      continue;
    } else if (ch === '"' && atFieldStart) {
      quoted = true;
    } else {
      field += ch;
    }
    atFieldStart = false;
  }
  if (quoted) throw new PabulibParseError(line, 'a closing double quote (") before the end of the line');
  fields.push(field);
  return fields;
}

/** Quotes a field only when it must be, so ordinary files are written byte-for-byte alike. */
export function joinFields(fields: readonly string[]): string {
  return fields.map((f) => (/[;"\r\n]/.test(f) || f.startsWith('"') ? `"${f.replaceAll('"', '""')}"` : f)).join(";");
}
