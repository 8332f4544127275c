// CSV for a mail merge: one row per letter. Semicolon-separated with a header, which both Dutch
// spreadsheet programs and Word's mail merge read without questions; quoting and formula
// neutralisation (a process title "=…") come from the one CSV module.
import { DUTCH_SPREADSHEET_CSV, writeCsv } from "../../../core/csv";
import { formatCode } from "./voting-codes";

export function codesCsv(processTitle: string, voteUrl: string, codes: readonly string[]): string {
  return writeCsv(
    [
      ["nummer", "stemcode", "website", "proces"],
      ...codes.map((code, i) => [i + 1, formatCode(code), voteUrl, processTitle]),
    ],
    DUTCH_SPREADSHEET_CSV,
  );
}
