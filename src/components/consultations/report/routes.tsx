// The participation report's pages: staff write it at /admin/raadplegingen/{id}/verslag (the
// figures beside the form are counted live), publish or withdraw it; residents read the published
// report at /raadplegingen/{id}/verslag, which prints as an A4 document.
import type { FastifyInstance, FastifyRequest } from "fastify";
import { notFound } from "../../../core/http/errors";
import { redirectWithFlash, sendPage } from "../../../core/http/render";
import { formWithErrors } from "../../../core/http/validation";
import type { Services } from "../../../core/services";
import { emptyForm, type FormState, PostButton } from "../../../core/views/forms";
import { Layout } from "../../../core/views/layout";
import { coreErrors, loadConsultation, loadPublishedConsultation, requireConsultationStaff } from "../routes/load";
import { siteAreas } from "../store/consultations";
import { surveysOf } from "../store/surveys";
import type { ConsultationRow } from "../store/tables";
import { BackLink } from "../views/staff-nav";
import { publishReport, reportPath, withdrawReport, writeReport } from "./commands";
import { reportFigures } from "./figures";
import { missingForPublication, parseReportForm, reportFormValues } from "./report";
import { loadReport, responseGroups } from "./store";
import { type FigureNames, PublicReportPage, ReportFiguresView, ReportForm } from "./views";

const staffPath = (id: number) => `/admin/raadplegingen/${id}/verslag`;

/** The report's figures and the names to show them with. */
async function figuresOf(services: Services, c: ConsultationRow) {
  const db = services.db.kysely;
  const [groups, surveys, areas] = await Promise.all([
    responseGroups(db, c.id),
    surveysOf(db, c.id),
    siteAreas(db, c.site_id),
  ]);
  const names: FigureNames = {
    areas: new Map(areas.map((a) => [a.id, a.name])),
    surveys: new Map(surveys.map((s) => [s.id, s.title])),
  };
  return {
    figures: reportFigures(
      groups,
      surveys.map((s) => s.id),
    ),
    names,
  };
}

/** The number of point rows the form shows: every row the staff filled in, plus empty ones. */
const rowsIn = (form: FormState) => Object.keys(form.values).filter((k) => /^point\d+$/.test(k)).length;

export function registerReportRoutes(app: FastifyInstance, services: Services): void {
  const db = services.db.kysely;

  async function staffPage(request: FastifyRequest, c: ConsultationRow, form?: FormState) {
    const ctx = request.pageContext();
    const t = ctx.t;
    const report = await loadReport(db, c.id);
    const shown = form ?? emptyForm(reportFormValues(report));
    const { figures, names } = await figuresOf(services, c);
    const title = t("consultations.report.staffTitle", { title: c.title });
    return (
      <Layout ctx={ctx} title={title}>
        <h1 class="utrecht-heading-1">{title}</h1>
        <p class="utrecht-paragraph">
          {report?.publishedAt ? (
            <>
              {t("consultations.report.isPublished")}{" "}
              <a class="utrecht-link" href={reportPath(c.id)}>
                {t("consultations.report.view")}
              </a>
            </>
          ) : (
            t("consultations.report.notPublished")
          )}
        </p>
        <ReportForm ctx={ctx} form={shown} action={staffPath(c.id)} rows={rowsIn(shown)} />
        <ReportFiguresView ctx={ctx} figures={figures} names={names} />
        <h2 class="utrecht-heading-2">{t("consultations.report.publication")}</h2>
        {report?.publishedAt ? (
          <PostButton ctx={ctx} action={`${staffPath(c.id)}/intrekken`} label={t("consultations.report.withdraw")} />
        ) : (
          <>
            <p class="utrecht-paragraph">{t("consultations.report.publishHint")}</p>
            <PostButton
              ctx={ctx}
              action={`${staffPath(c.id)}/publiceren`}
              label={t("consultations.report.publish")}
              variant="primary"
            />
          </>
        )}
        <BackLink ctx={ctx} href={`/admin/raadplegingen/${c.id}`} labelKey="consultations.report.backToConsultation" />
      </Layout>
    );
  }

  app.get<{ Params: { id: string } }>("/admin/raadplegingen/:id/verslag", async (request, reply) => {
    requireConsultationStaff(request);
    const c = await loadConsultation(services, request, request.params.id);
    return sendPage(reply, await staffPage(request, c));
  });

  app.post<{ Params: { id: string } }>("/admin/raadplegingen/:id/verslag", async (request, reply) => {
    const user = requireConsultationStaff(request);
    const c = await loadConsultation(services, request, request.params.id);
    const { report, errors } = parseReportForm((request.body ?? {}) as Record<string, unknown>);
    if (errors.length)
      return sendPage(reply, await staffPage(request, c, formWithErrors(request.body, coreErrors(errors))), 400);
    await writeReport(services, request.site, user, c, report);
    return redirectWithFlash(reply, staffPath(c.id), "consultations.report.flash.saved");
  });

  app.post<{ Params: { id: string } }>("/admin/raadplegingen/:id/verslag/publiceren", async (request, reply) => {
    const user = requireConsultationStaff(request);
    const c = await loadConsultation(services, request, request.params.id);
    const report = await loadReport(db, c.id);
    const missing = missingForPublication(report);
    if (missing.length) {
      const errors = missing.map((field) =>
        field === "points"
          ? { field: "point1", messageKey: "consultations.report.errors.noPoints" }
          : { field, messageKey: "consultations.report.errors.neededToPublish" },
      );
      const form = formWithErrors(reportFormValues(report), errors);
      return sendPage(reply, await staffPage(request, c, form), 400);
    }
    await publishReport(services, request.site, user, c);
    return redirectWithFlash(reply, staffPath(c.id), "consultations.report.flash.published");
  });

  app.post<{ Params: { id: string } }>("/admin/raadplegingen/:id/verslag/intrekken", async (request, reply) => {
    const user = requireConsultationStaff(request);
    const c = await loadConsultation(services, request, request.params.id);
    await withdrawReport(services, request.site, user, c);
    return redirectWithFlash(reply, staffPath(c.id), "consultations.report.flash.withdrawn");
  });

  app.get<{ Params: { id: string } }>("/raadplegingen/:id/verslag", async (request, reply) => {
    const c = await loadPublishedConsultation(services, request, request.params.id);
    const report = await loadReport(db, c.id);
    if (!report?.publishedAt) throw notFound();
    const { figures, names } = await figuresOf(services, c);
    return sendPage(
      reply,
      <PublicReportPage
        ctx={request.pageContext()}
        title={c.title}
        consultationPath={`/raadplegingen/${c.id}`}
        report={{ ...report, publishedAt: report.publishedAt }}
        figures={figures}
        names={names}
      />,
    );
  });
}
