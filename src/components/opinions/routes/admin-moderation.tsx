// Moderating residents' statements: accept, or reject with a reason. Moderators and admins only.
import type { FastifyInstance, FastifyReply, FastifyRequest } from "fastify";
import { notFound } from "../../../core/http/errors";
import { redirectWithFlash, sendPage } from "../../../core/http/render";
import { parseForm } from "../../../core/http/validation";
import { requireRole } from "../../../core/permissions/roles";
import type { Services } from "../../../core/services";
import type { FormState } from "../../../core/views/forms";
import { moderateStatement, type Decision } from "../commands/moderate-statement";
import { findConversation } from "../store/conversations";
import { listStatements } from "../store/statements";
import type { Conversation } from "../store/tables";
import { ModerationPage } from "../views/moderation-page";
import { loadConversation } from "./load";
import { rejectForm, statementParams } from "./schemas";

const MODERATORS = ["admin", "moderator"] as const;

export function registerModerationRoutes(app: FastifyInstance, services: Services): void {
  const db = services.db.kysely;

  const render = async (
    request: FastifyRequest,
    reply: FastifyReply,
    conversation: Conversation,
    errorFor?: { statementId: number; form: FormState },
  ) => {
    const statements = (await listStatements(db, conversation.id, ["pending", "accepted", "rejected"])).filter(
      (s) => !s.is_seed,
    );
    return sendPage(
      reply,
      <ModerationPage
        ctx={request.pageContext()}
        conversationId={conversation.id}
        topic={conversation.topic}
        statements={statements}
        errorFor={errorFor}
      />,
      errorFor ? 400 : 200,
    );
  };

  app.get("/admin/gesprekken/:id/moderatie", async (request, reply) => {
    requireRole(request.user, ...MODERATORS);
    return render(request, reply, await loadConversation(request, services));
  });

  const decide = (kind: Decision["kind"]) => async (request: FastifyRequest, reply: FastifyReply) => {
    const user = requireRole(request.user, ...MODERATORS);
    const params = statementParams.safeParse(request.params);
    if (!params.success) throw notFound();
    const conversation = await findConversation(db, request.site.id, params.data.id);
    if (!conversation) throw notFound();
    let decision: Decision = { kind: "accept" };
    if (kind === "reject") {
      const parsed = parseForm(rejectForm, request.body);
      if (!parsed.ok)
        return render(request, reply, conversation, { statementId: params.data.statementId, form: parsed.form });
      decision = { kind: "reject", reason: parsed.data.reason };
    }
    await moderateStatement(services, {
      siteId: request.site.id,
      conversationId: conversation.id,
      statementId: params.data.statementId,
      moderatorId: user.id,
      decision,
    });
    return redirectWithFlash(
      reply,
      `/admin/gesprekken/${conversation.id}/moderatie`,
      kind === "accept" ? "opinions.flash.accepted" : "opinions.flash.rejected",
    );
  };

  app.post("/admin/gesprekken/:id/stellingen/:statementId/accepteren", decide("accept"));
  app.post("/admin/gesprekken/:id/stellingen/:statementId/afwijzen", decide("reject"));
}
