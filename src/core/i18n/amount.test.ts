import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { parseAmount } from "./amount";

describe("parseAmount", () => {
  it("understands amounts as Dutch residents and staff type them", () => {
    expect(parseAmount("40.000")).toBe(40000);
    expect(parseAmount("40.000,50")).toBe(40000.5);
    expect(parseAmount("€ 40.000")).toBe(40000);
    expect(parseAmount("€40.000,-")).toBe(40000);
    expect(parseAmount("40000")).toBe(40000);
    expect(parseAmount("1.250.000")).toBe(1250000);
    expect(parseAmount("40 000")).toBe(40000);
    expect(parseAmount("12,5")).toBe(12.5);
    expect(parseAmount("40.000 EUR")).toBe(40000);
  });

  it("understands English notation too", () => {
    expect(parseAmount("40,000")).toBe(40000);
    expect(parseAmount("40,000.50")).toBe(40000.5);
    expect(parseAmount("12.5")).toBe(12.5);
  });

  it("refuses what is not an amount", () => {
    for (const bad of ["", "abc", "-5", "4.00.0", "40.000.5", "1,2,3", "40,", "1.234,567", "1e6", "€", "1,234.5,6"]) {
      expect(parseAmount(bad), bad).toBeNull();
    }
    expect(parseAmount("9".repeat(16))).toBeNull();
  });

  it("reads back every whole amount written the Dutch or the English way", () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 1_000_000_000_000 }), (n) => {
        expect(parseAmount(new Intl.NumberFormat("nl-NL").format(n))).toBe(n);
        expect(parseAmount(new Intl.NumberFormat("en-GB").format(n))).toBe(n);
        expect(parseAmount(String(n))).toBe(n);
      }),
    );
  });

  it("reads back amounts with cents", () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 10_000_000_00 }), (cents) => {
        const value = cents / 100;
        const nl = new Intl.NumberFormat("nl-NL", { minimumFractionDigits: 2 }).format(value);
        expect(parseAmount(nl)).toBeCloseTo(value, 2);
      }),
    );
  });
});
