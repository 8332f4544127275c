// The process settings (the promise) for admins: threshold, periods, whether supports count after
// the threshold, and the council body that receives forwarded ideas; and who may take part.
import type { FastifyInstance, FastifyRequest } from "fastify";
import { audit } from "../../../core/audit/log";
import { redirectWithFlash, sendPage } from "../../../core/http/render";
import { parseForm } from "../../../core/http/validation";
import { requireRole } from "../../../core/permissions/roles";
import type { Services } from "../../../core/services";
import { emptyForm, Field, SelectField, type FormState } from "../../../core/views/forms";
import { processSettingsSchema } from "../domain/settings";
import { registerRuleSettings } from "../../../core/participation/settings-route";
import { IDEA_RULE_DEFAULTS, ideaActionKey } from "../participation";
import { ensureProcess, processSettings, updateProcess } from "../store/processes";
import { SimpleFormPage } from "../views/simple-form-page";

export function registerSettingsRoutes(app: FastifyInstance, services: Services): void {
  // Who may propose, support and comment: the core participation rules' settings page.
  registerRuleSettings(app, services, {
    component: "ideas",
    defaults: () => IDEA_RULE_DEFAULTS,
    actionKey: ideaActionKey,
    levels: ["email", "identity"],
    path: "/admin/ideeen/deelname",
    authorize: (request) => requireRole(request.user, "admin").id,
    loadProcess: async (request) => {
      const p = await ensureProcess(services.db.kysely, request.site, services.clock());
      return { id: p.id, title: p.title, back: "/admin/ideeen/instellingen" };
    },
  });

  const page = (request: FastifyRequest, form: FormState) => {
    const ctx = request.pageContext();
    const t = ctx.t;
    return (
      <SimpleFormPage
        ctx={ctx}
        title={t("ideas.settings.title")}
        intro={
          <>
            {t("ideas.settings.intro")}{" "}
            <a class="utrecht-link" href="/admin/ideeen/deelname">
              {t("participation.settings.title")}
            </a>
          </>
        }
        action="/admin/ideeen/instellingen"
        form={form}
        submitLabel={t("ideas.form.save")}
      >
        <Field ctx={ctx} form={form} name="title" label={t("ideas.settings.processTitle")} maxLength={120} />
        <Field
          ctx={ctx}
          form={form}
          name="threshold"
          type="number"
          inputMode="numeric"
          label={t("ideas.settings.threshold")}
          hint={t("ideas.settings.thresholdHint")}
        />
        <Field
          ctx={ctx}
          form={form}
          name="supportDays"
          type="number"
          inputMode="numeric"
          label={t("ideas.settings.supportDays")}
          hint={t("ideas.settings.supportDaysHint")}
        />
        <Field
          ctx={ctx}
          form={form}
          name="responseDays"
          type="number"
          inputMode="numeric"
          label={t("ideas.settings.responseDays")}
          hint={t("ideas.settings.responseDaysHint")}
        />
        <SelectField
          ctx={ctx}
          form={form}
          name="countAfterThreshold"
          label={t("ideas.settings.countAfter")}
          options={[
            { value: "1", label: t("ideas.settings.countAfterYes") },
            { value: "0", label: t("ideas.settings.countAfterNo") },
          ]}
        />
        <Field ctx={ctx} form={form} name="councilName" label={t("ideas.settings.councilName")} maxLength={120} />
        <Field
          ctx={ctx}
          form={form}
          name="councilEmails"
          label={t("ideas.settings.councilEmails")}
          hint={t("ideas.settings.councilEmailsHint")}
        />
      </SimpleFormPage>
    );
  };

  app.get("/admin/ideeen/instellingen", async (request, reply) => {
    requireRole(request.user, "admin");
    const process = await ensureProcess(services.db.kysely, request.site, services.clock());
    return sendPage(reply, page(request, emptyForm(processSettings(process))));
  });

  app.post("/admin/ideeen/instellingen", async (request, reply) => {
    const user = requireRole(request.user, "admin");
    const result = parseForm(processSettingsSchema, request.body);
    if (!result.ok) return sendPage(reply, page(request, result.form), 400);
    const now = services.clock();
    await services.db.kysely.transaction().execute(async (trx) => {
      const process = await ensureProcess(trx, request.site, now);
      await updateProcess(trx, request.site.id, process.id, result.data);
      await audit(
        trx,
        {
          siteId: request.site.id,
          actorUserId: user.id,
          action: "ideas.settings",
          subject: `process:${process.id}`,
          details: { ...result.data },
        },
        now,
      );
    });
    return redirectWithFlash(reply, "/admin/ideeen/instellingen", "ideas.flash.settingsSaved");
  });
}
