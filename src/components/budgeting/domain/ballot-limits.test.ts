// Ballot limits and the ballot paper over pools: the one rule source that the ballot check, the
// staff form and the ballot page use.
import { describe, expect, it } from "vitest";
import { checkLimits, limitProblems, limitSentences, NO_LIMITS, parseCategoryLimits } from "./ballot-limits";
import type { Rules } from "./ballot-rules";
import { checkPoolBallot, poolProblems } from "./pool-ballot";

const projects = [
  { id: 1, cost: 100, category: "Groen" },
  { id: 2, cost: 200, category: "groen " },
  { id: 3, cost: 300, category: "Verkeer" },
  { id: 4, cost: 400, category: "" },
];

describe("limitProblems", () => {
  it("refuses more projects from a category than allowed, comparing names without case and spaces", () => {
    const limits = { ...NO_LIMITS, categories: [{ category: "Groen", maxProjects: 1 }] };
    expect(limitProblems(limits, projects, [1, 3])).toEqual([]);
    expect(limitProblems(limits, projects, [1, 2])).toEqual([
      { key: "budgeting.ballot.errors.categoryTooMany", params: { category: "Groen", max: 1, count: 2 } },
    ]);
  });

  it("applies minimum and maximum numbers of projects and amounts, each with its own message", () => {
    const limits = { ...NO_LIMITS, minProjects: 2, maxProjects: 3, minCost: 400, maxCost: 900 };
    expect(limitProblems(limits, projects, [1]).map((p) => p.key)).toEqual([
      "budgeting.ballot.errors.limitTooFew",
      "budgeting.ballot.errors.limitCostLow",
    ]);
    expect(limitProblems(limits, projects, [1, 2, 3, 4]).map((p) => [p.key, p.params])).toEqual([
      ["budgeting.ballot.errors.limitTooMany", { max: 3, count: 4 }],
      ["budgeting.ballot.errors.limitCostHigh", { max: 900, total: 1000 }],
    ]);
    // The edges are allowed.
    expect(limitProblems(limits, projects, [1, 3])).toEqual([]);
    expect(limitProblems(limits, projects, [2, 3, 4])).toEqual([]);
  });

  it("says the limits in words for the ballot page", () => {
    expect(
      limitSentences({
        minProjects: 1,
        maxProjects: 3,
        minCost: null,
        maxCost: 500,
        categories: [{ category: "Groen", maxProjects: 2 }],
      }).map((s) => s.key),
    ).toEqual([
      "budgeting.limits.text.projectsBetween",
      "budgeting.limits.text.costMax",
      "budgeting.limits.text.category",
    ]);
    expect(limitSentences(NO_LIMITS)).toEqual([]);
  });
});

describe("the staff form's limits", () => {
  it("reads category lines and names the line that is wrong", () => {
    expect(parseCategoryLimits("Groen: 2\r\n\r\nSpeelplekken = 1\n")).toEqual({
      ok: true,
      limits: [
        { category: "Groen", maxProjects: 2 },
        { category: "Speelplekken", maxProjects: 1 },
      ],
    });
    const error = (text: string) => {
      const r = parseCategoryLimits(text);
      return r.ok ? null : [r.error.key, r.error.params];
    };
    expect(error("Groen")).toEqual(["budgeting.limits.errors.lineFormat", { line: 1 }]);
    expect(error("Groen: 1\nVerkeer: twee")).toEqual(["budgeting.limits.errors.lineNumber", { line: 2 }]);
    expect(error("Groen: -1")).toEqual(["budgeting.limits.errors.lineNumber", { line: 1 }]);
    expect(error("Groen: 1\n GROEN : 2")).toEqual([
      "budgeting.limits.errors.lineTwice",
      { line: 2, category: "GROEN" },
    ]);
    expect(error(`${"x".repeat(61)}: 1`)).toEqual(["budgeting.limits.errors.categoryTooLong", { line: 1, max: 60 }]);
    expect(error(Array.from({ length: 51 }, (_, i) => `c${i}: 1`).join("\n"))).toEqual([
      "budgeting.limits.errors.tooManyLines",
      { max: 50 },
    ]);
  });

  it("refuses a maximum below its minimum beside the maximum, and a maximum of no projects", () => {
    expect(checkLimits({ ...NO_LIMITS, minProjects: 3, maxProjects: 2 }).map((e) => e.field)).toEqual([
      "limitMaxProjects",
    ]);
    expect(checkLimits({ ...NO_LIMITS, minCost: 3, maxCost: 2 }).map((e) => e.field)).toEqual(["limitMaxCost"]);
    expect(checkLimits({ ...NO_LIMITS, maxProjects: 0 }).map((e) => e.key)).toEqual(["budgeting.limits.errors.zero"]);
    expect(checkLimits({ ...NO_LIMITS, minProjects: 2, maxProjects: 2, minCost: 5, maxCost: 5 })).toEqual([]);
  });
});

describe("checkPoolBallot", () => {
  const rules = (budget: number, limits = NO_LIMITS): Rules => ({
    ballot_type: "approval",
    budget,
    min_projects: 0,
    max_projects: null,
    points_total: 10,
    points_per_project: 3,
    limits,
  });
  const pools = [
    { id: 10, rules: rules(500), allowed: true },
    { id: 20, rules: rules(500, { ...NO_LIMITS, categories: [{ category: "Groen", maxProjects: 1 }] }), allowed: true },
    { id: 30, rules: rules(500), allowed: false },
  ];
  const onPaper = [
    { id: 1, cost: 100, category: "Groen", poolId: 20 },
    { id: 2, cost: 200, category: "Groen", poolId: 20 },
    { id: 3, cost: 300, category: "", poolId: 10 },
    { id: 4, cost: 400, category: "", poolId: 10 },
    { id: 5, cost: 100, category: "", poolId: 30 },
  ];
  const check = (ids: number[]) => checkPoolBallot(pools, onPaper, new Map(ids.map((id) => [id, 1])));

  it("checks each part with its own pool's rule and says where a problem is", () => {
    expect(check([3, 1]).ok).toBe(true);
    const both = check([3, 4, 1, 2]);
    expect(both.ok).toBe(false);
    expect(poolProblems(both).map((p) => [p.poolId, p.problem.key])).toEqual([
      [10, "budgeting.ballot.errors.overBudget"],
      [20, "budgeting.ballot.errors.categoryTooMany"],
    ]);
  });

  it("treats an empty part as no vote in that pool, but refuses an empty paper", () => {
    const cityOnly = check([3]);
    expect(cityOnly.ok).toBe(true);
    expect(cityOnly.parts.get(20)).toBeNull();
    const empty = check([]);
    expect(poolProblems(empty).map((p) => [p.poolId, p.problem.key])).toEqual([[10, "budgeting.ballot.errors.empty"]]);
  });

  it("refuses a choice in a pool the voter may not vote in, and a project on no ballot", () => {
    expect(poolProblems(check([3, 5])).map((p) => [p.poolId, p.problem.key])).toEqual([
      [30, "budgeting.pools.notYourPool"],
    ]);
    expect(poolProblems(check([3, 99])).map((p) => p.problem.key)).toEqual(["budgeting.ballot.errors.unknownProject"]);
  });
});
