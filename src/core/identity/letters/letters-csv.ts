// The CSV for the mail merge of the letters: one row per address with its code, in the dialect
// Dutch spreadsheets and Word's mail merge read (semicolons); formula neutralisation comes from
// the one CSV module, so an address "=…" cannot run in a spreadsheet.
import { DUTCH_SPREADSHEET_CSV, writeCsv } from "../../csv";
import { formatCode } from "../../codes/one-time-codes";
import type { AddressRow } from "./address-csv";

export function lettersCsv(rows: readonly AddressRow[], codes: readonly string[], verifyUrl: string): string {
  return writeCsv(
    [
      ["adres", "postcode", "gebied", "code", "website"],
      ...rows.map((r, i) => [r.address, r.postcode, r.areaName, formatCode(codes[i]!), verifyUrl]),
    ],
    DUTCH_SPREADSHEET_CSV,
  );
}
