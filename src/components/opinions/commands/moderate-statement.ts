// A moderator accepts or rejects a resident's statement. Rejecting needs a reason; the votes on
// a rejected statement stay in the database but leave the analysis, the report and the export.
import { audit } from "../../../core/audit/log";
import { conflict, notFound } from "../../../core/http/errors";
import type { Services } from "../../../core/services";
import { findConversation, markChanged } from "../store/conversations";
import { findStatement, setStatementStatus } from "../store/statements";

export type Decision = { kind: "accept" } | { kind: "reject"; reason: string };

export async function moderateStatement(
  services: Services,
  input: { siteId: number; conversationId: number; statementId: number; moderatorId: number; decision: Decision },
): Promise<void> {
  const now = services.clock();
  const db = services.db.kysely;
  await db.transaction().execute(async (trx) => {
    const conversation = await findConversation(trx, input.siteId, input.conversationId);
    if (!conversation) throw notFound();
    const statement = await findStatement(trx, conversation.id, input.statementId);
    if (!statement) throw notFound("opinions.errors.statementNotFound");
    if (statement.is_seed) throw conflict("opinions.errors.seedNotModerated");
    const status = input.decision.kind === "accept" ? "accepted" : "rejected";
    if (statement.status === status) return; // a double click changes nothing
    const reason = input.decision.kind === "reject" ? input.decision.reason : null;
    await setStatementStatus(trx, statement.id, status, reason, input.moderatorId, now);
    // Accepting a new statement or hiding an accepted one changes what the analysis counts.
    if (status === "accepted" || statement.status === "accepted") await markChanged(trx, conversation.id);
    await audit(
      trx,
      {
        siteId: input.siteId,
        actorUserId: input.moderatorId,
        action: `opinions.statement.${input.decision.kind}`,
        subject: `opinion-statement:${statement.id}`,
        details: reason ? { reason } : {},
      },
      now,
    );
  });
}
