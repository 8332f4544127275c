// Conversations of one site. Every read takes the site id, so nothing of one site is reachable
// through another.
import type { Executor } from "../../../core/db/database";
import { iso } from "../../../core/db/time";
import type { Conversation, Participation, StatementMode } from "./tables";
import "./tables";

export interface ConversationSettings {
  topic: string;
  introduction: string;
  statementMode: StatementMode;
  participation: Participation;
  opensAt: string;
  closesAt: string | null;
}

const settingsColumns = (settings: ConversationSettings) => ({
  topic: settings.topic,
  introduction: settings.introduction,
  statement_mode: settings.statementMode,
  participation: settings.participation,
  opens_at: settings.opensAt,
  closes_at: settings.closesAt,
});

export async function insertConversation(
  db: Executor,
  siteId: number,
  settings: ConversationSettings,
  now: Date,
  imported = false,
): Promise<Conversation> {
  return db
    .insertInto("opinion_conversations")
    .values({
      site_id: siteId,
      ...settingsColumns(settings),
      imported: imported ? 1 : 0,
      created_at: iso(now),
    })
    .returningAll()
    .executeTakeFirstOrThrow();
}

export async function updateConversationSettings(
  db: Executor,
  siteId: number,
  id: number,
  settings: ConversationSettings,
): Promise<void> {
  await db
    .updateTable("opinion_conversations")
    .set(settingsColumns(settings))
    .where("site_id", "=", siteId)
    .where("id", "=", id)
    .execute();
}

export async function findConversation(db: Executor, siteId: number, id: number): Promise<Conversation | undefined> {
  return db
    .selectFrom("opinion_conversations")
    .selectAll()
    .where("site_id", "=", siteId)
    .where("id", "=", id)
    .executeTakeFirst();
}

export async function listConversations(db: Executor, siteId: number): Promise<Conversation[]> {
  return db
    .selectFrom("opinion_conversations")
    .selectAll()
    .where("site_id", "=", siteId)
    .orderBy("opens_at", "desc")
    .orderBy("id", "desc")
    .execute();
}

/** Marks the conversation as changed so the analysis job recomputes it (same transaction as the change). */
export async function markChanged(db: Executor, conversationId: number): Promise<void> {
  await db
    .updateTable("opinion_conversations")
    .set((eb) => ({ changes_version: eb("changes_version", "+", 1) }))
    .where("id", "=", conversationId)
    .execute();
}
