// The municipality opens a conversation: its settings and seed statements in one transaction,
// with an audit entry.
import { audit } from "../../../core/audit/log";
import type { Services } from "../../../core/services";
import { insertConversation, type ConversationSettings } from "../store/conversations";
import { insertStatement } from "../store/statements";
import type { Conversation } from "../store/tables";

export async function createConversation(
  services: Services,
  input: { siteId: number; actorUserId: number | null; settings: ConversationSettings; seedStatements: string[] },
): Promise<Conversation> {
  const now = services.clock();
  const db = services.db.kysely;
  return db.transaction().execute(async (trx) => {
    const conversation = await insertConversation(trx, input.siteId, input.settings, now);
    for (const text of input.seedStatements) {
      await insertStatement(trx, conversation.id, { text, status: "accepted", isSeed: true }, now);
    }
    await audit(
      trx,
      {
        siteId: input.siteId,
        actorUserId: input.actorUserId,
        action: "opinions.conversation.create",
        subject: `opinion-conversation:${conversation.id}`,
        details: { topic: conversation.topic, seeds: input.seedStatements.length },
      },
      now,
    );
    return conversation;
  });
}

/** Splits the seed textarea: one statement per line, blank lines and duplicates dropped. */
export function seedLines(text: string): string[] {
  const seen = new Set<string>();
  const lines: string[] = [];
  for (const raw of text.split(/\r?\n/)) {
    const line = raw.trim().replace(/\s+/g, " ");
    if (line && !seen.has(line)) {
      seen.add(line);
      lines.push(line);
    }
  }
  return lines;
}
