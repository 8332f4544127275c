import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { checkBallot, type Choice } from "./ballot-rules";

const projects = [
  { id: 1, cost: 40_000 },
  { id: 2, cost: 30_000 },
  { id: 3, cost: 20_000 },
  { id: 4, cost: 10_000 },
];
const base = {
  ballot_type: "approval" as const,
  budget: 60_000,
  min_projects: 0,
  max_projects: null,
  points_total: 10,
  points_per_project: 3,
};
const choose = (...ids: number[]): Choice => new Map(ids.map((id) => [id, 1]));

describe("checkBallot", () => {
  it("accepts an approval ballot within the budget and reports the running total", () => {
    const check = checkBallot(base, projects, choose(1, 3));
    expect(check).toMatchObject({ ok: true, totalCost: 60_000, count: 2, problems: [] });
  });

  it("refuses an approval ballot over the budget, saying by how much", () => {
    const check = checkBallot(base, projects, choose(1, 2));
    expect(check.ok).toBe(false);
    expect(check.totalCost).toBe(70_000);
    expect(check.problems).toEqual([
      { key: "budgeting.ballot.errors.overBudget", params: { total: 70_000, budget: 60_000, over: 10_000 } },
    ]);
  });

  it("refuses an empty ballot and a project that is not on the ballot", () => {
    expect(checkBallot(base, projects, new Map()).problems[0]!.key).toBe("budgeting.ballot.errors.empty");
    expect(checkBallot(base, projects, choose(99)).problems[0]!.key).toBe("budgeting.ballot.errors.unknownProject");
  });

  it("applies at least m / at most k for approval-minmax, not the budget", () => {
    const rules = { ...base, ballot_type: "approval-minmax" as const, min_projects: 2, max_projects: 3 };
    expect(checkBallot(rules, projects, choose(1)).problems[0]).toEqual({
      key: "budgeting.ballot.errors.tooFew",
      params: { min: 2, count: 1 },
    });
    expect(checkBallot(rules, projects, choose(1, 2, 3, 4)).problems[0]).toEqual({
      key: "budgeting.ballot.errors.tooMany",
      params: { max: 3, count: 4 },
    });
    expect(checkBallot(rules, projects, choose(1, 2, 3)).ok).toBe(true);
  });

  it("applies the points total and the maximum per project for cumulative ballots", () => {
    const rules = { ...base, ballot_type: "cumulative" as const, points_total: 5, points_per_project: 3 };
    expect(
      checkBallot(
        rules,
        projects,
        new Map([
          [1, 3],
          [2, 2],
        ]),
      ),
    ).toMatchObject({ ok: true, pointsUsed: 5 });
    expect(checkBallot(rules, projects, new Map([[1, 4]])).problems[0]!.key).toBe(
      "budgeting.ballot.errors.tooManyPointsOne",
    );
    expect(
      checkBallot(
        rules,
        projects,
        new Map([
          [1, 3],
          [2, 3],
        ]),
      ).problems[0],
    ).toEqual({ key: "budgeting.ballot.errors.tooManyPoints", params: { total: 5, used: 6 } });
  });

  it("never accepts an approval ballot that costs more than the budget (property)", () => {
    fc.assert(
      fc.property(fc.subarray([1, 2, 3, 4]), fc.integer({ min: 0, max: 120_000 }), (ids, budget) => {
        const check = checkBallot({ ...base, budget }, projects, choose(...ids));
        const total = ids.reduce((a, id) => a + projects.find((p) => p.id === id)!.cost, 0);
        expect(check.totalCost).toBe(total);
        expect(check.ok).toBe(ids.length > 0 && total <= budget);
      }),
    );
  });
});
