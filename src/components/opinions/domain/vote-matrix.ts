import { compareIds } from "./id-order";
import type { ConversationInput, Id, VoteValue } from "./types";

/**
 * Sparse participants × statements matrix of latest votes, in compressed-row form: the votes of
 * participant i are column[rowStart[i] .. rowStart[i+1]) with values in `value`. Typed arrays
 * instead of per-cell objects keep a million votes at a few megabytes.
 *
 * Moderated-out statements keep their column, flagged in `moderated`, with every vote stored as
 * 0, as Pol.is does: the vote still shows that the participant took part (it counts towards
 * being placed and towards the projection's scaling, so moderating never moves people off the
 * map), but it carries no opinion, so it cannot move anyone's position.
 */
export interface VoteMatrix {
  participantIds: Id[];
  statementIds: Id[];
  moderated: Uint8Array;
  rowStart: Int32Array;
  column: Int32Array;
  value: Int8Array;
}

/**
 * Rows and columns in a canonical order: by the time of the first vote (then by id), so that the
 * order in which the caller lists votes, statements or participants cannot change the result.
 * It matters where the data are symmetric: with tied eigenvalues the projection's axes, and so
 * the groups, would otherwise follow the column order.
 */
function canonicalOrder(ids: Iterable<Id>, firstTime: Map<Id, number>): Id[] {
  const unique = [...new Set(ids)];
  const time = (id: Id) => firstTime.get(id) ?? Infinity;
  return unique.sort((a, b) => time(a) - time(b) || compareIds(a, b));
}

export function buildVoteMatrix(input: ConversationInput): VoteMatrix {
  const moderatedIds = new Set<Id>(input.moderatedOut ?? []);
  const votes = input.votes;
  const firstByStatement = new Map<Id, number>();
  const firstByParticipant = new Map<Id, number>();
  for (const vote of votes) {
    if (!(firstByStatement.get(vote.statement)! <= vote.time)) firstByStatement.set(vote.statement, vote.time);
    if (!(firstByParticipant.get(vote.participant)! <= vote.time)) firstByParticipant.set(vote.participant, vote.time);
  }
  const statementIds = canonicalOrder(input.statements, firstByStatement);
  const statementIndex = new Map<Id, number>(statementIds.map((id, i) => [id, i]));
  const moderated = Uint8Array.from(statementIds, (id) => (moderatedIds.has(id) ? 1 : 0));

  const participantIds = canonicalOrder(
    [...(input.participants ?? []), ...firstByParticipant.keys()],
    firstByParticipant,
  );
  const participantIndex = new Map<Id, number>(participantIds.map((id, i) => [id, i]));
  const indexOf = (id: Id): number => participantIndex.get(id)!;

  // Latest vote per cell; equal times fall back to the vote value so input order never matters.
  const m = statementIds.length;
  const latest = new Map<number, number>();
  for (let v = 0; v < votes.length; v++) {
    const vote = votes[v]!;
    const row = indexOf(vote.participant);
    const col = statementIndex.get(vote.statement);
    if (col === undefined) continue;
    const key = row * m + col;
    const previous = latest.get(key);
    if (previous === undefined || isLater(vote.time, vote.vote, votes[previous]!.time, votes[previous]!.vote)) {
      latest.set(key, v);
    }
  }

  const keys = new Float64Array(latest.size);
  let k = 0;
  for (const key of latest.keys()) keys[k++] = key;
  keys.sort(); // typed-array sort is numeric: rows come out grouped, columns ascending

  const n = participantIds.length;
  const rowStart = new Int32Array(n + 1);
  const column = new Int32Array(keys.length);
  const value = new Int8Array(keys.length);
  for (let e = 0; e < keys.length; e++) {
    const key = keys[e]!;
    const row = Math.floor(key / m);
    column[e] = key - row * m;
    value[e] = moderated[column[e]] ? 0 : votes[latest.get(key)!]!.vote;
    rowStart[row + 1]++;
  }
  for (let i = 0; i < n; i++) rowStart[i + 1] += rowStart[i];
  return { participantIds, statementIds, moderated, rowStart, column, value };
}

function isLater(time: number, vote: VoteValue, otherTime: number, otherVote: VoteValue): boolean {
  return time > otherTime || (time === otherTime && vote > otherVote);
}

export function votesOf(matrix: VoteMatrix, row: number): number {
  return matrix.rowStart[row + 1]! - matrix.rowStart[row]!;
}
