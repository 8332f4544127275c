import type { Profile } from "./profile";
import type { TieBreak } from "./types";

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

/** Projects sorted by score (descending), exact ties resolved by the tie-break ranks. */
export function byScoreDescending(profile: Profile, ranks: Int32Array, projects: readonly number[]): number[] {
  return [...projects].sort((a, b) => profile.score[b]! - profile.score[a]! || ranks[a]! - ranks[b]!);
}
