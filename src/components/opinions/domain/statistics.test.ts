import { describe, expect, it } from "vitest";
import { adjustedRandIndex } from "./adjusted-rand-index";
import { proportionZ, twoProportionZ } from "./proportion-tests";

describe("adjustedRandIndex", () => {
  it("is 1 for the same partition under other labels and about 0 for unrelated ones", () => {
    expect(adjustedRandIndex([0, 0, 1, 1, 2], ["b", "b", "a", "a", "c"])).toBe(1);
    expect(adjustedRandIndex([0, 0, 1, 1], [0, 1, 0, 1])).toBeCloseTo(-0.5, 10);
    // Worked example (Hubert & Arabie contingency): a known value.
    expect(adjustedRandIndex([0, 0, 0, 1, 1, 1], [0, 0, 1, 1, 2, 2])).toBeCloseTo(0.2424, 4);
  });
});

describe("proportion tests", () => {
  it("match Pol.is's reference values", () => {
    // Pol.is stats_test: (two-prop-test 15 56 24 71) ≈ −1.518 (its inputs already decremented).
    expect(twoProportionZ(15, 56, 24, 71)).toBeCloseTo(-1.518, 1);
    // As the rest grows huge and sits at 1/2, the two-proportion test tends to the one-proportion one.
    expect(twoProportionZ(30, 1_000_000, 50, 2_000_000)).toBeCloseTo(proportionZ(30, 50), 1);
    expect(proportionZ(9, 10)).toBeGreaterThan(1.2816);
    expect(proportionZ(5, 10)).toBeLessThan(1.2816);
  });
});
