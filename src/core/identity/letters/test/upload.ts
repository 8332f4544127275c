// Shared by the letter-code tests: an admin uploads an address list and gets the codes back.
import { expect } from "vitest";
import type { Agent } from "../../../../../test/support/app";
import { parseCsv } from "../../../csv";

export const uploadAddresses = (
  agent: Agent,
  csv: string,
  fields: { label?: string; format?: string } = {},
  headers: Record<string, string> = {},
) =>
  agent.postMultipart(
    "/admin/briefcodes",
    [
      { name: "label", value: fields.label ?? "Brief Noord" },
      { name: "format", value: fields.format ?? "csv" },
      { name: "addresses", file: { filename: "adressen.csv", contentType: "text/csv", bytes: Buffer.from(csv) } },
    ],
    headers,
  );

/** Uploads the addresses and returns the printed codes (ABCD-EFGH-JKMN), one per address. */
export async function makeCodes(agent: Agent, addresses: string[], area = "Noord", postcode = "1011 AB") {
  const lines = addresses.map((a) => `${a};${postcode};${area}`);
  const res = await uploadAddresses(agent, `adres;postcode;gebied\n${lines.join("\n")}\n`);
  expect(res.statusCode, res.body.slice(0, 300)).toBe(200);
  return parseCsv(res.body, "codes.csv", ";")
    .slice(1)
    .map((r) => r.fields[3]!);
}
