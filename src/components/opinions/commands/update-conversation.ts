// Editing a conversation's settings, adding seed statements, or closing it at once.
import { audit } from "../../../core/audit/log";
import { iso } from "../../../core/db/time";
import { notFound } from "../../../core/http/errors";
import type { Services } from "../../../core/services";
import { findConversation, updateConversationSettings, type ConversationSettings } from "../store/conversations";
import { insertStatement } from "../store/statements";

export async function updateConversation(
  services: Services,
  input: {
    siteId: number;
    conversationId: number;
    actorUserId: number;
    settings: ConversationSettings;
    newSeedStatements: string[];
  },
): Promise<void> {
  const now = services.clock();
  const db = services.db.kysely;
  await db.transaction().execute(async (trx) => {
    const conversation = await findConversation(trx, input.siteId, input.conversationId);
    if (!conversation || conversation.imported) throw notFound();
    await updateConversationSettings(trx, input.siteId, conversation.id, input.settings);
    for (const text of input.newSeedStatements) {
      await insertStatement(trx, conversation.id, { text, status: "accepted", isSeed: true }, now);
    }
    await audit(
      trx,
      {
        siteId: input.siteId,
        actorUserId: input.actorUserId,
        action: "opinions.conversation.update",
        subject: `opinion-conversation:${conversation.id}`,
        details: { topic: input.settings.topic, addedSeeds: input.newSeedStatements.length },
      },
      now,
    );
  });
}

export async function closeConversation(
  services: Services,
  input: { siteId: number; conversationId: number; actorUserId: number },
): Promise<void> {
  const now = services.clock();
  const db = services.db.kysely;
  await db.transaction().execute(async (trx) => {
    const conversation = await findConversation(trx, input.siteId, input.conversationId);
    if (!conversation) throw notFound();
    if (conversation.closes_at !== null && conversation.closes_at <= iso(now)) return; // already closed: nothing to do
    await trx
      .updateTable("opinion_conversations")
      .set({ closes_at: iso(now) })
      .where("id", "=", conversation.id)
      .execute();
    await audit(
      trx,
      {
        siteId: input.siteId,
        actorUserId: input.actorUserId,
        action: "opinions.conversation.close",
        subject: `opinion-conversation:${conversation.id}`,
      },
      now,
    );
  });
}
