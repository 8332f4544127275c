import { describe, expect, it } from "vitest";
import { codesCsv } from "./voting-codes-csv";
import { CODE_ALPHABET, CODE_LENGTH, formatCode, hashCode, newVotingCodes, normalizeCode } from "./voting-codes";

describe("voting codes", () => {
  it("are 12 characters from the unambiguous alphabet, distinct within a batch", () => {
    const codes = newVotingCodes(500);
    expect(new Set(codes).size).toBe(500);
    for (const code of codes) {
      expect(code).toHaveLength(CODE_LENGTH);
      for (const ch of code) expect(CODE_ALPHABET).toContain(ch);
    }
    expect(CODE_ALPHABET).not.toMatch(/[0O1IL]/);
  });

  it("accept what residents type: lower case, spaces, dashes", () => {
    const code = newVotingCodes(1)[0]!;
    expect(normalizeCode(formatCode(code).toLowerCase())).toBe(code);
    expect(normalizeCode(` ${code.slice(0, 6)} ${code.slice(6)} `)).toBe(code);
    expect(normalizeCode("too-short")).toBeNull();
    expect(normalizeCode("0000OOOO1111")).toBeNull();
  });

  it("are stored as a SHA-256 hash, never as themselves", () => {
    const code = newVotingCodes(1)[0]!;
    expect(hashCode(code)).toMatch(/^[0-9a-f]{64}$/);
    expect(hashCode(code)).not.toContain(code);
  });

  it("make a CSV for a mail merge that a spreadsheet cannot run as a formula", () => {
    const csv = codesCsv('=HYPERLINK("x")', "https://example.org/begroting/1/stemcode", ["ABCDEFGHJKMN"]);
    const [header, row] = csv.trim().split("\r\n");
    expect(header).toBe("nummer;stemcode;website;proces");
    expect(row).toBe('1;ABCD-EFGH-JKMN;https://example.org/begroting/1/stemcode;"\'=HYPERLINK(""x"")"');
  });
});
