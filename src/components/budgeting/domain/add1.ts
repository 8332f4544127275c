import type { MesRunResult } from "./mes-run";
import { type Rational, add, rational } from "./rational";
import type { Add1Stop } from "./types";

export interface Add1Input {
  readonly budget: number;
  readonly nVoters: number;
  readonly increment: Rational;
  readonly stop: Add1Stop;
  readonly cost: Float64Array;
  readonly candidates: readonly number[];
  readonly run: (endowment: Rational) => MesRunResult;
}

export interface Add1Result {
  readonly endowment: Rational;
  readonly run: MesRunResult;
  /** Endowments tried after the first (including the rejected last one). */
  readonly steps: number;
  /** The first endowment tried, ⌊budget ÷ voters⌋. */
  readonly startEndowment: Rational;
}

/**
 * Add1 completion, step by step as defined (no binary search: the outcome is not monotone in
 * the endowment, so skipping steps could change the answer). Start every voter at
 * ⌊budget ÷ voters⌋ whole units, raise everyone by `increment`, keep the last outcome whose
 * total cost fits the real budget. `exhaustive` also stops at the first outcome to which no
 * further project can be added (equalshares.net's default); `overspend` only stops before
 * overspending. Runs end at the latest once the endowment exceeds the cost of all
 * candidates together, because from there on every supported project is bought.
 */
export function add1(input: Add1Input): Add1Result {
  const start = rational(input.nVoters === 0 ? 0 : Math.floor(input.budget / input.nVoters));
  const costOf = (r: MesRunResult) => r.winners.reduce((a, j) => a + input.cost[j]!, 0);
  const ceiling = input.candidates.reduce((a, j) => a + input.cost[j]!, 0);
  let endowment = start;
  let current = input.run(endowment);
  let steps = 0;
  for (;;) {
    if (input.stop === "exhaustive" && isExhaustive(input, current, costOf(current))) break;
    if (endowment.n > BigInt(ceiling) * endowment.d) break;
    const next = add(endowment, input.increment);
    const attempt = input.run(next);
    steps++;
    if (costOf(attempt) > input.budget) break;
    endowment = next;
    current = attempt;
  }
  return { endowment, run: current, steps, startEndowment: start };
}

function isExhaustive(input: Add1Input, run: MesRunResult, spent: number): boolean {
  const chosen = new Set(run.winners);
  return input.candidates.every((j) => chosen.has(j) || spent + input.cost[j]! > input.budget);
}
