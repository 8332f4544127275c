// Moderating one comment directly, from the idea page: hide it with a public reason (no report
// needed), or make a hidden comment visible again. Moderators and admins only.
import type { FastifyInstance, FastifyRequest } from "fastify";
import { HttpError } from "../../../core/http/errors";
import { redirectWithFlash, sendPage } from "../../../core/http/render";
import { parseForm } from "../../../core/http/validation";
import { requireRole } from "../../../core/permissions/roles";
import type { Services } from "../../../core/services";
import { emptyForm, Field, PostButton, type FormState } from "../../../core/views/forms";
import { Layout } from "../../../core/views/layout";
import { hideComment, restoreComment } from "../commands/comment-moderation";
import { commentOf } from "../store/comments";
import { ReportedContent } from "../views/reported-content";
import { SimpleFormPage } from "../views/simple-form-page";
import { loadVisibleIdea, parseParams } from "./load";
import { commentParams, hideForm } from "./schemas";

export function registerCommentModerationRoutes(app: FastifyInstance, services: Services): void {
  const load = async (request: FastifyRequest) => {
    const { id, commentId } = parseParams(commentParams, request.params);
    const { idea } = await loadVisibleIdea(services, request, id);
    const comment = await commentOf(services.db.kysely, id, commentId);
    if (!comment) throw new HttpError(404, "errors.notFound");
    return { idea, comment };
  };

  const page = async (request: FastifyRequest, form: FormState) => {
    const { idea, comment } = await load(request);
    const ctx = request.pageContext();
    const base = `/admin/ideeen/${idea.id}/reacties/${comment.id}`;
    const about = <ReportedContent ctx={ctx} ideaTitle={idea.title} comment={comment} />;
    if (comment.hidden_reason) {
      return (
        <Layout ctx={ctx} title={ctx.t("moderation.restoreCommentTitle")}>
          <h1 class="utrecht-heading-1">{ctx.t("moderation.restoreCommentTitle")}</h1>
          {about}
          <PostButton ctx={ctx} action={`${base}/tonen`} label={ctx.t("moderation.restoreComment")} variant="primary" />
        </Layout>
      );
    }
    return (
      <SimpleFormPage
        ctx={ctx}
        title={ctx.t("moderation.hideCommentTitle")}
        intro={about}
        action={`${base}/verbergen`}
        form={form}
        submitLabel={ctx.t("ideas.moderation.hide")}
        back={`/ideeen/${idea.id}#reactie-${comment.id}`}
      >
        <Field
          ctx={ctx}
          form={form}
          name="publicReason"
          label={ctx.t("ideas.moderation.publicReason")}
          hint={ctx.t("ideas.moderation.publicReasonHint")}
        />
      </SimpleFormPage>
    );
  };

  app.get("/admin/ideeen/:id/reacties/:commentId/verbergen", async (request, reply) => {
    requireRole(request.user, "moderator", "admin");
    return sendPage(reply, await page(request, emptyForm()));
  });

  app.post("/admin/ideeen/:id/reacties/:commentId/verbergen", async (request, reply) => {
    const user = requireRole(request.user, "moderator", "admin");
    const { idea, comment } = await load(request);
    const result = parseForm(hideForm, request.body);
    if (!result.ok) return sendPage(reply, await page(request, result.form), 400);
    await hideComment(services, request.site, user, idea.id, comment.id, result.data.publicReason);
    return redirectWithFlash(reply, `/ideeen/${idea.id}#reactie-${comment.id}`, "moderation.flash.commentHidden");
  });

  app.post("/admin/ideeen/:id/reacties/:commentId/tonen", async (request, reply) => {
    const user = requireRole(request.user, "moderator", "admin");
    const { idea, comment } = await load(request);
    await restoreComment(services, request.site, user, idea.id, comment.id);
    return redirectWithFlash(reply, `/ideeen/${idea.id}#reactie-${comment.id}`, "moderation.flash.commentRestored");
  });
}
