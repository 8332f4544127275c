import type { VoteMatrix } from "./vote-matrix";

/**
 * Agree/disagree/pass counts per statement, for everyone and per group, as flat typed arrays:
 * the count for group g and statement j sits at g * statements + j.
 */
export interface VoteTallies {
  statements: number;
  groups: number;
  overall: { agree: Int32Array; disagree: Int32Array; pass: Int32Array };
  agree: Int32Array;
  disagree: Int32Array;
  pass: Int32Array;
}

/** `groupOfRow[i]` is participant i's group, or −1 when not placed (counted only overall). */
export function tallyVotes(matrix: VoteMatrix, groupOfRow: Int32Array, groups: number): VoteTallies {
  const m = matrix.statementIds.length;
  const tallies: VoteTallies = {
    statements: m,
    groups,
    overall: { agree: new Int32Array(m), disagree: new Int32Array(m), pass: new Int32Array(m) },
    agree: new Int32Array(groups * m),
    disagree: new Int32Array(groups * m),
    pass: new Int32Array(groups * m),
  };
  for (let row = 0; row < matrix.participantIds.length; row++) {
    const g = groupOfRow[row];
    for (let e = matrix.rowStart[row]; e < matrix.rowStart[row + 1]; e++) {
      const j = matrix.column[e];
      if (matrix.moderated[j]) continue;
      const v = matrix.value[e];
      const overall = v > 0 ? tallies.overall.agree : v < 0 ? tallies.overall.disagree : tallies.overall.pass;
      overall[j]++;
      if (g < 0) continue;
      const byGroup = v > 0 ? tallies.agree : v < 0 ? tallies.disagree : tallies.pass;
      byGroup[g * m + j]++;
    }
  }
  return tallies;
}

/** Group members who voted at all (agree, disagree or pass) on statement j. */
export function seenBy(tallies: VoteTallies, g: number, j: number): number {
  const at = g * tallies.statements + j;
  return tallies.agree[at] + tallies.disagree[at] + tallies.pass[at];
}

/** Laplace-smoothed probability (count + 1) / (seen + 2): never 0 or 1, 1/2 without votes. */
export function smoothed(count: number, seen: number): number {
  return (count + 1) / (seen + 2);
}
