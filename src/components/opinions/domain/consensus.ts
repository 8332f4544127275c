import { compareIds } from "./id-order";
import type { ConsensusStatement, Direction, Id } from "./types";
import { seenBy, smoothed, type VoteTallies } from "./vote-tallies";

/**
 * Group-informed consensus: statements that every group tends to agree with (or to reject), so
 * that one large group cannot manufacture "consensus" on its own. Per group we take the
 * Laplace-smoothed probability (count + 1) / (seen + 2); the statement's score is the product over
 * the groups (Pol.is's group-aware consensus). It is listed when every group's probability is
 * above 1/2 and the geometric mean of them reaches `threshold` (default 0.6, i.e. a product of at
 * least 0.6^groups), strongest first. The smoothing keeps a statement that only two people in a
 * group saw from counting as that group's agreement.
 */
export function consensusStatements(
  tallies: VoteTallies,
  statementIds: readonly Id[],
  moderated: Uint8Array,
  threshold: number,
): { agree: ConsensusStatement[]; disagree: ConsensusStatement[] } {
  return {
    agree: forDirection(tallies, statementIds, moderated, threshold, "agree"),
    disagree: forDirection(tallies, statementIds, moderated, threshold, "disagree"),
  };
}

function forDirection(
  tallies: VoteTallies,
  statementIds: readonly Id[],
  moderated: Uint8Array,
  threshold: number,
  direction: Direction,
): ConsensusStatement[] {
  const groups = tallies.groups;
  if (groups === 0) return [];
  const counts = direction === "agree" ? tallies.agree : tallies.disagree;
  const m = tallies.statements;
  const result: ConsensusStatement[] = [];
  for (let j = 0; j < m; j++) {
    if (moderated[j]) continue;
    const groupProbabilities: number[] = [];
    for (let g = 0; g < groups; g++) groupProbabilities.push(smoothed(counts[g * m + j], seenBy(tallies, g, j)));
    const score = groupProbabilities.reduce((a, b) => a * b, 1);
    const everyGroupLeans = groupProbabilities.every((p) => p > 0.5);
    if (everyGroupLeans && score >= threshold ** groups) {
      result.push({ statement: statementIds[j]!, direction, score, groupProbabilities });
    }
  }
  return result.sort((a, b) => b.score - a.score || compareIds(a.statement, b.statement));
}
