// Statements of a conversation: seeds from the municipality and residents' own, with their
// moderation state. Only accepted statements are shown, voted on, analysed and exported.
import type { Executor } from "../../../core/db/database";
import { iso } from "../../../core/db/time";
import type { Statement, StatementStatus } from "./tables";
import "./tables";

export interface NewStatement {
  text: string;
  status: StatementStatus;
  isSeed?: boolean;
  authorParticipantId?: number | null;
  externalId?: string | null;
  rejectionReason?: string | null;
}

export async function insertStatement(
  db: Executor,
  conversationId: number,
  s: NewStatement,
  now: Date,
): Promise<Statement> {
  return db
    .insertInto("opinion_statements")
    .values({
      conversation_id: conversationId,
      text: s.text,
      author_participant_id: s.authorParticipantId ?? null,
      is_seed: s.isSeed ? 1 : 0,
      status: s.status,
      rejection_reason: s.rejectionReason ?? null,
      moderated_by: null,
      moderated_at: null,
      external_id: s.externalId ?? null,
      created_at: iso(now),
    })
    .returningAll()
    .executeTakeFirstOrThrow();
}

export async function findStatement(db: Executor, conversationId: number, id: number): Promise<Statement | undefined> {
  return db
    .selectFrom("opinion_statements")
    .selectAll()
    .where("conversation_id", "=", conversationId)
    .where("id", "=", id)
    .executeTakeFirst();
}

export async function listStatements(
  db: Executor,
  conversationId: number,
  statuses: StatementStatus[],
): Promise<Statement[]> {
  if (statuses.length === 0) return [];
  return db
    .selectFrom("opinion_statements")
    .selectAll()
    .where("conversation_id", "=", conversationId)
    .where("status", "in", statuses)
    .orderBy("id")
    .execute();
}

export async function setStatementStatus(
  db: Executor,
  id: number,
  status: "accepted" | "rejected",
  reason: string | null,
  moderatorId: number,
  now: Date,
): Promise<void> {
  await db
    .updateTable("opinion_statements")
    .set({ status, rejection_reason: reason, moderated_by: moderatorId, moderated_at: iso(now) })
    .where("id", "=", id)
    .execute();
}

export async function countPendingByConversation(db: Executor, siteId: number): Promise<Map<number, number>> {
  const rows = await db
    .selectFrom("opinion_statements")
    .innerJoin("opinion_conversations", "opinion_conversations.id", "opinion_statements.conversation_id")
    .select(["opinion_statements.conversation_id as id", (eb) => eb.fn.countAll<number>().as("n")])
    .where("opinion_conversations.site_id", "=", siteId)
    .where("opinion_statements.status", "=", "pending")
    .groupBy("opinion_statements.conversation_id")
    .execute();
  return new Map(rows.map((r) => [r.id, Number(r.n)]));
}
