// CSV for a mail merge: one row per letter. Semicolon-separated with a header, which both Dutch
// spreadsheet programs and Word's mail merge read without questions.
import { formatCode } from "./voting-codes";

export function codesCsv(processTitle: string, voteUrl: string, codes: readonly string[]): string {
  const rows = [["nummer", "stemcode", "website", "proces"].join(";")];
  for (const [i, code] of codes.entries())
    rows.push([String(i + 1), formatCode(code), csvField(voteUrl), csvField(processTitle)].join(";"));
  return `${rows.join("\r\n")}\r\n`;
}

function csvField(value: string): string {
  // A leading =, +, - or @ would run as a formula in a spreadsheet.
  const safe = /^[=+\-@]/.test(value) ? `'${value}` : value;
  return /[;"\r\n]/.test(safe) ? `"${safe.replaceAll('"', '""')}"` : safe;
}
