// Spreadsheet formula injection (OWASP "CSV Injection"): a cell that starts with = + - @, a tab or
// a carriage return is run as a formula by Excel, LibreOffice and Google Sheets, so a resident's
// title "=HYPERLINK(...)" would become a live link or worse in an official's spreadsheet.
//
// Every CSV cell we write goes through `neutraliseFormula`: such a cell gets a leading apostrophe,
// which spreadsheets show as text. Left alone are a plain number ("-1", "-0.5": no formula, and
// Pol.is-compatible files must keep their -1 votes readable by Pol.is tools) and a lone formula
// character ("-" for "none" in pabulib files: nothing follows it to run). The rule is
// reversible: a cell of apostrophes followed by a formula character gets one apostrophe more, and
// `restoreFormula` (applied by our CSV reader) takes exactly one off, so every text survives an
// export and re-import unchanged.

const FORMULA_START = /^'*[=+\-@\t\r][\s\S]/;
const NEUTRALISED = /^'+[=+\-@\t\r][\s\S]/;
const PLAIN_NUMBER = /^-?\d+(\.\d+)?$/;

export function neutraliseFormula(text: string): string {
  return FORMULA_START.test(text) && !PLAIN_NUMBER.test(text) ? `'${text}` : text;
}

/** The inverse of neutraliseFormula, for reading back what we wrote. */
export function restoreFormula(text: string): string {
  return NEUTRALISED.test(text) ? text.slice(1) : text;
}
