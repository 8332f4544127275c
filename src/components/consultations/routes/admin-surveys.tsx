// Staff pages for a survey: creating one in a consultation, its settings, the builder overview,
// adding a page, and the preview.
import type { FastifyInstance, FastifyRequest } from "fastify";
import { audit } from "../../../core/audit/log";
import { conflict } from "../../../core/http/errors";
import { redirectWithFlash, sendPage } from "../../../core/http/render";
import { parseForm } from "../../../core/http/validation";
import type { Services } from "../../../core/services";
import { emptyForm, type FormState } from "../../../core/views/forms";
import { mayChangeStructure } from "../domain/survey-lock";
import { addPage, createSurvey, surveyHasAnswers, updateSurvey } from "../store/surveys";
import { siteAreas } from "../store/consultations";
import { BuilderPage } from "../views/builder-page";
import { PreviewPage } from "../views/preview-page";
import { SimpleFormPage } from "../views/simple-form-page";
import { SurveyFields } from "../views/survey-form";
import { loadConsultation, loadSurvey, requireConsultationStaff } from "./load";
import { surveySchema } from "./schemas";

export function registerSurveyAdminRoutes(app: FastifyInstance, services: Services): void {
  const db = services.db.kysely;

  const settingsPage = (request: FastifyRequest, form: FormState, action: string, back: string) => {
    const ctx = request.pageContext();
    return (
      <SimpleFormPage
        ctx={ctx}
        title={ctx.t("consultations.survey.settingsTitle")}
        action={action}
        form={form}
        submitLabel={ctx.t("consultations.form.save")}
        back={back}
      >
        <SurveyFields ctx={ctx} form={form} />
      </SimpleFormPage>
    );
  };

  app.get<{ Params: { id: string } }>("/admin/raadplegingen/:id/vragenlijst-nieuw", async (request, reply) => {
    requireConsultationStaff(request);
    const c = await loadConsultation(services, request, request.params.id);
    const form = emptyForm({ published: "0" });
    return sendPage(reply, settingsPage(request, form, request.url, `/admin/raadplegingen/${c.id}`));
  });

  app.post<{ Params: { id: string } }>("/admin/raadplegingen/:id/vragenlijst-nieuw", async (request, reply) => {
    const user = requireConsultationStaff(request);
    const c = await loadConsultation(services, request, request.params.id);
    const result = parseForm(surveySchema, request.body);
    if (!result.ok)
      return sendPage(reply, settingsPage(request, result.form, request.url, `/admin/raadplegingen/${c.id}`), 400);
    const now = services.clock();
    const id = await db.transaction().execute(async (trx) => {
      const id = await createSurvey(trx, request.site.id, c.id, result.data, now);
      await audit(
        trx,
        {
          siteId: request.site.id,
          actorUserId: user.id,
          action: "consultations.survey.created",
          subject: `survey:${id}`,
        },
        now,
      );
      return id;
    });
    return redirectWithFlash(reply, `/admin/vragenlijsten/${id}`, "consultations.flash.saved");
  });

  app.get<{ Params: { id: string } }>("/admin/vragenlijsten/:id", async (request, reply) => {
    requireConsultationStaff(request);
    const { survey, pages } = await loadSurvey(services, request, request.params.id);
    const locked = !mayChangeStructure(await surveyHasAnswers(db, survey.id));
    return sendPage(reply, <BuilderPage ctx={request.pageContext()} survey={survey} pages={pages} locked={locked} />);
  });

  app.get<{ Params: { id: string } }>("/admin/vragenlijsten/:id/instellingen", async (request, reply) => {
    requireConsultationStaff(request);
    const { survey } = await loadSurvey(services, request, request.params.id);
    const values = {
      title: survey.title,
      intro: survey.intro,
      closesOn: survey.closes_on,
      published: String(survey.published),
    };
    return sendPage(reply, settingsPage(request, emptyForm(values), request.url, `/admin/vragenlijsten/${survey.id}`));
  });

  app.post<{ Params: { id: string } }>("/admin/vragenlijsten/:id/instellingen", async (request, reply) => {
    const user = requireConsultationStaff(request);
    const { survey } = await loadSurvey(services, request, request.params.id);
    const result = parseForm(surveySchema, request.body);
    if (!result.ok)
      return sendPage(reply, settingsPage(request, result.form, request.url, `/admin/vragenlijsten/${survey.id}`), 400);
    const now = services.clock();
    await db.transaction().execute(async (trx) => {
      await updateSurvey(trx, request.site.id, survey.id, result.data, now);
      const details = { closesOn: result.data.closesOn, published: result.data.published };
      await audit(
        trx,
        {
          siteId: request.site.id,
          actorUserId: user.id,
          action: "consultations.survey.updated",
          subject: `survey:${survey.id}`,
          details,
        },
        now,
      );
    });
    return redirectWithFlash(reply, `/admin/vragenlijsten/${survey.id}`, "consultations.flash.saved");
  });

  app.post<{ Params: { id: string } }>("/admin/vragenlijsten/:id/paginas", async (request, reply) => {
    requireConsultationStaff(request);
    const { survey } = await loadSurvey(services, request, request.params.id);
    await db.transaction().execute(async (trx) => {
      if (!mayChangeStructure(await surveyHasAnswers(trx, survey.id))) throw conflict("consultations.builder.locked");
      await addPage(trx, survey.id, "");
    });
    return redirectWithFlash(reply, `/admin/vragenlijsten/${survey.id}`, "consultations.flash.pageAdded");
  });

  app.get<{ Params: { id: string }; Querystring: { pagina?: string } }>(
    "/admin/vragenlijsten/:id/voorbeeld",
    async (request, reply) => {
      requireConsultationStaff(request);
      const { survey, pages } = await loadSurvey(services, request, request.params.id);
      const n = Number(request.query.pagina ?? "1");
      const index = Number.isInteger(n) && n >= 1 && n <= pages.length ? n - 1 : 0;
      const areas = await siteAreas(db, request.site.id);
      return sendPage(
        reply,
        <PreviewPage ctx={request.pageContext()} survey={survey} pages={pages} index={index} areas={areas} />,
      );
    },
  );
}
