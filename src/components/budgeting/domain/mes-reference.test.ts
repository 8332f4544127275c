import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { mesOutcome } from "./mes";
import { type Rational, add, compare, div, mul, rational, reduce, sub } from "./rational";
import { electionArb } from "./test-instances";
import type { Election } from "./types";

/**
 * A deliberately plain MES straight from the definition, every budget an exact rational per
 * voter, ties by project id. The fast engine must agree with it exactly.
 */
function referenceMes(e: Election, utility: "cost" | "cardinality" | "points"): string[] {
  const n = e.ballots.length;
  const budget: Rational[] = e.ballots.map(() => rational(e.budget, n));
  const util = (b: Election["ballots"][number], x: number, cost: number) =>
    utility === "cost" ? cost : utility === "cardinality" ? 1 : (b.points?.[x] ?? 1);
  const chosen: string[] = [];
  for (;;) {
    let best: { id: string; rho: Rational } | null = null;
    for (const p of e.projects) {
      if (chosen.includes(p.id)) continue;
      const sup = e.ballots
        .flatMap((b, i) => {
          const x = b.projects.indexOf(p.id);
          return x >= 0 ? [{ i, u: util(b, x, p.cost) }] : [];
        })
        .filter((s) => s.u > 0);
      const money = sup.reduce((a, s) => add(a, budget[s.i]!), rational(0));
      if (sup.length === 0 || compare(money, rational(p.cost)) < 0) continue;
      sup.sort((a, b) => compare(mul(budget[a.i]!, rational(b.u)), mul(budget[b.i]!, rational(a.u))));
      let paid = rational(0);
      let richU = sup.reduce((a, s) => a + s.u, 0);
      let rho: Rational | null = null;
      for (const s of sup) {
        const r = div(sub(rational(p.cost), paid), rational(richU));
        if (compare(budget[s.i]!, mul(r, rational(s.u))) >= 0) {
          rho = r;
          break;
        }
        paid = add(paid, budget[s.i]!);
        richU -= s.u;
      }
      if (rho === null) continue;
      if (best === null || compare(rho, best.rho) < 0 || (compare(rho, best.rho) === 0 && p.id < best.id))
        best = { id: p.id, rho };
    }
    if (best === null) return chosen;
    chosen.push(best.id);
    for (const [i, b] of e.ballots.entries()) {
      const x = b.projects.indexOf(best.id);
      if (x < 0) continue;
      const pay = mul(best.rho, rational(util(b, x, e.projects.find((p) => p.id === best!.id)!.cost)));
      budget[i] = compare(budget[i]!, pay) <= 0 ? rational(0) : reduce(sub(budget[i]!, pay));
    }
  }
}

describe("MES agrees with a plain exact implementation of the definition", () => {
  for (const utility of ["cost", "cardinality"] as const) {
    it(`approval, ${utility} utility, float fast path and exact mode`, () => {
      fc.assert(
        fc.property(electionArb("approval"), (e) => {
          const expected = referenceMes(e, utility);
          expect(mesOutcome(e, { utility }).winners).toEqual(expected);
          expect(mesOutcome(e, { utility, alwaysExact: true }).winners).toEqual(expected);
        }),
        { numRuns: 300 },
      );
    });
  }
  it("cumulative ballots with points as utility", () => {
    fc.assert(
      fc.property(electionArb("cumulative"), (e) => {
        expect(mesOutcome(e).winners).toEqual(referenceMes(e, "points"));
      }),
      { numRuns: 300 },
    );
  });
});
