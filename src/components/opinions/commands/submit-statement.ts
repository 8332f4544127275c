// A resident adds a statement: shown at once, or held for a moderator, as the conversation says.
import type { CurrentUser } from "../../../core/auth/sessions";
import { HttpError, notFound } from "../../../core/http/errors";
import type { Services } from "../../../core/services";
import { statementRefusal, statusOfSubmission } from "../permissions";
import { findConversation, markChanged } from "../store/conversations";
import { findOrCreateParticipant, type ParticipantIdentity } from "../store/participants";
import { insertStatement } from "../store/statements";
import type { Statement } from "../store/tables";

export async function submitStatement(
  services: Services,
  input: {
    siteId: number;
    conversationId: number;
    text: string;
    user: CurrentUser | null;
    identity: () => ParticipantIdentity;
  },
): Promise<Statement> {
  const now = services.clock();
  const db = services.db.kysely;
  return db.transaction().execute(async (trx) => {
    const conversation = await findConversation(trx, input.siteId, input.conversationId);
    if (!conversation) throw notFound();
    const refusal = statementRefusal(conversation, input.user, now);
    if (refusal) throw new HttpError(refusal.status, refusal.key);
    const participantId = await findOrCreateParticipant(trx, conversation.id, input.identity(), now);
    const statement = await insertStatement(
      trx,
      conversation.id,
      { text: input.text, status: statusOfSubmission(conversation), authorParticipantId: participantId },
      now,
    );
    if (statement.status === "accepted") await markChanged(trx, conversation.id);
    return statement;
  });
}
