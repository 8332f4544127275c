// The rule variants other tools use (issue: "reproduce them exactly"): greedy by votes per unit of
// cost, Phragmén that stops at the first overflow, and ties reported instead of settled silently.
// Small hand-made elections show each difference; real elections are checked against a plain
// reference written here from the textbook definitions, independent of the engine's code.
import { describe, expect, it } from "vitest";
import { bundledDataset } from "../../../core/datasets";
import { readPabulibFile, toElection } from "../pabulib/index";
import { computeOutcome } from "./compute";
import { greedyOutcome } from "./greedy";
import { mesOutcome } from "./mes";
import { phragmenOutcome } from "./phragmen";
import { compareRatios } from "./tie-break";
import type { Election, GreedyOrder, PhragmenStop } from "./types";

const approval = (budget: number, costs: Record<string, number>, ballots: string[][]): Election => ({
  kind: "approval",
  budget,
  projects: Object.entries(costs).map(([id, cost]) => ({ id, cost })),
  ballots: ballots.map((projects) => ({ projects })),
});

describe("greedy by votes per unit of cost", () => {
  // A: 10 votes for 100 (0.10 a unit), B: 5 for 20 (0.25), C: 6 for 50 (0.12); budget 120.
  const e = approval(120, { A: 100, B: 20, C: 50 }, [
    ...Array.from({ length: 5 }, () => ["A", "B", "C"]),
    ...Array.from({ length: 5 }, () => ["A"]),
    ["C"],
  ]);

  it("orders by votes per unit of cost instead of by votes", () => {
    expect(greedyOutcome(e).winners).toEqual(["A", "B"]);
    const perCost = greedyOutcome(e, { greedyOrder: "votes-per-cost" });
    expect(perCost.winners).toEqual(["B", "C"]);
    expect(perCost.notes.order).toBe("votes-per-cost");
    const a = perCost.projects.find((p) => p.id === "A")!.explanation;
    expect(a).toEqual({ kind: "greedy", rank: 3, moneyLeftAtTurn: 50, fitted: false });
  });

  it("compares the ratios exactly where the products pass 2^53 and floats would call them equal", () => {
    // Neighbouring Fibonacci ratios: the cross products differ by exactly 1 near 2.7·10^16.
    const [f40, f41, f42] = [102_334_155, 165_580_141, 267_914_296];
    expect(Math.sign(f40 * f42 - f41 * f41)).toBe(0);
    expect(compareRatios(f40, f41, f41, f42)).toBe(-1);
    expect(compareRatios(f41, f42, f40, f41)).toBe(1);
    expect(compareRatios(2, 4, 1, 2)).toBe(0);
  });
});

describe("sequential Phragmén when the next project does not fit", () => {
  // Three voters for A (cost 60), two for B (cost 50), one for C (cost 30); budget 100.
  // A is bought at time 20; B comes next (time 25) but no longer fits (40 left); C's time is 30.
  const e = approval(100, { A: 60, B: 50, C: 30 }, [["A"], ["A"], ["A"], ["B"], ["B"], ["C"]]);

  it("skips it and goes on by default", () => {
    const o = phragmenOutcome(e);
    expect(o.winners).toEqual(["A", "C"]);
    expect(o.notes.stop).toBeUndefined();
  });

  it("stops there with --phragmen-stop first-overflow, as the textbook rule", () => {
    const o = phragmenOutcome(e, { phragmenStop: "first-overflow" });
    expect(o.winners).toEqual(["A"]);
    expect(o.notes).toMatchObject({ stop: "first-overflow", stoppedAt: "B", moneyLeft: 40 });
  });
});

describe("ties", () => {
  it("greedy reports a tie whose tie-break decided a winner, and not one where all fitted", () => {
    const decided = greedyOutcome(approval(50, { P: 40, Q: 40 }, [["P", "Q"]]));
    expect(decided.winners).toEqual(["P"]);
    expect(decided.ties).toEqual([{ step: 1, projects: ["P", "Q"], chosen: ["P"] }]);
    const harmless = greedyOutcome(approval(80, { P: 40, Q: 40 }, [["P", "Q"]]));
    expect(harmless.ties).toEqual([]);
  });

  it("Phragmén and MES report the round where equal times or prices were settled by the tie-break", () => {
    const e = approval(50, { P: 40, Q: 40 }, [["P"], ["Q"]]);
    expect(phragmenOutcome(e).ties).toEqual([{ step: 1, projects: ["P", "Q"], chosen: ["P"] }]);
    expect(phragmenOutcome(e, { tieBreak: "votes" }).winners).toEqual(["P"]);
    const mes = mesOutcome({ ...e, budget: 100 });
    expect(mes.winners).toEqual(["P", "Q"]);
    expect(mes.ties).toEqual([]); // both bought: the order changed nothing
  });
});

// ---- Reference implementations, written from the definitions with plain numbers ----

function referenceGreedy(e: Election, order: GreedyOrder): string[] {
  const votes = new Map(e.projects.map((p) => [p.id, 0]));
  for (const b of e.ballots) {
    b.projects.forEach((id, i) => {
      votes.set(id, votes.get(id)! + (e.kind === "cumulative" ? b.points![i]! : 1));
    });
  }
  const key = (p: { id: string; cost: number }) => (order === "votes" ? votes.get(p.id)! : votes.get(p.id)! / p.cost);
  const sorted = e.projects
    .filter((p) => votes.get(p.id)! > 0)
    .sort((a, b) => key(b) - key(a) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  let left = e.budget;
  const chosen: string[] = [];
  for (const p of sorted)
    if (p.cost <= left) {
      chosen.push(p.id);
      left -= p.cost;
    }
  return chosen;
}

function referencePhragmen(e: Election, stop: PhragmenStop): string[] {
  const supporters = new Map(e.projects.map((p) => [p.id, [] as number[]]));
  e.ballots.forEach((b, v) => {
    for (const id of b.projects) supporters.get(id)!.push(v);
  });
  const load = new Float64Array(e.ballots.length);
  let open = e.projects.filter((p) => supporters.get(p.id)!.length > 0);
  let left = e.budget;
  const chosen: string[] = [];
  for (;;) {
    if (stop === "skip") open = open.filter((p) => p.cost <= left);
    let best: { id: string; cost: number; t: number } | null = null;
    for (const p of open) {
      const voters = supporters.get(p.id)!;
      const t = (p.cost + voters.reduce((sum, v) => sum + load[v]!, 0)) / voters.length;
      if (!best || t < best.t || (t === best.t && p.id < best.id)) best = { ...p, t };
    }
    if (!best || best.cost > left) return chosen;
    for (const v of supporters.get(best.id)!) load[v] = best.t;
    chosen.push(best.id);
    left -= best.cost;
    open = open.filter((p) => p.id !== best!.id);
  }
}

describe("the variants on real elections agree with the reference", () => {
  for (const file of [
    "pabulib/Netherlands_Assen_2024.pb",
    "pabulib/Poland_Swiecie_2023.pb",
    "pabulib-takahashim-equalshares-fixtures/poland_warszawa_2021_bielany.pb",
    "pabulib-takahashim-equalshares-fixtures/netherlands_amsterdam_2022_west.pb",
  ]) {
    it(file, async () => {
      const election = toElection(await readPabulibFile(bundledDataset(file)));
      const sorted = (ids: readonly string[]) => [...ids].sort();
      for (const greedyOrder of ["votes", "votes-per-cost"] as const) {
        const o = computeOutcome(election, { rule: "greedy", greedyOrder });
        expect(o.winners, `greedy ${greedyOrder}`).toEqual(referenceGreedy(election, greedyOrder));
      }
      for (const phragmenStop of ["skip", "first-overflow"] as const) {
        const o = computeOutcome(election, { rule: "phragmen", phragmenStop });
        expect(sorted(o.winners), `phragmen ${phragmenStop}`).toEqual(
          sorted(referencePhragmen(election, phragmenStop)),
        );
      }
      // The variants are real alternatives: on these files at least one of them changes the outcome.
      const byVotes = computeOutcome(election, { rule: "greedy" }).winners;
      const byRatio = computeOutcome(election, { rule: "greedy", greedyOrder: "votes-per-cost" }).winners;
      const skip = computeOutcome(election, { rule: "phragmen" }).winners;
      const stopFirst = computeOutcome(election, { rule: "phragmen", phragmenStop: "first-overflow" }).winners;
      expect(sorted(byVotes).join() !== sorted(byRatio).join() || skip.join() !== stopFirst.join()).toBe(true);
    });
  }
});
