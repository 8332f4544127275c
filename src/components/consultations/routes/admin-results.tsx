// Staff results of a survey: the results page with its filters, the "public while open" setting,
// the CSV export, and the open answers of a text question with moderation and themes. Every write
// has a CSRF token (checked by core), is audited in its own transaction, and answers bad input
// with 400 and the message beside the field.
import type { FastifyInstance, FastifyReply, FastifyRequest } from "fastify";
import { audit } from "../../../core/audit/log";
import { writeCsv } from "../../../core/csv";
import type { Executor } from "../../../core/db/database";
import { conflict, HttpError, notFound } from "../../../core/http/errors";
import { redirectWithFlash, sendPage } from "../../../core/http/render";
import { formValues, parseForm } from "../../../core/http/validation";
import type { Services } from "../../../core/services";
import type { FormState } from "../../../core/views/forms";
import { resultsPublic, surveyPublicity } from "../domain/publicity";
import { allQuestions, type Question } from "../domain/questions";
import { LEVELS, levelOf, parseResultFilter } from "../domain/result-filters";
import { responsesCsvRows } from "../domain/responses-csv";
import { surveyOpen } from "../domain/timeline";
import {
  createTheme,
  findAnswer,
  hideAnswer,
  openAnswers,
  setAnswerThemes,
  showAnswer,
  surveyThemes,
} from "../store/open-answers";
import { setResultsPublic } from "../store/results-settings";
import type { SurveyRow } from "../store/tables";
import { OpenAnswersPage } from "../views/open-answers-page";
import { StaffResultsPage } from "../views/results-page";
import { idParam, loadSurvey, requireConsultationStaff } from "./load";
import { loadResults } from "./results-data";
import { hideAnswerSchema, resultsPublicSchema, themeSchema } from "./schemas";

const PAGE_SIZE = 50;

type Params = { id: string; qid: string; rid: string };
type AuditEntry = Parameters<typeof audit>[1];

export function registerResultsAdminRoutes(app: FastifyInstance, services: Services): void {
  const db = services.db.kysely;

  const auditIn = (trx: Executor, request: FastifyRequest, entry: Omit<AuditEntry, "siteId" | "actorUserId">) =>
    audit(trx, { ...entry, siteId: request.site.id, actorUserId: request.user!.id }, services.clock());

  app.get<{ Params: { id: string }; Querystring: Record<string, unknown> }>(
    "/admin/vragenlijsten/:id/resultaten",
    async (request, reply) => {
      requireConsultationStaff(request);
      const { survey, pages } = await loadSurvey(services, request, request.params.id);
      const areas = await db.selectFrom("areas").select("id").where("site_id", "=", request.site.id).execute();
      const { filter, errors } = parseResultFilter(
        request.query ?? {},
        areas.map((a) => a.id),
      );
      const data = await loadResults(db, request.site.id, survey.id, pages, errors.length ? {} : filter, false);
      const filterForm: FormState = {
        values: formValues(request.query),
        errors: errors.map((e) => ({ field: e.field, messageKey: e.key })),
      };
      const now = services.clock();
      const levelCounts = Object.fromEntries(LEVELS.map((l) => [l, data.all.filter((r) => levelOf(r) === l).length]));
      const page = (
        <StaffResultsPage
          ctx={request.pageContext()}
          survey={survey}
          respondents={data.report.respondents}
          paperRespondents={data.paperRespondents}
          questions={data.report.questions}
          areaNames={data.areaNames}
          open={surveyOpen({ published: survey.published === 1, closesOn: survey.closes_on }, now)}
          total={data.all.length}
          filterForm={filterForm}
          filtered={!errors.length && (filter.areaId !== undefined || filter.level !== undefined)}
          areaCounts={data.areas.map((a) => ({ ...a, count: data.all.filter((r) => r.area_id === a.id).length }))}
          levelCounts={levelCounts as Record<(typeof LEVELS)[number], number>}
          publicNow={resultsPublic(surveyPublicity(survey), now)}
        />
      );
      return sendPage(reply, page, errors.length ? 400 : 200);
    },
  );

  app.post<{ Params: { id: string } }>("/admin/vragenlijsten/:id/resultaten/openbaar", async (request, reply) => {
    requireConsultationStaff(request);
    const { survey } = await loadSurvey(services, request, request.params.id);
    const result = parseForm(resultsPublicSchema, request.body);
    if (!result.ok) throw new HttpError(400, "consultations.results.badSetting");
    await db.transaction().execute(async (trx) => {
      await setResultsPublic(trx, survey.id, result.data.openbaar, services.clock());
      await auditIn(trx, request, {
        action: "consultations.survey.resultsPublic",
        subject: `survey:${survey.id}`,
        details: { public: result.data.openbaar },
      });
    });
    return redirectWithFlash(reply, `/admin/vragenlijsten/${survey.id}/resultaten`, "consultations.flash.saved");
  });

  app.get<{ Params: { id: string } }>("/admin/vragenlijsten/:id/antwoorden.csv", async (request, reply) => {
    requireConsultationStaff(request);
    const { survey, pages } = await loadSurvey(services, request, request.params.id);
    const data = await loadResults(db, request.site.id, survey.id, pages, {}, false);
    const csv = writeCsv(responsesCsvRows(allQuestions(pages), data.responses, data.areaNames));
    return reply
      .type("text/csv; charset=utf-8")
      .header("Content-Disposition", `attachment; filename="vragenlijst-${survey.id}-antwoorden.csv"`)
      .header("Cache-Control", "no-store")
      .send(csv);
  });

  /** The survey, the text question of it in the address, and the page of answers to show. */
  async function loadOpenQuestion(request: FastifyRequest<{ Params: Partial<Params> }>) {
    requireConsultationStaff(request);
    const { survey, pages } = await loadSurvey(services, request, request.params.id);
    const qid = idParam(request.params.qid);
    const question = allQuestions(pages).find((q) => q.id === qid);
    if (!question || (question.type !== "shortText" && question.type !== "longText")) throw notFound();
    return { survey, question };
  }

  async function renderOpenAnswers(
    reply: FastifyReply,
    request: FastifyRequest,
    survey: SurveyRow,
    question: Question,
    pageParam: unknown,
    form?: FormState,
    status = 200,
  ) {
    const [answers, themes] = await Promise.all([openAnswers(db, survey.id, question.id), surveyThemes(db, survey.id)]);
    const pages = Math.max(1, Math.ceil(answers.length / PAGE_SIZE));
    const asked = typeof pageParam === "string" && /^[1-9]\d{0,4}$/.test(pageParam) ? Number(pageParam) : 1;
    const page = Math.min(asked, pages);
    return sendPage(
      reply,
      <OpenAnswersPage
        ctx={request.pageContext()}
        survey={survey}
        question={question}
        answers={answers.slice((page - 1) * PAGE_SIZE, page * PAGE_SIZE)}
        total={answers.length}
        page={page}
        pages={pages}
        themes={themes}
        form={form}
      />,
      status,
    );
  }

  /** The page of the list an answer is on, to return to it after a change. */
  async function backTo(survey: SurveyRow, question: Question, responseId?: number) {
    const base = `/admin/vragenlijsten/${survey.id}/open-antwoorden/${question.id}`;
    if (responseId === undefined) return base;
    const answers = await openAnswers(db, survey.id, question.id);
    const page = Math.floor(answers.findIndex((a) => a.responseId === responseId) / PAGE_SIZE) + 1;
    return `${base}${page > 1 ? `?pagina=${page}` : ""}#antwoord-${responseId}`;
  }

  app.get<{ Params: Params; Querystring: { pagina?: string } }>(
    "/admin/vragenlijsten/:id/open-antwoorden/:qid",
    async (request, reply) => {
      const { survey, question } = await loadOpenQuestion(request);
      return renderOpenAnswers(reply, request, survey, question, request.query.pagina);
    },
  );

  app.post<{ Params: Params }>("/admin/vragenlijsten/:id/open-antwoorden/:qid/thema-nieuw", async (request, reply) => {
    const { survey, question } = await loadOpenQuestion(request);
    const result = parseForm(themeSchema, request.body);
    const taken =
      result.ok &&
      (await surveyThemes(db, survey.id)).some((t) => t.name.toLowerCase() === result.data.naam.toLowerCase());
    if (!result.ok || taken) {
      const form = result.ok
        ? {
            values: formValues(request.body),
            errors: [{ field: "naam", messageKey: "consultations.openAnswers.themeTaken" }],
          }
        : result.form;
      return renderOpenAnswers(reply, request, survey, question, undefined, form, 400);
    }
    await db.transaction().execute(async (trx) => {
      const id = await createTheme(trx, survey.id, result.data.naam, services.clock());
      await auditIn(trx, request, {
        action: "consultations.theme.created",
        subject: `survey:${survey.id}`,
        details: { theme: id, name: result.data.naam },
      });
    });
    return redirectWithFlash(reply, await backTo(survey, question), "consultations.flash.themeAdded");
  });

  /** The answer in the address: a sent answer to this question (404 otherwise). */
  async function loadAnswer(request: FastifyRequest<{ Params: Params }>) {
    const { survey, question } = await loadOpenQuestion(request);
    const responseId = idParam(request.params.rid);
    const answer = await findAnswer(db, survey.id, question.id, responseId);
    if (!answer) throw notFound();
    return { survey, question, responseId, hiddenReason: answer.reason };
  }

  app.post<{ Params: Params }>(
    "/admin/vragenlijsten/:id/open-antwoorden/:qid/:rid/verbergen",
    async (request, reply) => {
      const { survey, question, responseId, hiddenReason } = await loadAnswer(request);
      if (hiddenReason !== null) throw conflict("consultations.openAnswers.alreadyHidden");
      const result = parseForm(hideAnswerSchema, request.body);
      if (!result.ok) {
        const field = `reden-${responseId}`;
        const form = {
          values: { [field]: result.form.values.reden ?? "" },
          errors: result.form.errors.map((e) => ({ ...e, field })),
        };
        return renderOpenAnswers(reply, request, survey, question, undefined, form, 400);
      }
      await db.transaction().execute(async (trx) => {
        await hideAnswer(
          trx,
          { responseId, questionId: question.id, reason: result.data.reden, userId: request.user!.id },
          services.clock(),
        );
        await auditIn(trx, request, {
          action: "consultations.answer.hidden",
          subject: `survey-answer:${responseId}:${question.id}`,
          details: { reason: result.data.reden },
        });
      });
      return redirectWithFlash(reply, await backTo(survey, question, responseId), "consultations.flash.answerHidden");
    },
  );

  app.post<{ Params: Params }>("/admin/vragenlijsten/:id/open-antwoorden/:qid/:rid/tonen", async (request, reply) => {
    const { survey, question, responseId, hiddenReason } = await loadAnswer(request);
    if (hiddenReason === null) throw conflict("consultations.openAnswers.notHidden");
    await db.transaction().execute(async (trx) => {
      await showAnswer(trx, responseId, question.id);
      await auditIn(trx, request, {
        action: "consultations.answer.shown",
        subject: `survey-answer:${responseId}:${question.id}`,
        details: { reason: hiddenReason },
      });
    });
    return redirectWithFlash(reply, await backTo(survey, question, responseId), "consultations.flash.answerShown");
  });

  app.post<{ Params: Params }>("/admin/vragenlijsten/:id/open-antwoorden/:qid/:rid/themas", async (request, reply) => {
    const { survey, question, responseId } = await loadAnswer(request);
    const themes = await surveyThemes(db, survey.id);
    const raw =
      request.body && typeof request.body === "object" ? (request.body as Record<string, unknown>).thema : undefined;
    const list = Array.isArray(raw) ? raw : raw === undefined ? [] : [raw];
    const ids = list.map((v) => (typeof v === "string" && /^[1-9]\d{0,9}$/.test(v) ? Number(v) : 0));
    if (ids.some((id) => !themes.some((t) => t.id === id))) {
      const form = {
        values: {},
        errors: [{ field: `themas-${responseId}`, messageKey: "consultations.openAnswers.unknownTheme" }],
      };
      return renderOpenAnswers(reply, request, survey, question, undefined, form, 400);
    }
    const chosen = [...new Set(ids)];
    await db.transaction().execute(async (trx) => {
      await setAnswerThemes(trx, responseId, question.id, chosen);
      await auditIn(trx, request, {
        action: "consultations.answer.tagged",
        subject: `survey-answer:${responseId}:${question.id}`,
        details: {
          themes: themes
            .filter((t) => chosen.includes(t.id))
            .map((t) => t.name)
            .join(", "),
        },
      });
    });
    return redirectWithFlash(reply, await backTo(survey, question, responseId), "consultations.flash.themesSaved");
  });
}
