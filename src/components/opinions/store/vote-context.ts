// Everything a vote needs to be checked, in one query: the conversation (of this site only), the
// statement (of this conversation only) and the participant, if they already exist. A vote is the
// busiest request of the component, so it pays to ask the database once instead of three times.
import type { Executor } from "../../../core/db/database";
import type { ParticipantIdentity } from "./participants";
import type { Conversation, StatementStatus } from "./tables";
import "./tables";

export interface VoteContext {
  conversation: Conversation;
  statement: { id: number; status: StatementStatus } | null;
  participantId: number | null;
}

export async function loadVoteContext(
  db: Executor,
  siteId: number,
  conversationId: number,
  statementId: number,
  identity: ParticipantIdentity,
): Promise<VoteContext | null> {
  const row = await db
    .selectFrom("opinion_conversations as c")
    .leftJoin("opinion_statements as s", (join) =>
      join.onRef("s.conversation_id", "=", "c.id").on("s.id", "=", statementId),
    )
    .leftJoin("opinion_participants as p", (join) => {
      const on = join.onRef("p.conversation_id", "=", "c.id");
      return identity.kind === "user"
        ? on.on("p.user_id", "=", identity.userId)
        : on.on("p.anonymous_key_hash", "=", identity.keyHash);
    })
    .selectAll("c")
    .select(["s.id as statement_id", "s.status as statement_status", "p.id as participant_id"])
    .where("c.id", "=", conversationId)
    .where("c.site_id", "=", siteId)
    .executeTakeFirst();
  if (!row) return null;
  const { statement_id, statement_status, participant_id, ...conversation } = row;
  return {
    conversation: conversation as Conversation,
    statement:
      statement_id !== null && statement_status !== null ? { id: statement_id, status: statement_status } : null,
    participantId: participant_id,
  };
}
