import { consensusStatements } from "./consensus";
import { compareIds } from "./id-order";
import { groupParticipants } from "./participant-groups";
import { fitProjection, projectRow } from "./pca";
import { representativeStatements } from "./representativeness";
import {
  defaultAnalysisOptions,
  type AnalysisOptions,
  type ConversationInput,
  type Id,
  type OpinionAnalysis,
  type OpinionGroup,
  type ParticipantPosition,
  type StatementTally,
} from "./types";
import { buildVoteMatrix, votesOf, type VoteMatrix } from "./vote-matrix";
import { tallyVotes, type VoteTallies } from "./vote-tallies";

/**
 * The whole opinion map for one conversation, from plain data: who sits where, which groups
 * form, what sets each group apart, what all groups share, and the vote counts behind it.
 * Pure and deterministic: the same votes in any order, under any ids, give the same groups.
 */
export function analyzeConversation(input: ConversationInput, options: Partial<AnalysisOptions> = {}): OpinionAnalysis {
  const settings = { ...defaultAnalysisOptions, ...options };
  const matrix = buildVoteMatrix(input);
  const n = matrix.participantIds.length;
  // Pol.is asks for 7 votes, or all statements when there are fewer than 7.
  const needed = Math.max(1, Math.min(settings.minVotes, activeStatements(matrix)));
  const placedRows = Int32Array.from(
    Array.from({ length: n }, (_, i) => i).filter((i) => votesOf(matrix, i) >= needed),
  );

  const projection = fitProjection(matrix, placedRows);
  const xs = new Float64Array(placedRows.length);
  const ys = new Float64Array(placedRows.length);
  for (const [p, row] of placedRows.entries()) {
    [xs[p], ys[p]] = projectRow(matrix, projection, row);
  }
  const grouping = groupParticipants(xs, ys, settings);
  const groupCount = grouping.centers.length;

  const groupOfRow = new Int32Array(n).fill(-1);
  for (const [p, row] of placedRows.entries()) groupOfRow[row] = grouping.groupOf[p]!;
  const tallies = tallyVotes(matrix, groupOfRow, groupCount);

  const members: Id[][] = Array.from({ length: groupCount }, () => []);
  const positions: ParticipantPosition[] = [];
  placedRows.forEach((row, p) => {
    const participant = matrix.participantIds[row]!;
    members[grouping.groupOf[p]]!.push(participant);
    positions.push({ participant, x: xs[p], y: ys[p], group: grouping.groupOf[p] });
  });

  const groups: OpinionGroup[] = members.map((participants, id) => ({
    id,
    participants: participants.sort(compareIds),
    center: grouping.centers[id]!,
    representative: representativeStatements(
      tallies,
      matrix.statementIds,
      matrix.moderated,
      id,
      settings.maxRepresentative,
    ),
  }));

  return {
    groups,
    consensus: consensusStatements(tallies, matrix.statementIds, matrix.moderated, settings.consensusThreshold),
    positions: positions.sort((a, b) => compareIds(a.participant, b.participant)),
    unplaced: matrix.participantIds.filter((_, row) => groupOfRow[row] < 0).sort(compareIds),
    statements: statementTallies(tallies, matrix),
    silhouette: grouping.silhouette,
  };
}

/** Counts for the statements still in the conversation (moderated-out ones are left out). */
function statementTallies(tallies: VoteTallies, matrix: VoteMatrix): StatementTally[] {
  const m = tallies.statements;
  const active = matrix.statementIds.map((statement, j) => ({ statement, j })).filter(({ j }) => !matrix.moderated[j]);
  return active.map(({ statement, j }) => ({
    statement,
    overall: {
      agree: tallies.overall.agree[j],
      disagree: tallies.overall.disagree[j],
      pass: tallies.overall.pass[j],
    },
    byGroup: Array.from({ length: tallies.groups }, (_, g) => ({
      agree: tallies.agree[g * m + j],
      disagree: tallies.disagree[g * m + j],
      pass: tallies.pass[g * m + j],
    })),
  }));
}

function activeStatements(matrix: VoteMatrix): number {
  return matrix.moderated.reduce((count, flag) => count + (flag ? 0 : 1), 0);
}
