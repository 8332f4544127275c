import { describe, expect, it } from "vitest";
import { greedyOutcome } from "./greedy";
import { mesOutcome } from "./mes";
import { phragmenOutcome } from "./phragmen";
import { add, compare, parseDecimal, rational, reduce, toNumber } from "./rational";
import type { Election } from "./types";

// Three voters like A (cost 60), one likes B (cost 30) and C (cost 30); budget 90.
const small: Election = {
  kind: "approval",
  budget: 90,
  projects: [
    { id: "A", cost: 60 },
    { id: "B", cost: 30 },
    { id: "C", cost: 30 },
  ],
  ballots: [{ projects: ["A"] }, { projects: ["A"] }, { projects: ["A"] }, { projects: ["B", "C"] }],
};

describe("rational", () => {
  it("adds, compares and parses decimals exactly", () => {
    expect(reduce(add(rational(1, 3), rational(1, 6)))).toEqual({ n: 1n, d: 2n });
    expect(compare(rational(2, 4), rational(1, 2))).toBe(0);
    expect(parseDecimal("12.50")).toEqual({ n: 25n, d: 2n });
    expect(toNumber(rational(1, 3))).toBeCloseTo(1 / 3, 15);
  });
});

describe("greedy", () => {
  it("takes projects by votes and explains rank and money left", () => {
    const o = greedyOutcome(small);
    expect(o.winners).toEqual(["A", "B"]);
    expect(o.projects.find((p) => p.id === "C")!.explanation).toEqual({
      kind: "greedy",
      rank: 3,
      moneyLeftAtTurn: 0,
      fitted: false,
    });
  });
  it("applies the minimum-votes eligibility rule", () => {
    const o = greedyOutcome(small, { eligibility: { minVotes: 2 } });
    expect(o.winners).toEqual(["A"]);
    expect(o.projects[1]!.explanation).toEqual({ kind: "ineligible", rule: "min-votes", threshold: 2 });
  });
  it("votes tie-break prefers the cheaper of equally supported projects", () => {
    const e: Election = {
      ...small,
      projects: [
        { id: "A", cost: 60 },
        { id: "B", cost: 40 },
        { id: "C", cost: 30 },
      ],
      budget: 30,
    };
    expect(greedyOutcome(e, { tieBreak: "id" }).winners).toEqual(["C"]);
    expect(greedyOutcome({ ...e, budget: 40 }, { tieBreak: "id" }).winners).toEqual(["B"]);
    expect(greedyOutcome({ ...e, budget: 40 }, { tieBreak: "votes" }).winners).toEqual(["C"]);
  });
});

describe("MES", () => {
  it("gives the single voter a fair quarter: B and C are not both bought", () => {
    // Each voter holds 22.5. A's three supporters hold 67.5 >= 60; the lone voter holds 22.5 < 30.
    const o = mesOutcome(small);
    expect(o.winners).toEqual(["A"]);
    expect(o.perVoterBudget).toBe(22.5);
    expect(o.projects[0]!.explanation).toEqual({
      kind: "mes-funded",
      round: 1,
      supporters: 3,
      paymentPerSupporter: 20,
      supportersPayingAll: 0,
      pricePerUtility: 20 / 60,
    });
    expect(o.projects[1]!.explanation).toEqual({
      kind: "mes-unaffordable",
      supporters: 1,
      supportersMoneyLeft: 22.5,
      needed: 30,
    });
  });
  it("greedy completion fills what is left and says so", () => {
    const o = mesOutcome(small, { completion: "greedy" });
    expect(o.winners).toEqual(["A", "B"]);
    expect(o.projects[1]!.explanation.kind).toBe("completion");
  });
  it("add1 raises the endowment until the outcome is exhaustive", () => {
    const o = mesOutcome(small, { completion: "add1" });
    expect(o.winners).toEqual(["A", "B"]);
    expect(o.perVoterBudget).toBe(30); // the lone voter can pay 30 from an endowment of 30
    expect(o.notes.add1Start).toBe(22);
  });
  it("add1 overspend stop keeps raising while the outcome fits", () => {
    const e: Election = { ...small, budget: 120 };
    expect(mesOutcome(e, { completion: "add1", add1Stop: "overspend" }).totalCost).toBeLessThanOrEqual(120);
    expect(mesOutcome(e, { completion: "add1", add1Stop: "overspend" }).winners).toEqual(["A", "B", "C"]);
  });
  it("comparison keeps greedy when more voters prefer it", () => {
    const e: Election = {
      kind: "approval",
      budget: 100,
      projects: [
        { id: "X", cost: 100 },
        { id: "Y", cost: 40 },
        { id: "Z", cost: 40 },
      ],
      ballots: [
        { projects: ["X"] },
        { projects: ["X"] },
        { projects: ["X"] },
        { projects: ["Y", "Z"] },
        { projects: ["Y", "Z"] },
      ],
    };
    expect(mesOutcome(e, { utility: "cardinality" }).winners).toEqual(["Y"]);
    const o = mesOutcome(e, { utility: "cardinality", comparison: true });
    expect(o.winners).toEqual(["X"]);
    expect(o.notes).toMatchObject({ prefersGreedy: 3, prefersMes: 2, keptGreedy: true });
  });
});

describe("sequential Phragmén", () => {
  it("buys the project whose supporters can pay earliest", () => {
    // A: 60/3 = time 20; B and C: 30/1 = 30; after A (budget left 30) B fits, C no longer does.
    const o = phragmenOutcome(small);
    expect(o.winners).toEqual(["A", "B"]);
    expect(o.projects[0]!.explanation).toEqual({ kind: "phragmen", round: 1, load: 20, fitted: true });
  });
});
