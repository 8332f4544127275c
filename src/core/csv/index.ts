// The one CSV module: every CSV the project writes or reads goes through here, so quoting,
// formula neutralisation (OWASP CSV injection) and error reporting are the same everywhere.
export { neutraliseFormula, restoreFormula } from "./formula";
export { CsvParseError, parseCsv, type CsvRecord } from "./parse";
export {
  csvField,
  csvLine,
  DUTCH_SPREADSHEET_CSV,
  PABULIB_CSV,
  POLIS_CSV,
  SPREADSHEET_CSV,
  writeCsv,
  type CsvDialect,
  type CsvValue,
} from "./write";
