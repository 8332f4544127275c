import { parseCsv, type CsvRecord } from "../../../core/csv";
import { OpenDataParseError } from "./parse-error";

/** 9999-12-31T23:59:59.999Z: later times have no ISO 8601 form a database column takes. */
const MAX_TIMESTAMP = Date.UTC(9999, 11, 31, 23, 59, 59, 999);

/**
 * A CSV file with a header row, read by column name so that column order does not matter, with
 * typed getters that report the file and line of a bad value.
 */
export class CsvTable {
  readonly rows: CsvRecord[];
  readonly header: string[];
  private readonly columns: Map<string, number>;

  constructor(
    text: string,
    readonly file: string,
    required: readonly string[],
  ) {
    const records = parseCsv(text, file);
    const header = records.shift();
    if (!header) throw new OpenDataParseError(file, 1, "file is empty, expected a header row");
    this.columns = new Map(header.fields.map((name, index) => [name.trim(), index]));
    for (const name of required) {
      if (!this.columns.has(name)) throw new OpenDataParseError(file, header.line, `missing column "${name}"`);
    }
    for (const record of records) {
      if (record.fields.length !== header.fields.length) {
        throw new OpenDataParseError(
          file,
          record.line,
          `expected ${header.fields.length} fields, found ${record.fields.length}`,
        );
      }
    }
    this.rows = records;
    this.header = header.fields;
  }

  has(column: string): boolean {
    return this.columns.has(column);
  }

  text(record: CsvRecord, column: string, fallback = ""): string {
    const index = this.columns.get(column);
    return index === undefined ? fallback : record.fields[index]!;
  }

  integer(record: CsvRecord, column: string, fallback?: number): number {
    const raw = this.text(record, column, "").trim();
    if (raw === "" && fallback !== undefined) return fallback;
    if (!/^-?\d+$/.test(raw)) this.fail(record, `"${column}" must be a whole number, found "${raw}"`);
    return Number(raw);
  }

  /** Milliseconds since 1970 (0: unknown), up to the last moment of the year 9999. */
  timestamp(record: CsvRecord, column: string): number {
    const value = this.integer(record, column, 0);
    if (value < 0 || value > MAX_TIMESTAMP)
      this.fail(record, `"${column}" must be milliseconds since 1970 before the year 10000, found ${value}`);
    return value;
  }

  vote(record: CsvRecord, column: string): -1 | 0 | 1 {
    const value = this.integer(record, column);
    if (value !== -1 && value !== 0 && value !== 1) this.fail(record, `"${column}" must be -1, 0 or 1, found ${value}`);
    return value;
  }

  id(record: CsvRecord, column: string): string {
    const raw = this.text(record, column).trim();
    if (raw === "") this.fail(record, `"${column}" is empty`);
    return raw;
  }

  fail(record: CsvRecord, detail: string): never {
    throw new OpenDataParseError(this.file, record.line, detail);
  }
}
