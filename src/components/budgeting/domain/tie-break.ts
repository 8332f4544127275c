import type { Profile } from "./profile";
import type { GreedyOrder, TieBreak } from "./types";

/**
 * A total order on projects used whenever a rule sees an exact tie.
 * `id`: project id compared as plain strings (code units), so the outcome never depends on
 * input order. `votes`: more supporters first, then lower cost, then id.
 * Returns rank[j]: smaller wins.
 */
export function tieBreakRanks(profile: Profile, tieBreak: TieBreak): Int32Array {
  const order = Array.from({ length: profile.nProjects }, (_, j) => j);
  const byId = (a: number, b: number) => {
    const x = profile.ids[a]!;
    const y = profile.ids[b]!;
    return x < y ? -1 : x > y ? 1 : 0;
  };
  order.sort(
    tieBreak === "id"
      ? byId
      : (a, b) => profile.votes[b]! - profile.votes[a]! || profile.cost[a]! - profile.cost[b]! || byId(a, b),
  );
  const rank = new Int32Array(profile.nProjects);
  for (const [r, j] of order.entries()) rank[j] = r;
  return rank;
}

/** Greedy's key, compared: negative when `a` comes before `b`, 0 on an exact tie. */
export type KeyCompare = (a: number, b: number) => number;

export function greedyKey(profile: Profile, order: GreedyOrder): KeyCompare {
  if (order === "votes") return (a, b) => profile.score[b]! - profile.score[a]!;
  return (a, b) => compareRatios(profile.score[b]!, profile.cost[b]!, profile.score[a]!, profile.cost[a]!);
}

/** Projects in greedy order (`key`), exact ties resolved by the tie-break ranks. */
export function byKey(key: KeyCompare, ranks: Int32Array, projects: readonly number[]): number[] {
  return [...projects].sort((a, b) => key(a, b) || ranks[a]! - ranks[b]!);
}

/**
 * The sign of x1/y1 − x2/y2 for y1, y2 ≥ 0, exactly: the cross products of whole numbers can pass
 * 2^53 (a million votes times a cost of 10^10), so they are compared as BigInts. Points from an
 * ordinal scoring may be fractions; those are compared as floats.
 */
export function compareRatios(x1: number, y1: number, x2: number, y2: number): number {
  if ([x1, y1, x2, y2].every(Number.isSafeInteger)) {
    const d = BigInt(x1) * BigInt(y2) - BigInt(x2) * BigInt(y1);
    return d > 0n ? 1 : d < 0n ? -1 : 0;
  }
  return Math.sign(x1 * y2 - x2 * y1);
}
