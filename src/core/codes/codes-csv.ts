// CSV of new one-time codes for a mail merge: one row per letter. Semicolon-separated with a
// header, which both Dutch spreadsheet programs and Word's mail merge read without questions;
// quoting and formula neutralisation (a title "=…") come from the one CSV module. Budgeting's
// voting codes and the consultations' answer codes name their columns; the layout is this one.
import { DUTCH_SPREADSHEET_CSV, writeCsv } from "../csv";
import { formatCode } from "./one-time-codes";

export interface CodesCsvColumns {
  /** The header of the code column, e.g. "stemcode". */
  code: string;
  /** The header of the title column, e.g. "proces". */
  title: string;
}

export function codesCsv(columns: CodesCsvColumns, title: string, url: string, codes: readonly string[]): string {
  return writeCsv(
    [
      ["nummer", columns.code, "website", columns.title],
      ...codes.map((code, i) => [i + 1, formatCode(code), url, title]),
    ],
    DUTCH_SPREADSHEET_CSV,
  );
}
