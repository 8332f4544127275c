import type { ConversationInput, Id, VoteValue } from "../domain/types";

/**
 * The JSON of the red-dwarf test fixtures (Pol.is API dumps): votes.json and comments.json.
 * Older dumps say pid/tid/mod, newer participant_id/statement_id/moderated; +1 = agree.
 */
export function parseRedDwarfFixture(votesJson: string, commentsJson: string): ConversationInput {
  const votes = JSON.parse(votesJson) as Record<string, unknown>[];
  const comments = JSON.parse(commentsJson) as Record<string, unknown>[];
  const statementOf = (c: Record<string, unknown>) => field(c, "statement_id", "tid");
  return {
    statements: comments.map(statementOf),
    moderatedOut: comments.filter((c) => Number(c.moderated ?? c.mod) === -1).map(statementOf),
    votes: votes.map((v) => ({
      participant: field(v, "participant_id", "pid"),
      statement: field(v, "statement_id", "tid"),
      vote: toVote(v.vote),
      time: Number(v.modified ?? 0),
    })),
  };
}

function field(record: Record<string, unknown>, name: string, oldName: string): Id {
  const value = record[name] ?? record[oldName];
  if (typeof value !== "number" && typeof value !== "string") throw new Error(`missing ${name}/${oldName}`);
  return value;
}

function toVote(raw: unknown): VoteValue {
  const vote = Number(raw);
  if (vote !== -1 && vote !== 0 && vote !== 1) throw new Error(`vote must be -1, 0 or 1, found ${String(raw)}`);
  return vote;
}
