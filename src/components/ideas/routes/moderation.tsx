// The moderation queue: open reports, each hidden with a public reason or dismissed; and hiding or
// restoring an idea directly. Moderators and admins only.
import type { FastifyInstance, FastifyRequest } from "fastify";
import { formatDate } from "../../../core/i18n/catalog";
import { redirectWithFlash, sendPage } from "../../../core/http/render";
import { parseForm } from "../../../core/http/validation";
import { requireRole } from "../../../core/permissions/roles";
import type { Services } from "../../../core/services";
import { emptyForm, Field, PostButton, type FormState } from "../../../core/views/forms";
import { Layout } from "../../../core/views/layout";
import { hideIdea, resolveReport, restoreIdea } from "../commands/moderation";
import { openReports } from "../store/staff-lists";
import { registerCommentModerationRoutes } from "./comment-moderation";
import { Markdown } from "../views/idea-parts";
import { SimpleFormPage } from "../views/simple-form-page";
import { loadVisibleIdea, parseParams } from "./load";
import { hideForm, ideaParams, reportParams } from "./schemas";

export function registerModerationRoutes(app: FastifyInstance, services: Services): void {
  registerCommentModerationRoutes(app, services);
  app.get("/admin/ideeen/meldingen", async (request, reply) => {
    requireRole(request.user, "moderator", "admin");
    const reports = await openReports(services.db.kysely, request.site.id);
    const ctx = request.pageContext();
    const t = ctx.t;
    return sendPage(
      reply,
      <Layout ctx={ctx} title={t("ideas.moderation.title")}>
        <h1 class="utrecht-heading-1">{t("ideas.moderation.title")}</h1>
        {reports.length === 0 ? <p class="utrecht-paragraph">{t("ideas.moderation.empty")}</p> : null}
        {reports.map((r) => (
          <section class="idea-report" aria-labelledby={`report-${r.id}`}>
            <h2 class="utrecht-heading-3" id={`report-${r.id}`}>
              {r.comment_id ? t("ideas.moderation.aboutComment") : t("ideas.moderation.aboutIdea")}:{" "}
              <a class="utrecht-link" href={`/ideeen/${r.idea_id}`}>
                {r.idea_title}
              </a>
            </h2>
            <p class="utrecht-paragraph">
              {t("ideas.moderation.reportedBy", { name: r.reporter_name, date: formatDate(ctx.lang, r.created_at) })}
            </p>
            <p class="utrecht-paragraph">
              <strong>{t("ideas.moderation.reasonLabel")}:</strong> {r.reason}
            </p>
            {r.comment_body ? <Markdown source={r.comment_body} /> : null}
            <form method="post" action={`/admin/ideeen/meldingen/${r.id}/verbergen`} class="site-form">
              <input type="hidden" name="_csrf" value={ctx.csrfToken()} />
              {/* One form per report, so each field needs its own id (not the shared Field helper's). */}
              <div class="utrecht-form-field utrecht-form-field--text">
                <div class="utrecht-form-field__label">
                  <label class="utrecht-form-label" for={`reason-${r.id}`}>
                    {t("ideas.moderation.publicReason")}
                  </label>
                </div>
                <div class="utrecht-form-field-description" id={`reason-${r.id}-hint`}>
                  {t("ideas.moderation.publicReasonHint")}
                </div>
                <div class="utrecht-form-field__input">
                  <input
                    class="utrecht-textbox"
                    id={`reason-${r.id}`}
                    name="publicReason"
                    aria-describedby={`reason-${r.id}-hint`}
                    maxLength={500}
                  />
                </div>
              </div>
              <button type="submit" class="utrecht-button utrecht-button--primary-action">
                {t("ideas.moderation.hide")}
              </button>
            </form>
            <PostButton
              ctx={ctx}
              action={`/admin/ideeen/meldingen/${r.id}/afwijzen`}
              label={t("ideas.moderation.dismiss")}
            />
          </section>
        ))}
      </Layout>,
    );
  });

  app.post("/admin/ideeen/meldingen/:reportId/verbergen", async (request, reply) => {
    const user = requireRole(request.user, "moderator", "admin");
    const { reportId } = parseParams(reportParams, request.params);
    const result = parseForm(hideForm, request.body);
    if (!result.ok) {
      const ctx = request.pageContext();
      return sendPage(
        reply,
        <SimpleFormPage
          ctx={ctx}
          title={ctx.t("ideas.moderation.hideTitle")}
          action={`/admin/ideeen/meldingen/${reportId}/verbergen`}
          form={result.form}
          submitLabel={ctx.t("ideas.moderation.hide")}
          back="/admin/ideeen/meldingen"
        >
          <Field
            ctx={ctx}
            form={result.form}
            name="publicReason"
            label={ctx.t("ideas.moderation.publicReason")}
            hint={ctx.t("ideas.moderation.publicReasonHint")}
          />
        </SimpleFormPage>,
        400,
      );
    }
    await resolveReport(services, request.site, user, reportId, "hide", result.data.publicReason);
    return redirectWithFlash(reply, "/admin/ideeen/meldingen", "ideas.flash.hidden");
  });

  app.post("/admin/ideeen/meldingen/:reportId/afwijzen", async (request, reply) => {
    const user = requireRole(request.user, "moderator", "admin");
    const { reportId } = parseParams(reportParams, request.params);
    await resolveReport(services, request.site, user, reportId, "dismiss", "");
    return redirectWithFlash(reply, "/admin/ideeen/meldingen", "ideas.flash.dismissed");
  });

  const hidePage = async (request: FastifyRequest, id: number, form: FormState) => {
    const { idea, state } = await loadVisibleIdea(services, request, id);
    const ctx = request.pageContext();
    if (state === "hidden") {
      return (
        <Layout ctx={ctx} title={ctx.t("ideas.moderation.restoreTitle")}>
          <h1 class="utrecht-heading-1">{ctx.t("ideas.moderation.restoreTitle")}</h1>
          <p class="utrecht-paragraph">{idea.title}</p>
          <PostButton
            ctx={ctx}
            action={`/admin/ideeen/${id}/tonen`}
            label={ctx.t("ideas.staff.restore")}
            variant="primary"
          />
        </Layout>
      );
    }
    return (
      <SimpleFormPage
        ctx={ctx}
        title={ctx.t("ideas.moderation.hideTitle")}
        intro={idea.title}
        action={`/admin/ideeen/${id}/verbergen`}
        form={form}
        submitLabel={ctx.t("ideas.moderation.hide")}
        back={`/ideeen/${id}`}
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

  app.get("/admin/ideeen/:id/verbergen", async (request, reply) => {
    requireRole(request.user, "moderator", "admin");
    const { id } = parseParams(ideaParams, request.params);
    return sendPage(reply, await hidePage(request, id, emptyForm()));
  });

  app.post("/admin/ideeen/:id/verbergen", async (request, reply) => {
    const user = requireRole(request.user, "moderator", "admin");
    const { id } = parseParams(ideaParams, request.params);
    const result = parseForm(hideForm, request.body);
    if (!result.ok) return sendPage(reply, await hidePage(request, id, result.form), 400);
    await hideIdea(services, request.site, user, id, result.data.publicReason);
    return redirectWithFlash(reply, `/ideeen/${id}`, "ideas.flash.hidden");
  });

  app.post("/admin/ideeen/:id/tonen", async (request, reply) => {
    const user = requireRole(request.user, "moderator", "admin");
    const { id } = parseParams(ideaParams, request.params);
    await restoreIdea(services, request.site, user, id);
    return redirectWithFlash(reply, `/ideeen/${id}`, "ideas.flash.restored");
  });
}
