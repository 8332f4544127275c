import fc from "fast-check";
import type { Election } from "./types";

/**
 * Small random elections for property tests. Costs come from a tiny set so that exact ties
 * (in votes and in MES prices) are common: tie handling is where rules go wrong.
 */
export function electionArb(kind: "approval" | "cumulative" = "approval"): fc.Arbitrary<Election> {
  return fc
    .record({
      costs: fc.array(fc.constantFrom(10, 20, 30, 45, 60), { minLength: 1, maxLength: 6 }),
      budget: fc.integer({ min: 0, max: 150 }),
      ballots: fc.array(fc.array(fc.tuple(fc.nat(5), fc.integer({ min: 1, max: 3 })), { maxLength: 4 }), {
        minLength: 1,
        maxLength: 12,
      }),
    })
    .map(({ costs, budget, ballots }) => {
      const projects = costs.map((cost, j) => ({ id: `p${j}`, cost }));
      return {
        kind,
        budget,
        projects,
        ballots: ballots.map((entries) => {
          const unique = new Map<string, number>();
          for (const [j, pts] of entries) if (j < projects.length) unique.set(`p${j}`, pts);
          const ids = [...unique.keys()];
          return kind === "cumulative"
            ? { projects: ids, points: ids.map((id) => unique.get(id)!) }
            : { projects: ids };
        }),
      };
    });
}

/** The same election with projects and ballots listed in another order. */
export function shuffled(e: Election, seed: number): Election {
  const rotate = <T>(xs: readonly T[], by: number) => xs.map((_, x) => xs[(x + by) % xs.length]!);
  return {
    ...e,
    projects: [...rotate(e.projects, seed % Math.max(1, e.projects.length))].reverse(),
    ballots: rotate(e.ballots, seed % Math.max(1, e.ballots.length)).reverse(),
  };
}
