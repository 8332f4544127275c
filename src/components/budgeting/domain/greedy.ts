import { ineligibility } from "./eligibility";
import { buildProfile, type Profile } from "./profile";
import { byKey, greedyKey, type KeyCompare, tieBreakRanks } from "./tie-break";
import type { Election, Eligibility, Explanation, GreedyOrder, Outcome, Tie, TieBreak } from "./types";
import { assembleOutcome } from "./outcome";

export interface GreedyOptions {
  readonly tieBreak?: TieBreak;
  readonly eligibility?: Eligibility;
  /** Default "votes": the order Dutch and Polish cities use and publish. */
  readonly greedyOrder?: GreedyOrder;
}

export interface GreedyFill {
  readonly chosen: number[];
  readonly spent: number;
  readonly explanations: Map<number, { rank: number; moneyLeftAtTurn: number; fitted: boolean }>;
  /** Groups of exactly tied projects of which the tie-break let some fit and not others. */
  readonly ties: Tie[];
}

/**
 * Walks `candidates` in the order of `key` and takes every project that still fits in
 * `budget - alreadySpent`. Costs are whole numbers, so the arithmetic is exact.
 */
export function greedyFill(
  profile: Profile,
  ranks: Int32Array,
  candidates: readonly number[],
  budget: number,
  alreadySpent: number,
  key: KeyCompare = greedyKey(profile, "votes"),
): GreedyFill {
  const ordered = byKey(key, ranks, candidates);
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
  return { chosen, spent, explanations, ties: decidingTies(profile, ordered, key, explanations) };
}

/**
 * A group of exactly tied projects matters only when some of it fitted and some did not: if all
 * fitted, any order fits them all; if none did, each alone was too dear for the same money left.
 */
function decidingTies(
  profile: Profile,
  ordered: readonly number[],
  key: KeyCompare,
  explanations: GreedyFill["explanations"],
): Tie[] {
  const ties: Tie[] = [];
  for (let start = 0; start < ordered.length; ) {
    let end = start + 1;
    while (end < ordered.length && key(ordered[start]!, ordered[end]!) === 0) end++;
    const group = ordered.slice(start, end);
    const fitted = group.filter((j) => explanations.get(j)!.fitted);
    if (fitted.length > 0 && fitted.length < group.length)
      ties.push({
        step: start + 1,
        projects: group.map((j) => profile.ids[j]!),
        chosen: fitted.map((j) => profile.ids[j]!),
      });
    start = end;
  }
  return ties;
}

export function eligibleProjects(profile: Profile, inel: readonly (Explanation | null)[]): number[] {
  const out: number[] = [];
  for (let j = 0; j < profile.nProjects; j++) if (inel[j] === null && profile.votes[j]! > 0) out.push(j);
  return out;
}

/** Greedy: projects in order of votes (approvals, points or scores), or of votes per unit of
 * cost, skipping what no longer fits. */
export function greedyOutcome(
  election: Election,
  options: GreedyOptions = {},
  profile = buildProfile(election),
): Outcome {
  const ranks = tieBreakRanks(profile, options.tieBreak ?? "id");
  const inel = ineligibility(profile, options.eligibility ?? {});
  const order = options.greedyOrder ?? "votes";
  const fill = greedyFill(
    profile,
    ranks,
    eligibleProjects(profile, inel),
    election.budget,
    0,
    greedyKey(profile, order),
  );
  const explain = (j: number): Explanation => {
    const e = fill.explanations.get(j);
    if (inel[j]) return inel[j]!;
    return e ? { kind: "greedy", ...e } : { kind: "no-supporters" };
  };
  const notes: Outcome["notes"] = order === "votes" ? {} : { order };
  return assembleOutcome("greedy", profile, fill.chosen, null, explain, notes, fill.ties);
}
