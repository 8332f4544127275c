// Comments on an idea (add, edit within 15 minutes) and reports of an idea or a comment.
import type { FastifyInstance, FastifyRequest } from "fastify";
import { HttpError } from "../../../core/http/errors";
import { redirectWithFlash, sendPage } from "../../../core/http/render";
import { parseForm } from "../../../core/http/validation";
import { requireRule } from "../../../core/participation/refusal-error";
import { ideaRule, VERIFY_FIRST_KEYS } from "../participation";
import { requireUser } from "../../../core/permissions/roles";
import type { Services } from "../../../core/services";
import { emptyForm, Field, type FormState } from "../../../core/views/forms";
import { addComment, editComment, loadComment } from "../commands/comments";
import { reportContent } from "../commands/moderation";
import { commentEditable } from "../domain/deadlines";
import { commentOf, type CommentView } from "../store/comments";
import { ReportedContent } from "../views/reported-content";
import { SimpleFormPage } from "../views/simple-form-page";
import { loadVisibleIdea, parseParams } from "./load";
import { commentEditForm, commentForm, commentParams, ideaParams, reportForm } from "./schemas";
import { countWrite } from "./write-limits";

export function registerCommentRoutes(app: FastifyInstance, services: Services): void {
  app.post("/ideeen/:id/reacties", async (request, reply) => {
    const user = requireUser(request.user);
    const { id } = parseParams(ideaParams, request.params);
    await loadVisibleIdea(services, request, id);
    // The idea page shows the rule instead of the form; this is for a form opened before.
    requireRule(
      await ideaRule(services, request.site, user, "comment", id, `/ideeen/${id}`),
      VERIFY_FIRST_KEYS.comment,
    );
    const result = parseForm(commentForm, request.body);
    // parentId is a hidden field, not something a person can correct: a bad one is a bad request.
    if (!result.ok && result.form.errors.some((e) => e.field === "parentId"))
      throw new HttpError(400, "ideas.errors.parent");
    if (!result.ok) {
      const ctx = request.pageContext();
      return sendPage(
        reply,
        <SimpleFormPage
          ctx={ctx}
          title={ctx.t("ideas.comments.add")}
          action={`/ideeen/${id}/reacties`}
          form={result.form}
          submitLabel={ctx.t("ideas.comments.submit")}
          back={`/ideeen/${id}`}
        >
          {result.form.values.parentId ? (
            <input type="hidden" name="parentId" value={result.form.values.parentId} />
          ) : null}
          <Field
            ctx={ctx}
            form={result.form}
            name="body"
            label={ctx.t("ideas.comments.body")}
            hint={ctx.t("ideas.fields.markdownHint")}
            multiline
            rows={4}
            maxLength={2000}
          />
        </SimpleFormPage>,
        400,
      );
    }
    await countWrite(services, user, "comment");
    const commentId = await addComment(services, request.site, user, id, result.data.body, result.data.parentId);
    services.kickOutbox();
    return redirectWithFlash(reply, `/ideeen/${id}#reactie-${commentId}`, "ideas.flash.commented");
  });

  const editPage = (request: FastifyRequest, id: number, commentId: number, form: FormState) => {
    const ctx = request.pageContext();
    return (
      <SimpleFormPage
        ctx={ctx}
        title={ctx.t("ideas.comments.editTitle")}
        intro={ctx.t("ideas.comments.editIntro")}
        action={`/ideeen/${id}/reacties/${commentId}/bewerken`}
        form={form}
        submitLabel={ctx.t("ideas.form.save")}
        back={`/ideeen/${id}`}
      >
        <Field
          ctx={ctx}
          form={form}
          name="body"
          label={ctx.t("ideas.comments.body")}
          hint={ctx.t("ideas.fields.markdownHint")}
          multiline
          rows={4}
          maxLength={2000}
        />
      </SimpleFormPage>
    );
  };

  app.get("/ideeen/:id/reacties/:commentId/bewerken", async (request, reply) => {
    const user = requireUser(request.user);
    const { id, commentId } = parseParams(commentParams, request.params);
    const c = await loadComment(services, request.site.id, id, commentId);
    if (c.author_id !== user.id) throw new HttpError(403, "ideas.errors.notCommentAuthor");
    if (!commentEditable(c.created_at, services.clock()) || c.hidden_reason)
      throw new HttpError(409, "ideas.errors.editWindow");
    return sendPage(reply, editPage(request, id, commentId, emptyForm({ body: c.body })));
  });

  app.post("/ideeen/:id/reacties/:commentId/bewerken", async (request, reply) => {
    const user = requireUser(request.user);
    const { id, commentId } = parseParams(commentParams, request.params);
    const c = await loadComment(services, request.site.id, id, commentId);
    if (c.author_id !== user.id) throw new HttpError(403, "ideas.errors.notCommentAuthor");
    const result = parseForm(commentEditForm, request.body);
    if (!result.ok) return sendPage(reply, editPage(request, id, commentId, result.form), 400);
    await editComment(services, request.site, user, id, commentId, result.data.body);
    return redirectWithFlash(reply, `/ideeen/${id}#reactie-${commentId}`, "ideas.flash.saved");
  });

  const reportPage = (
    request: FastifyRequest,
    target: { action: string; back: string; ideaTitle: string; comment: CommentView | null },
    form: FormState,
  ) => {
    const ctx = request.pageContext();
    const { action, back } = target;
    return (
      <SimpleFormPage
        ctx={ctx}
        title={ctx.t("ideas.report.title")}
        intro={
          <>
            <ReportedContent ctx={ctx} ideaTitle={target.ideaTitle} comment={target.comment} />
            {target.comment ? <p class="utrecht-paragraph">{ctx.t("moderation.reportingComment")}</p> : null}
            <p class="utrecht-paragraph">{ctx.t("ideas.report.intro")}</p>
          </>
        }
        action={action}
        form={form}
        submitLabel={ctx.t("ideas.report.submit")}
        back={back}
      >
        <Field
          ctx={ctx}
          form={form}
          name="reason"
          label={ctx.t("ideas.report.reason")}
          hint={ctx.t("ideas.report.reasonHint")}
          multiline
          rows={4}
          maxLength={1000}
        />
      </SimpleFormPage>
    );
  };

  for (const withComment of [false, true]) {
    const path = withComment ? "/ideeen/:id/reacties/:commentId/melden" : "/ideeen/:id/melden";
    const target = async (request: FastifyRequest) => {
      const params = withComment
        ? parseParams(commentParams, request.params)
        : { ...parseParams(ideaParams, request.params), commentId: null };
      const { idea } = await loadVisibleIdea(services, request, params.id);
      let comment: CommentView | null = null;
      if (params.commentId !== null) {
        comment = (await commentOf(services.db.kysely, params.id, params.commentId)) ?? null;
        if (!comment) throw new HttpError(404, "errors.notFound");
      }
      const action =
        params.commentId !== null
          ? `/ideeen/${params.id}/reacties/${params.commentId}/melden`
          : `/ideeen/${params.id}/melden`;
      return { ...params, action, back: `/ideeen/${params.id}`, ideaTitle: idea.title, comment };
    };
    app.get(path, async (request, reply) => {
      requireUser(request.user);
      return sendPage(reply, reportPage(request, await target(request), emptyForm()));
    });
    app.post(path, async (request, reply) => {
      const user = requireUser(request.user);
      const reported = await target(request);
      const { id, commentId } = reported;
      const result = parseForm(reportForm, request.body);
      if (!result.ok) return sendPage(reply, reportPage(request, reported, result.form), 400);
      await countWrite(services, user, "report");
      await reportContent(services, request.site, user, id, commentId, result.data.reason);
      return redirectWithFlash(reply, `/ideeen/${id}`, "ideas.flash.reported");
    });
  }
}
