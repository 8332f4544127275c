// Votes: one row per participant and statement holding the latest answer (a changed answer
// overwrites the earlier one, which is what the analysis counts anyway).
import type { Executor } from "../../../core/db/database";
import { iso } from "../../../core/db/time";
import type { VoteCounts } from "../domain/types";
import "./tables";

export type VoteValue = -1 | 0 | 1;

export async function upsertVote(
  db: Executor,
  v: { conversationId: number; participantId: number; statementId: number; vote: VoteValue; verified?: boolean },
  now: Date,
): Promise<void> {
  await db
    .insertInto("opinion_votes")
    .values({
      conversation_id: v.conversationId,
      participant_id: v.participantId,
      statement_id: v.statementId,
      vote: v.vote,
      voted_at: iso(now),
      verified: v.verified ? 1 : 0,
    })
    .onConflict((oc) =>
      oc
        .columns(["participant_id", "statement_id"])
        .doUpdateSet({ vote: v.vote, voted_at: iso(now), verified: v.verified ? 1 : 0 }),
    )
    .execute();
}

export interface ParticipantVote {
  statementId: number;
  vote: VoteValue;
  votedAt: string;
}

export async function votesOfParticipant(db: Executor, participantId: number): Promise<ParticipantVote[]> {
  const rows = await db
    .selectFrom("opinion_votes")
    .select(["statement_id", "vote", "voted_at"])
    .where("participant_id", "=", participantId)
    .orderBy("voted_at")
    .orderBy("statement_id")
    .execute();
  return rows.map((r) => ({ statementId: r.statement_id, vote: r.vote, votedAt: r.voted_at }));
}

export interface ConversationVote {
  participantId: number;
  statementId: number;
  vote: VoteValue;
  votedAt: string;
}

/** Every latest vote on a conversation's statements that are still accepted. */
export async function votesOfConversation(db: Executor, conversationId: number): Promise<ConversationVote[]> {
  const rows = await db
    .selectFrom("opinion_votes")
    .innerJoin("opinion_statements", "opinion_statements.id", "opinion_votes.statement_id")
    .select([
      "opinion_votes.participant_id",
      "opinion_votes.statement_id",
      "opinion_votes.vote",
      "opinion_votes.voted_at",
    ])
    .where("opinion_votes.conversation_id", "=", conversationId)
    .where("opinion_statements.status", "=", "accepted")
    .orderBy("opinion_votes.voted_at")
    .orderBy("opinion_votes.participant_id")
    .orderBy("opinion_votes.statement_id")
    .execute();
  return rows.map((r) => ({
    participantId: r.participant_id,
    statementId: r.statement_id,
    vote: r.vote,
    votedAt: r.voted_at,
  }));
}

/** Agree, disagree and pass counts per statement (latest votes), for the chooser and the report. */
export async function voteCountsByStatement(db: Executor, conversationId: number): Promise<Map<number, VoteCounts>> {
  const rows = await db
    .selectFrom("opinion_votes")
    .select(["statement_id", "vote", (eb) => eb.fn.countAll<number>().as("n")])
    .where("conversation_id", "=", conversationId)
    .groupBy(["statement_id", "vote"])
    .execute();
  const counts = new Map<number, VoteCounts>();
  for (const row of rows) {
    const c = counts.get(row.statement_id) ?? { agree: 0, disagree: 0, pass: 0 };
    counts.set(row.statement_id, c);
    if (row.vote === 1) c.agree += Number(row.n);
    else if (row.vote === -1) c.disagree += Number(row.n);
    else c.pass += Number(row.n);
  }
  return counts;
}

/** Answers in a conversation, and how many came from verified residents (honest counts). */
export async function verifiedVoteCounts(
  db: Executor,
  conversationId: number,
): Promise<{ total: number; verified: number }> {
  const row = await db
    .selectFrom("opinion_votes")
    .select((eb) => [eb.fn.countAll<number>().as("total"), eb.fn.sum<number>("verified").as("verified")])
    .where("conversation_id", "=", conversationId)
    .executeTakeFirstOrThrow();
  return { total: Number(row.total), verified: Number(row.verified ?? 0) };
}
