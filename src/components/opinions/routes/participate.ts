// Taking part: answering a statement (a form, or the script asking for JSON) and adding one's own
// statement. Rate limits come before any change; a refused request changes nothing.
import type { FastifyInstance, FastifyReply, FastifyRequest } from "fastify";
import { badRequest, HttpError, RateLimitedError } from "../../../core/http/errors";
import { redirectWithFlash } from "../../../core/http/render";
import { parseForm } from "../../../core/http/validation";
import type { Services } from "../../../core/services";
import { castVote } from "../commands/cast-vote";
import { requireRule } from "../../../core/participation/refusal-error";
import { type OpinionAction, opinionRule, VERIFY_FIRST_KEYS } from "../participation";
import { conversationPhase } from "../permissions";
import type { Conversation } from "../store/tables";
import { nextStatement } from "../commands/next-statement";
import { submitStatement } from "../commands/submit-statement";
import { loadConversation, wantsJson } from "./load";
import { identityFor } from "./participant-identity";
import { enforceLimit, type OpinionLimits } from "./rate-limits";
import { renderVotingPage } from "./public";
import { conversationParams, statementForm, voteForm } from "./schemas";

export function registerParticipationRoutes(app: FastifyInstance, services: Services, limits: OpinionLimits): void {
  app.post("/gesprekken/:id/stemmen", async (request, reply) => {
    try {
      const params = conversationParams.safeParse(request.params);
      const form = voteForm.safeParse(request.body);
      if (!params.success) throw new HttpError(404, "errors.notFound");
      if (!form.success) throw badRequest("opinions.errors.badVote");
      await requireOpinionRule(request, services, "vote");
      const identity = identityFor(request, reply, services);
      await enforceLimit(services, request, identity, "vote", limits);
      const { participantId } = await castVote(services, {
        siteId: request.site.id,
        conversationId: params.data.id,
        statementId: form.data.statement,
        choice: form.data.vote,
        user: request.user,
        identity: () => identity,
      });
      if (wantsJson(request)) {
        const next = await nextStatement(services, params.data.id, participantId);
        return reply.header("Cache-Control", "no-store").send({
          statement: next.statement ? { id: next.statement.id, text: next.statement.text } : null,
          progress: next.progress,
          progressText: request.t("opinions.vote.progress", {
            number: next.progress.answered + 1,
            total: next.progress.total,
          }),
          message: request.t("opinions.flash.voted"),
        });
      }
      const back =
        form.data.terug === "antwoorden"
          ? `/gesprekken/${params.data.id}/mijn-antwoorden`
          : `/gesprekken/${params.data.id}`;
      return redirectWithFlash(reply, back, form.data.terug === "antwoorden" ? "opinions.flash.changed" : undefined);
    } catch (error) {
      if (error instanceof HttpError && wantsJson(request)) return sendJsonError(request, reply, error);
      throw error;
    }
  });

  app.post("/gesprekken/:id/stellingen", async (request, reply) => {
    const conversation = await loadConversation(request, services);
    await requireOpinionRule(request, services, "statement", conversation);
    const parsed = parseForm(statementForm, request.body);
    if (!parsed.ok) return renderVotingPage(request, reply, services, parsed.form);
    const identity = identityFor(request, reply, services);
    await enforceLimit(services, request, identity, "statement", limits);
    const statement = await submitStatement(services, {
      siteId: request.site.id,
      conversationId: conversation.id,
      text: parsed.data.text,
      user: request.user,
      identity: () => identity,
    });
    return redirectWithFlash(
      reply,
      `/gesprekken/${conversation.id}`,
      statement.status === "pending" ? "opinions.flash.statementPending" : "opinions.flash.statementAdded",
    );
  });
}

/**
 * The conversation's participation rule for `action`, while it is open (a closed or upcoming
 * conversation says that instead, in the command). A refusal says what is missing.
 */
async function requireOpinionRule(
  request: FastifyRequest,
  services: Services,
  action: OpinionAction,
  loaded?: Conversation,
): Promise<void> {
  const conversation = loaded ?? (await loadConversation(request, services));
  if (conversationPhase(conversation, services.clock()) !== "open") return;
  requireRule(await opinionRule(services, request.site, request.user, conversation, action), VERIFY_FIRST_KEYS[action]);
}

function sendJsonError(request: FastifyRequest, reply: FastifyReply, error: HttpError) {
  if (error instanceof RateLimitedError) reply.header("Retry-After", String(error.retryAfterSeconds));
  return reply.status(error.status).send({ status: error.status, message: request.t(error.messageKey, error.params) });
}
