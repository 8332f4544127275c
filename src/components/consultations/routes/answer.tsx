// Residents answering a survey: the start page, the pages (?pagina=N, N among the pages shown to
// this respondent), the summary, sending and the thanks page. Every route asks answer-rules.ts;
// a refusal is the page that explains the rule. Works without JavaScript.
import type { FastifyInstance, FastifyReply, FastifyRequest } from "fastify";
import { badRequest, conflict, notFound } from "../../../core/http/errors";
import { redirectWithFlash, sendPage } from "../../../core/http/render";
import type { Services } from "../../../core/services";
import { consultationAnswerRule, mayAnswer, refuseByRule } from "../answer-rules";
import { type AnswerTarget, type RespondentFacts, savePageAnswers, sendResponse } from "../commands/answer-survey";
import { answerCodeArea, surveyHasCodes } from "../codes/store";
import { answerFormValues } from "../domain/answer-form-values";
import type { FieldError, RawForm } from "../domain/parse-answer";
import type { AnswerValue, SurveyPage } from "../domain/questions";
import { validatePage } from "../domain/validate-page";
import { missingRequired, visiblePages } from "../domain/visibility";
import { getConsultation } from "../store/consultations";
import { areasWithRanges, findResponse, type Respondent, responseAnswers } from "../store/responses";
import { getSurvey, surveyPages } from "../store/surveys";
import { AnswerPage } from "../views/answer-page";
import type { FormValues } from "../views/answer-fields";
import { SummaryPage, SurveyStartPage, ThanksPage } from "../views/survey-pages";
import { idParam } from "./load";
import { codeRespondent, knownRespondent, limitAnonymous, respondentFor } from "./respondent";

type Params = { Params: { id: string }; Querystring: { pagina?: string } };

/** Everything a route needs about the survey and this visitor. */
async function loadAnswering(services: Services, request: FastifyRequest<Params>) {
  const db = services.db.kysely;
  const survey = await getSurvey(db, request.site.id, idParam(request.params.id));
  // A survey that is not published does not exist for residents (staff have the preview).
  if (!survey) throw notFound();
  if (survey.published !== 1) throw notFound();
  const consultation = await getConsultation(db, request.site.id, survey.consultation_id);
  if (!consultation) throw notFound();
  const base = `/vragenlijsten/${survey.id}`;
  const [pages, areas, rule] = await Promise.all([
    surveyPages(db, survey.id),
    areasWithRanges(db, request.site.id),
    consultationAnswerRule(services, request.site, request.user, consultation, base),
  ]);
  const now = services.clock();
  // An entered answer code goes first: the visitor chose to answer with it (answer-rules.ts).
  const byCode = codeRespondent(request, survey.id);
  const codeResponse = byCode ? await findResponse(db, survey.id, byCode) : undefined;
  const verdict = mayAnswer(
    rule,
    request.user,
    { siteId: survey.site_id, published: true, closesOn: survey.closes_on },
    now,
    codeResponse !== undefined,
  );
  const respondent = codeResponse ? byCode : knownRespondent(request, rule.anonymousWelcome);
  const response = codeResponse ?? (respondent ? await findResponse(db, survey.id, respondent) : undefined);
  const answers: Map<number, AnswerValue> = response ? await responseAnswers(db, response.id) : new Map();
  const target: AnswerTarget = { surveyId: survey.id, pages, areas };
  const facts = async (r: Respondent): Promise<RespondentFacts> =>
    r.kind === "code"
      ? { respondent: r, participant: null, codeAreaId: await answerCodeArea(db, codeResponse!.code_id!) }
      : { respondent: r, participant: request.user?.participant ?? null };
  const codes = { taken: await surveyHasCodes(db, survey.id), holder: codeResponse !== undefined };
  return { survey, base, pages, areas, rule, verdict, respondent, response, answers, target, facts, codes };
}
type Answering = Awaited<ReturnType<typeof loadAnswering>>;

/** Throws unless this visitor may answer now: 409 once closed, otherwise the rule's page. */
function requireAnswering(a: Answering): void {
  if (a.verdict.ok) return;
  if (a.verdict.reason === "closed") throw conflict("consultations.errors.closed");
  if (a.verdict.reason === "other-site") throw notFound();
  refuseByRule(a.rule);
}

const areaNames = (a: Answering) => a.areas.map(({ id, name }) => ({ id, name }));

/** The form values of a page from saved answers. */
function savedValues(page: SurveyPage, answers: ReadonlyMap<number, AnswerValue>): FormValues {
  return Object.assign({}, ...page.questions.map((q) => answerFormValues(q, answers.get(q.id))));
}

function renderPage(
  request: FastifyRequest,
  reply: FastifyReply,
  a: Answering,
  shown: SurveyPage[],
  index: number,
  values: FormValues,
  errors: readonly FieldError[],
  savedWithErrors = false,
) {
  const page = (
    <AnswerPage
      ctx={request.pageContext()}
      survey={a.survey}
      page={shown[index]!}
      index={index}
      count={shown.length}
      values={values}
      errors={errors}
      areas={areaNames(a)}
      savedWithErrors={savedWithErrors}
    />
  );
  return sendPage(reply, page, errors.length ? 400 : 200);
}

export function registerAnswerRoutes(app: FastifyInstance, services: Services): void {
  app.get<Params>("/vragenlijsten/:id", async (request, reply) => {
    const a = await loadAnswering(services, request);
    const open = a.verdict.ok || a.verdict.reason !== "closed";
    if (request.query.pagina === undefined || !open) {
      const closedView =
        !open && a.response
          ? { pages: visiblePages(a.pages, a.answers), answers: a.answers, areas: areaNames(a) }
          : undefined;
      return sendPage(
        reply,
        <SurveyStartPage
          ctx={request.pageContext()}
          survey={a.survey}
          rule={a.rule}
          open={open}
          mayAnswer={a.verdict.ok}
          response={a.response}
          codes={a.codes}
          closedView={closedView}
        />,
      );
    }
    requireAnswering(a);
    const shown = visiblePages(a.pages, a.answers);
    const n = /^[1-9]\d{0,3}$/.test(request.query.pagina) ? Number(request.query.pagina) : 0;
    if (n < 1 || n > shown.length) throw notFound();
    return renderPage(request, reply, a, shown, n - 1, savedValues(shown[n - 1]!, a.answers), []);
  });

  app.post<Params>("/vragenlijsten/:id", async (request, reply) => {
    const a = await loadAnswering(services, request);
    requireAnswering(a);
    const form = (request.body ?? {}) as RawForm;
    const action = form.actie === "vorige" || form.actie === "opslaan" ? form.actie : "volgende";
    const shownBefore = visiblePages(a.pages, a.answers);
    const index = shownBefore.findIndex((p) => String(p.id) === form.pagina);
    // A page this respondent is not shown (a forged id, or one an earlier answer hid).
    if (index < 0) throw badRequest("consultations.errors.pageNotShown");
    const page = a.pages.find((p) => p.id === shownBefore[index]!.id)!;
    const earlier = new Map([...a.answers].filter(([id]) => !page.questions.some((q) => q.id === id)));
    const result = validatePage(page, form, { areaIds: a.areas.map((x) => x.id) }, earlier);
    if (result.errors.length && action === "volgende")
      return renderPage(request, reply, a, shownBefore, index, result.kept, result.errors);
    // Saving for later and going back need no answer to required questions, only valid input.
    const errors =
      action === "volgende" ? result.errors : result.errors.filter((e) => e.key !== "consultations.answer.required");
    const respondent =
      a.respondent?.kind === "code" ? a.respondent : respondentFor(request, reply, a.rule.anonymousWelcome);
    await limitAnonymous(services, request, respondent, !a.response);
    const answers = await savePageAnswers(services, a.target, await a.facts(respondent), page.id, result.answers);
    if (errors.length) return renderPage(request, reply, a, shownBefore, index, result.kept, errors, true);
    if (action === "opslaan") return redirectWithFlash(reply, a.base, "consultations.flash.draftSaved");
    const shown = visiblePages(a.pages, answers);
    const at = shown.findIndex((p) => p.id === page.id);
    if (action === "vorige") return reply.redirect(`${a.base}?pagina=${Math.max(1, at)}`, 303);
    return at + 1 < shown.length
      ? reply.redirect(`${a.base}?pagina=${at + 2}`, 303)
      : reply.redirect(`${a.base}/overzicht`, 303);
  });

  const summary = (request: FastifyRequest, a: Answering, refused = false) => {
    const shown = visiblePages(a.pages, a.answers);
    const missing = new Set(missingRequired(a.pages, a.answers).map((q) => q.id));
    return (
      <SummaryPage
        ctx={request.pageContext()}
        survey={a.survey}
        pages={shown}
        answers={a.answers}
        areas={areaNames(a)}
        missing={missing}
        sent={Boolean(a.response?.submitted_at)}
        refused={refused}
      />
    );
  };

  app.get<Params>("/vragenlijsten/:id/overzicht", async (request, reply) => {
    const a = await loadAnswering(services, request);
    if (!a.verdict.ok && a.verdict.reason === "closed") return reply.redirect(a.base, 303);
    requireAnswering(a);
    if (!a.response) return reply.redirect(`${a.base}?pagina=1`, 303);
    return sendPage(reply, summary(request, a));
  });

  app.post<Params>("/vragenlijsten/:id/versturen", async (request, reply) => {
    const a = await loadAnswering(services, request);
    requireAnswering(a);
    const respondent = a.respondent;
    if (!respondent || !a.response) return reply.redirect(`${a.base}?pagina=1`, 303);
    await limitAnonymous(services, request, respondent, false);
    const outcome = await sendResponse(services, a.target, await a.facts(respondent));
    if (!outcome.sent) return sendPage(reply, summary(request, a, true), 400);
    return reply.redirect(`${a.base}/bedankt`, 303);
  });

  app.get<Params>("/vragenlijsten/:id/bedankt", async (request, reply) => {
    const a = await loadAnswering(services, request);
    if (!a.response?.submitted_at) return reply.redirect(a.base, 303);
    return sendPage(reply, <ThanksPage ctx={request.pageContext()} survey={a.survey} />);
  });
}
