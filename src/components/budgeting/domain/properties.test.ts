import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { computeOutcome, type Rule } from "./compute";
import { greedyOutcome } from "./greedy";
import { mesOutcome } from "./mes";
import { electionArb, shuffled } from "./test-instances";

const RULES: Rule[] = ["greedy", "mes", "phragmen"];

describe("properties on small random elections", () => {
  it("no outcome exceeds the budget (every rule, every completion)", () => {
    fc.assert(
      fc.property(electionArb(), fc.constantFrom("none", "add1", "add1-greedy", "greedy" as const), (e, completion) => {
        for (const rule of RULES) {
          const o = computeOutcome(e, { rule, completion });
          expect(o.totalCost).toBeLessThanOrEqual(e.budget);
          expect(new Set(o.winners).size).toBe(o.winners.length);
        }
      }),
      { numRuns: 200 },
    );
  });

  it("greedy leaves no affordable supported project unfunded", () => {
    fc.assert(
      fc.property(electionArb("cumulative"), (e) => {
        const o = greedyOutcome(e);
        const left = e.budget - o.totalCost;
        for (const p of o.projects) if (!p.selected && p.votes > 0) expect(p.cost).toBeGreaterThan(left);
      }),
      { numRuns: 300 },
    );
  });

  it("results do not depend on the order of ballots or projects (id tie-breaking)", () => {
    fc.assert(
      fc.property(electionArb(), fc.nat(20), (e, seed) => {
        const other = shuffled(e, seed + 1);
        for (const rule of RULES) {
          for (const completion of ["none", "add1"] as const) {
            const a = computeOutcome(e, { rule, completion, tieBreak: "id" });
            const b = computeOutcome(other, { rule, completion, tieBreak: "id" });
            expect(b.winners).toEqual(a.winners);
          }
        }
      }),
      { numRuns: 200 },
    );
  });

  it("MES followed by a greedy fill is exhaustive", () => {
    fc.assert(
      fc.property(electionArb(), fc.constantFrom("greedy", "add1-greedy" as const), (e, completion) => {
        const o = mesOutcome(e, { completion });
        const left = e.budget - o.totalCost;
        for (const p of o.projects) if (!p.selected && p.votes > 0) expect(p.cost).toBeGreaterThan(left);
      }),
      { numRuns: 200 },
    );
  });
});
