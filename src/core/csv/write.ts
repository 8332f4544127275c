// Writing CSV: RFC 4180 quoting (a field holding the separator, a double quote or a line break is
// quoted, quotes doubled) after formula neutralisation (formula.ts) of every cell.
import { neutraliseFormula } from "./formula";

export type CsvValue = string | number | null | undefined;

export interface CsvDialect {
  separator: "," | ";";
  lineEnd: "\n" | "\r\n";
  /** Fields with any of these characters are quoted (the separator, quote and line breaks at least). */
  quoteWhen: RegExp;
}

/**
 * What spreadsheets open without questions: commas, CRLF (RFC 4180). Fields with a semicolon are
 * quoted too, for Dutch spreadsheet programs that split on semicolons.
 */
export const SPREADSHEET_CSV: CsvDialect = { separator: ",", lineEnd: "\r\n", quoteWhen: /[,;"\r\n]/ };
/** Dutch spreadsheet programs and Word's mail merge: semicolons, CRLF. */
export const DUTCH_SPREADSHEET_CSV: CsvDialect = { separator: ";", lineEnd: "\r\n", quoteWhen: /[;"\r\n]/ };
/** Pol.is openData exports: commas, LF, quotes only where needed (as Pol.is writes them). */
export const POLIS_CSV: CsvDialect = { separator: ",", lineEnd: "\n", quoteWhen: /[,"\r\n]/ };
/** pabulib .pb files: semicolons, LF, quotes only where needed (vote lists "1,2,3" stay bare). */
export const PABULIB_CSV: CsvDialect = { separator: ";", lineEnd: "\n", quoteWhen: /[;"\r\n]/ };

export function csvField(value: CsvValue, dialect: CsvDialect = SPREADSHEET_CSV): string {
  const text = neutraliseFormula(value === null || value === undefined ? "" : String(value));
  return dialect.quoteWhen.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

export function csvLine(values: readonly CsvValue[], dialect: CsvDialect = SPREADSHEET_CSV): string {
  let line = "";
  for (let i = 0; i < values.length; i++) line += (i ? dialect.separator : "") + csvField(values[i], dialect);
  return line;
}

/** Rows to CSV text, every line (the last too) ended by the dialect's line end. */
export function writeCsv(rows: readonly (readonly CsvValue[])[], dialect: CsvDialect = SPREADSHEET_CSV): string {
  let out = "";
  for (const row of rows) out += csvLine(row, dialect) + dialect.lineEnd;
  return out;
}
