// Shared test helpers for the opinions component: a test app with this component (limits can be
// lowered to test flooding), conversations in a few lines, and table snapshots.
import type { Executor } from "../../../core/db/database";
import { iso } from "../../../core/db/time";
import { createTestApp, type TestApp } from "../../../../test/support/app";
import type { TestDatabase } from "../../../../test/support/databases";
import { createConversation } from "../commands/create-conversation";
import { createOpinionsComponent } from "../manifest";
import type { OpinionLimits } from "../routes/rate-limits";
import type { ConversationSettings } from "../store/conversations";
import type { Conversation, Statement } from "../store/tables";
import { listStatements } from "../store/statements";

export async function opinionsTestApp(database: TestDatabase, limits: Partial<OpinionLimits> = {}): Promise<TestApp> {
  return createTestApp(database, { components: [createOpinionsComponent({ limits })] });
}

export async function makeConversation(
  t: TestApp,
  overrides: Partial<ConversationSettings> & { siteId?: number; seeds?: string[] } = {},
): Promise<{ conversation: Conversation; statements: Statement[] }> {
  const now = t.clock();
  const conversation = await createConversation(t.services, {
    siteId: overrides.siteId ?? t.site.id,
    actorUserId: null,
    seedStatements: overrides.seeds ?? ["Stelling een", "Stelling twee", "Stelling drie"],
    settings: {
      topic: overrides.topic ?? "Hoe ervaart u het parkeren?",
      introduction: overrides.introduction ?? "Uitleg",
      statementMode: overrides.statementMode ?? "moderated",
      participation: overrides.participation ?? "anonymous",
      opensAt: overrides.opensAt ?? iso(new Date(now.getTime() - 86_400_000)),
      closesAt: overrides.closesAt === undefined ? iso(new Date(now.getTime() + 30 * 86_400_000)) : overrides.closesAt,
    },
  });
  return { conversation, statements: await listStatements(t.services.db.kysely, conversation.id, ["accepted"]) };
}

/** Everything the component stores, to prove a refused request changed nothing. */
export async function snapshot(db: Executor): Promise<string> {
  const [conversations, statements, participants, votes] = await Promise.all([
    db.selectFrom("opinion_conversations").selectAll().orderBy("id").execute(),
    db.selectFrom("opinion_statements").selectAll().orderBy("id").execute(),
    db.selectFrom("opinion_participants").selectAll().orderBy("id").execute(),
    db.selectFrom("opinion_votes").selectAll().orderBy("participant_id").orderBy("statement_id").execute(),
  ]);
  return JSON.stringify({ conversations, statements, participants, votes });
}

export async function votesOf(db: Executor, conversationId: number) {
  return db
    .selectFrom("opinion_votes")
    .select(["participant_id", "statement_id", "vote"])
    .where("conversation_id", "=", conversationId)
    .orderBy("participant_id")
    .orderBy("statement_id")
    .execute();
}

export async function anotherSite(t: TestApp) {
  const { createSite } = await import("../../../core/sites/store");
  return createSite(
    t.services.db.kysely,
    {
      slug: `other-${Math.random().toString(36).slice(2, 8)}`,
      name: "Andere stad",
      hosts: [`other-${Date.now()}.example`],
    },
    t.clock(),
  );
}
