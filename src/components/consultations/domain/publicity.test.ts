import { describe, expect, it } from "vitest";
import { resultsPublic } from "./publicity";

// 2026-06-10 12:00 in Amsterdam.
const now = new Date("2026-06-10T10:00:00Z");

describe("what the public may see", () => {
  it("shows results after closing, or while open only when staff chose so; never of a draft", () => {
    const open = { published: true, closesOn: "2026-06-10", resultsPublic: false };
    expect(resultsPublic(open, now)).toBe(false);
    expect(resultsPublic({ ...open, resultsPublic: true }, now)).toBe(true);
    expect(resultsPublic({ ...open, closesOn: "2026-06-09" }, now)).toBe(true);
    expect(resultsPublic({ ...open, published: false, closesOn: "2026-06-09", resultsPublic: true }, now)).toBe(false);
    // The closing day counts to its end in Amsterdam (22:00 UTC in summer).
    expect(resultsPublic(open, new Date("2026-06-10T21:59:00Z"))).toBe(false);
    expect(resultsPublic(open, new Date("2026-06-10T22:00:00Z"))).toBe(true);
  });
});
