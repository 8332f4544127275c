// Reading the staff's address list for letter codes: a CSV with the columns address, postcode and
// area (Dutch or English names, comma- or semicolon-separated as spreadsheets save it). Pure: the
// caller gives the site's areas and gets either every row or the problems, each with its line, so
// a bad file creates nothing. Rows are checked whole before any code is made.
import { CsvParseError, parseCsv } from "../../csv";
import { parsePostcodeRanges, postcodeInRanges } from "../../sites/postcodes";

export const MAX_LETTERS_PER_BATCH = 50_000;
/** Printable letters are one page of HTML for the whole batch: beyond this, the mail-merge CSV. */
export const MAX_PRINTED_LETTERS = 5_000;
/** Enough for 50,000 addresses of 100 characters; the upload is refused above this. */
export const MAX_ADDRESS_FILE_BYTES = 5 * 1024 * 1024;
const MAX_ADDRESS_LENGTH = 200;
/** Shown at once; a file with more problems is usually the wrong file, and the first ones say so. */
export const MAX_PROBLEMS_SHOWN = 20;

export interface AddressRow {
  line: number;
  address: string;
  postcode: string; // "1234 AB"
  areaId: number;
  areaName: string;
}

export interface AddressProblem {
  line: number;
  /** Catalog key under letters.import.problems. */
  key: string;
  params: Record<string, string | number>;
}

export type AddressListResult =
  | { ok: true; rows: AddressRow[] }
  | { ok: false; problems: AddressProblem[]; total: number };

const COLUMNS = {
  address: ["adres", "address"],
  postcode: ["postcode", "postal code", "postal_code", "zip"],
  area: ["gebied", "wijk", "area"],
} as const;
type Column = keyof typeof COLUMNS;

/** A Dutch postcode in its tidy form "1234 AB", or null. */
export function normalizePostcode(text: string): string | null {
  const m = /^\s*([1-9]\d{3})\s?([a-zA-Z]{2})\s*$/.exec(text);
  return m ? `${m[1]} ${m[2]!.toUpperCase()}` : null;
}

/**
 * The file's text. Excel on Dutch Windows saves "CSV (puntkomma's)" in Windows-1252, not UTF-8: a
 * file that is not valid UTF-8 is read as Windows-1252, so "Rozengaarde 3, Ééndracht" survives.
 */
export function decodeAddressFile(bytes: Uint8Array): string {
  try {
    return new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch {
    // Node's own decoder treats windows-1252 as Latin-1; the 0x80–0x9F range differs (€, quotes).
    return Buffer.from(bytes)
      .toString("latin1")
      .replace(/[\u0080-\u009f]/g, (c) => WINDOWS_1252_HIGH[c.charCodeAt(0) - 0x80] || c);
  }
}

// biome-ignore format: a table of 32 characters reads best in rows.
const WINDOWS_1252_HIGH = [
  "€", "", "‚", "ƒ", "„", "…", "†", "‡", "ˆ", "‰", "Š", "‹", "Œ", "", "Ž", "",
  "", "‘", "’", "“", "”", "•", "–", "—", "˜", "™", "š", "›", "œ", "", "ž", "Ÿ",
];

const addressKey = (address: string, postcode: string) =>
  `${address
    .toLowerCase()
    .replace(/[\s,.]+/g, " ")
    .trim()}|${postcode}`;

export function readAddressList(
  text: string,
  areas: readonly { id: number; name: string; postcode_ranges: string }[],
  maxRows = MAX_LETTERS_PER_BATCH,
): AddressListResult {
  const problems: AddressProblem[] = [];
  const fail = (line: number, key: string, params: Record<string, string | number> = {}): AddressListResult => ({
    ok: false,
    problems: [{ line, key, params }],
    total: 1,
  });
  const firstLine = text.replace(/^\uFEFF/, "").split(/\r?\n/, 1)[0] ?? "";
  const separator = firstLine.includes(";") ? ";" : ",";
  let records: ReturnType<typeof parseCsv>;
  try {
    records = parseCsv(text, "adressen.csv", separator).filter((r) => r.fields.some((f) => f.trim() !== ""));
  } catch (error) {
    if (error instanceof CsvParseError) return fail(error.line, "unreadable");
    throw error;
  }
  const header = records[0];
  if (!header) return fail(1, "empty");
  const names = header.fields.map((f) => f.trim().toLowerCase());
  const index = {} as Record<Column, number>;
  const missing: string[] = [];
  for (const column of Object.keys(COLUMNS) as Column[]) {
    index[column] = names.findIndex((n) => (COLUMNS[column] as readonly string[]).includes(n));
    if (index[column] < 0) missing.push(COLUMNS[column][0]);
  }
  if (missing.length) return fail(header.line, "missingColumns", { columns: missing.join(", ") });
  const rows = records.slice(1);
  if (rows.length === 0) return fail(header.line, "noRows");
  if (rows.length > maxRows) return fail(rows[maxRows]!.line, "tooMany", { max: maxRows });

  const areaByName = new Map(areas.map((a) => [a.name.trim().toLowerCase(), a]));
  const seen = new Map<string, number>();
  const result: AddressRow[] = [];
  for (const { line, fields } of rows) {
    const cell = (c: Column) => (fields[index[c]] ?? "").trim();
    const address = cell("address").replace(/\s+/g, " ");
    const postcode = normalizePostcode(cell("postcode"));
    const area = areaByName.get(cell("area").toLowerCase());
    if (address === "") problems.push({ line, key: "noAddress", params: {} });
    else if (address.length > MAX_ADDRESS_LENGTH)
      problems.push({ line, key: "addressTooLong", params: { max: MAX_ADDRESS_LENGTH } });
    if (!postcode) problems.push({ line, key: "postcode", params: { postcode: cell("postcode") } });
    if (!area) problems.push({ line, key: "area", params: { area: cell("area") } });
    else if (
      postcode &&
      area.postcode_ranges &&
      !postcodeInRanges(postcode, parsePostcodeRanges(area.postcode_ranges) ?? [])
    )
      problems.push({ line, key: "outsideArea", params: { postcode, area: area.name } });
    if (!address || !postcode || !area) continue;
    const key = addressKey(address, postcode);
    const earlier = seen.get(key);
    if (earlier !== undefined) problems.push({ line, key: "duplicate", params: { other: earlier } });
    else seen.set(key, line);
    result.push({ line, address, postcode, areaId: area.id, areaName: area.name });
  }
  if (problems.length) return { ok: false, problems: problems.slice(0, MAX_PROBLEMS_SHOWN), total: problems.length };
  return { ok: true, rows: result };
}
