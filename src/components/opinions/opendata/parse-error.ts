/**
 * A malformed openData file: names the file and the 1-based line so an admin can fix it. It is
 * the one CSV module's error, so a syntax error and a bad value read the same.
 */
export { CsvParseError as OpenDataParseError } from "../../../core/csv";
