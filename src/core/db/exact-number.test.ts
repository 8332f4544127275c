import { describe, expect, it } from "vitest";
import { exactNumber } from "./database";

describe("PostgreSQL bigint values", () => {
  it("become exact JS numbers, and a value beyond 2^53 is an error rather than a rounded number", () => {
    expect(exactNumber("5000000000")).toBe(5_000_000_000);
    expect(exactNumber("-3")).toBe(-3);
    expect(exactNumber(String(Number.MAX_SAFE_INTEGER))).toBe(Number.MAX_SAFE_INTEGER);
    expect(() => exactNumber("9007199254740993")).toThrow(RangeError);
  });
});
