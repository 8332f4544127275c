import { ineligibility } from "./eligibility";
import { buildProfile, type Profile } from "./profile";
import { byScoreDescending, tieBreakRanks } from "./tie-break";
import type { Election, Eligibility, Explanation, Outcome, TieBreak } from "./types";
import { assembleOutcome } from "./outcome";

export interface GreedyOptions {
  readonly tieBreak?: TieBreak;
  readonly eligibility?: Eligibility;
}

export interface GreedyFill {
  readonly chosen: number[];
  readonly spent: number;
  readonly explanations: Map<number, { rank: number; moneyLeftAtTurn: number; fitted: boolean }>;
}

/**
 * Walks `candidates` in order of score and takes every project that still fits in
 * `budget - alreadySpent`. Costs are whole numbers, so the arithmetic is exact.
 */
export function greedyFill(
  profile: Profile,
  ranks: Int32Array,
  candidates: readonly number[],
  budget: number,
  alreadySpent: number,
): GreedyFill {
  const ordered = byScoreDescending(profile, ranks, candidates);
  let spent = alreadySpent;
  const chosen: number[] = [];
  const explanations: GreedyFill["explanations"] = new Map();
  ordered.forEach((j, position) => {
    const moneyLeftAtTurn = budget - spent;
    const fitted = profile.cost[j]! <= moneyLeftAtTurn;
    if (fitted) {
      chosen.push(j);
      spent += profile.cost[j]!;
    }
    explanations.set(j, { rank: position + 1, moneyLeftAtTurn, fitted });
  });
  return { chosen, spent, explanations };
}

export function eligibleProjects(profile: Profile, inel: readonly (Explanation | null)[]): number[] {
  const out: number[] = [];
  for (let j = 0; j < profile.nProjects; j++) if (inel[j] === null && profile.votes[j]! > 0) out.push(j);
  return out;
}

/** Greedy: projects in order of votes (approvals, points or scores), skipping what no longer fits. */
export function greedyOutcome(
  election: Election,
  options: GreedyOptions = {},
  profile = buildProfile(election),
): Outcome {
  const ranks = tieBreakRanks(profile, options.tieBreak ?? "id");
  const inel = ineligibility(profile, options.eligibility ?? {});
  const fill = greedyFill(profile, ranks, eligibleProjects(profile, inel), election.budget, 0);
  const explain = (j: number): Explanation => {
    const e = fill.explanations.get(j);
    if (inel[j]) return inel[j]!;
    return e ? { kind: "greedy", ...e } : { kind: "no-supporters" };
  };
  return assembleOutcome("greedy", profile, fill.chosen, null, explain, {});
}
