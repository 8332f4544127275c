import { describe, expect, it } from "vitest";
import { validateBallot } from "./validate-ballot";

const costs = new Map([
  ["a", 100],
  ["b", 200],
  ["c", 300],
]);

describe("validateBallot", () => {
  it("accepts a ballot within the rules", () => {
    expect(
      validateBallot(
        { projects: ["a", "b"] },
        { kind: "approval", maxTotalCost: 300, minProjects: 1, maxProjects: 2 },
        costs,
      ),
    ).toEqual({ ok: true });
  });
  it.each([
    [{ projects: ["x"] }, { kind: "approval" as const }, "unknown-project"],
    [{ projects: ["a", "a"] }, { kind: "approval" as const }, "duplicate-project"],
    [{ projects: ["a"] }, { kind: "approval" as const, minProjects: 2 }, "too-few"],
    [{ projects: ["a", "b", "c"] }, { kind: "approval" as const, maxProjects: 2 }, "too-many"],
    [{ projects: ["b", "c"] }, { kind: "approval" as const, maxTotalCost: 400 }, "over-budget"],
    [{ projects: ["a", "b"], points: [6, 5] }, { kind: "cumulative" as const, totalPoints: 10 }, "too-many-points"],
    [
      { projects: ["a"], points: [4] },
      { kind: "cumulative" as const, totalPoints: 10, maxPointsPerProject: 3 },
      "too-many-points-for-project",
    ],
    [{ projects: ["a"] }, { kind: "cumulative" as const, totalPoints: 10 }, "invalid-points"],
  ])("refuses %j under %j with %s", (ballot, rules, reason) => {
    const check = validateBallot(ballot, rules, costs);
    expect(check.ok).toBe(false);
    expect(!check.ok && check.reason).toBe(reason);
  });
  it("reports the limit and actual value", () => {
    expect(validateBallot({ projects: ["b", "c"] }, { kind: "approval", maxTotalCost: 400 }, costs)).toEqual({
      ok: false,
      reason: "over-budget",
      limit: 400,
      actual: 500,
    });
  });
});
