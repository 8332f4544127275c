import { describe, expect, it } from "vitest";
import { CODE_ALPHABET, CODE_LENGTH, formatCode, keyedCodeHash, newCodes, normalizeCode } from "./one-time-codes";

describe("one-time codes", () => {
  it("have at least 58 bits of entropy from an alphabet without look-alikes", () => {
    expect(CODE_LENGTH * Math.log2(CODE_ALPHABET.length)).toBeGreaterThan(58);
    expect(new Set(CODE_ALPHABET).size).toBe(CODE_ALPHABET.length);
    expect(CODE_ALPHABET).not.toMatch(/[0O1IL]/);
  });

  it("are distinct within a batch and use every letter of the alphabet", () => {
    const codes = newCodes(2000);
    expect(new Set(codes).size).toBe(2000);
    const seen = new Set<string>();
    for (const code of codes) {
      expect(code).toMatch(new RegExp(`^[${CODE_ALPHABET}]{${CODE_LENGTH}}$`));
      for (const ch of code) seen.add(ch);
    }
    // 24,000 draws from 31 characters: a character never drawn would mean a broken generator.
    expect(seen.size).toBe(CODE_ALPHABET.length);
  });

  it("accept what residents type and refuse what cannot be a code", () => {
    const [code] = newCodes(1) as [string];
    expect(normalizeCode(formatCode(code).toLowerCase())).toBe(code);
    expect(normalizeCode(` ${code.slice(0, 6)} ${code.slice(6)} `)).toBe(code);
    expect(normalizeCode("ABCD-EFGH-JKM")).toBeNull();
    expect(normalizeCode("ABCD-EFGH-JKM0")).toBeNull();
  });

  it("are stored as a keyed hash that depends on the secret and the purpose", () => {
    const [code] = newCodes(1) as [string];
    const hash = keyedCodeHash("secret-a", "letter", code);
    expect(hash).toMatch(/^[0-9a-f]{64}$/);
    expect(hash).toBe(keyedCodeHash("secret-a", "letter", code));
    expect(hash).not.toBe(keyedCodeHash("secret-b", "letter", code));
    expect(hash).not.toBe(keyedCodeHash("secret-a", "other", code));
  });
});
