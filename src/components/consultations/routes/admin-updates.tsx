// Staff post updates on a consultation (a title and a text in the Markdown subset). The update is
// shown on the public page and mailed to the followers after commit (notify/update-mails.ts).
import type { FastifyInstance, FastifyReply, FastifyRequest } from "fastify";
import { z } from "zod";
import { audit } from "../../../core/audit/log";
import { redirectWithFlash, sendPage } from "../../../core/http/render";
import { parseForm } from "../../../core/http/validation";
import { formatDate } from "../../../core/i18n/catalog";
import { queueEvent } from "../../../core/mail/queue";
import type { Services } from "../../../core/services";
import { emptyForm, Field, Form, type FormState } from "../../../core/views/forms";
import { Layout } from "../../../core/views/layout";
import { userLang } from "../../../core/views/user-text";
import { UPDATE_EVENT } from "../notify/update-mails";
import { addUpdate, updatesOf } from "../store/page-parts";
import type { ConsultationRow } from "../store/tables";
import { BackLink } from "../views/staff-nav";
import { loadConsultation, requireConsultationStaff } from "./load";

export const updateSchema = z.object({
  title: z.string().trim().min(3, "consultations.errors.titleShort").max(120, "forms.errors.tooLong"),
  body: z.string().trim().min(1, "forms.errors.required").max(5000, "forms.errors.tooLong"),
});

export function registerUpdateAdminRoutes(app: FastifyInstance, services: Services): void {
  const db = services.db.kysely;

  async function page(request: FastifyRequest, reply: FastifyReply, c: ConsultationRow, form: FormState, status = 200) {
    const ctx = request.pageContext();
    const { t } = ctx;
    const [updates, followers] = await Promise.all([
      updatesOf(db, c.id),
      db
        .selectFrom("consultation_follows")
        .select((e) => e.fn.countAll<number | string>().as("n"))
        .where("consultation_id", "=", c.id)
        .executeTakeFirstOrThrow(),
    ]);
    return sendPage(
      reply,
      <Layout ctx={ctx} title={t("consultations.updates.admin.title")}>
        <h1 class="utrecht-heading-1">{t("consultations.updates.admin.title")}</h1>
        <p class="utrecht-paragraph">{t("consultations.updates.admin.followers", { count: Number(followers.n) })}</p>
        <Form
          ctx={ctx}
          action={`/admin/raadplegingen/${c.id}/berichten`}
          form={form}
          submitLabel={t("consultations.updates.admin.post")}
        >
          <Field
            ctx={ctx}
            form={form}
            name="title"
            label={t("consultations.updates.admin.titleField")}
            maxLength={120}
          />
          <Field
            ctx={ctx}
            form={form}
            name="body"
            label={t("consultations.updates.admin.body")}
            hint={t("consultations.form.bodyHint")}
            multiline
            rows={8}
            maxLength={5000}
          />
        </Form>
        {updates.length ? (
          <>
            <h2 class="utrecht-heading-2">{t("consultations.updates.heading")}</h2>
            <ul class="utrecht-unordered-list">
              {updates.map((u) => (
                <li class="utrecht-unordered-list__item">
                  <span {...userLang(ctx)}>{u.title}</span> ({formatDate(ctx.lang, u.created_at)})
                </li>
              ))}
            </ul>
          </>
        ) : null}
        <BackLink ctx={ctx} href={`/admin/raadplegingen/${c.id}`} labelKey="consultations.admin.backToConsultation" />
      </Layout>,
      status,
    );
  }

  app.get<{ Params: { id: string } }>("/admin/raadplegingen/:id/berichten", async (request, reply) => {
    requireConsultationStaff(request);
    return page(request, reply, await loadConsultation(services, request, request.params.id), emptyForm());
  });

  app.post<{ Params: { id: string } }>("/admin/raadplegingen/:id/berichten", async (request, reply) => {
    const user = requireConsultationStaff(request);
    const c = await loadConsultation(services, request, request.params.id);
    const result = parseForm(updateSchema, request.body);
    if (!result.ok) return page(request, reply, c, result.form, 400);
    const now = services.clock();
    await db.transaction().execute(async (trx) => {
      const id = await addUpdate(trx, c.id, { ...result.data, authorUserId: user.id }, now);
      // Mailed after commit; a draft consultation has no public page to link to, so no mail.
      if (c.published === 1) await queueEvent(trx, request.site.id, UPDATE_EVENT, { updateId: id }, now);
      const entry = { siteId: request.site.id, actorUserId: user.id, subject: `consultation:${c.id}` };
      await audit(trx, { ...entry, action: "consultations.update.posted", details: { title: result.data.title } }, now);
    });
    services.kickOutbox();
    return redirectWithFlash(reply, `/admin/raadplegingen/${c.id}/berichten`, "consultations.updates.flash.posted");
  });
}
