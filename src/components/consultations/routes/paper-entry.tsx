// Survey responses on paper (docs/paper.md): staff who manage the survey's results type in one
// filled-in form (/admin/vragenlijsten/:id/papier/invoeren), and correct or remove a paper response
// with a reason (logged). The answers go through the resident flow's parsing and validation
// (validateSurvey: every page in turn, conditions as online); the batch through core/paper's
// fieldset. Bad input: 400 with the message beside each field, everything typed kept, nothing saved.
import type { FastifyInstance, FastifyReply, FastifyRequest } from "fastify";
import { badRequest, conflict, notFound } from "../../../core/http/errors";
import { redirectWithFlash, sendPage } from "../../../core/http/render";
import { unstorableFields } from "../../../core/http/text-rules";
import { formValues } from "../../../core/http/validation";
import { listBatches, paperMeetings } from "../../../core/paper/batches";
import { paperReason } from "../../../core/paper/reason";
import { readSource } from "../../../core/paper/source-form";
import type { Services } from "../../../core/services";
import type { FieldError as CoreFieldError } from "../../../core/http/errors";
import { emptyForm, type FormState } from "../../../core/views/forms";
import {
  correctPaperResponse,
  enterPaperResponse,
  type PaperTarget,
  removePaperResponse,
} from "../commands/paper-response";
import { answerFormValues } from "../domain/answer-form-values";
import type { FieldError, RawForm } from "../domain/parse-answer";
import { allQuestions } from "../domain/questions";
import { questionFields, validateSurvey } from "../domain/validate-page";
import { findPaperResponse, listPaperResponses } from "../store/paper-responses";
import { areasWithRanges, responseAnswers, sentResponses } from "../store/responses";
import type { SurveyRow } from "../store/tables";
import { type AnswersState, PaperCorrectPage, PaperEntryPage } from "../views/paper-entry-page";
import { SimpleFormPage } from "../views/simple-form-page";
import { coreErrors, idParam, loadSurvey, requireConsultationStaff } from "./load";
import { PaperReasonField } from "../../../core/paper/reason-field";

type Params = { Params: { id: string; rid?: string } };

/** The reason of a correction or removal (for the audit log), or the errors beside its field. */
function readReason(values: Record<string, string>): { reason?: string; errors: CoreFieldError[] } {
  const raw = values.reason ?? "";
  const unstorable = unstorableFields({ reason: raw });
  const parsed = paperReason.safeParse(raw);
  if (!parsed.success)
    return { errors: [...unstorable, { field: "reason", messageKey: parsed.error.issues[0]!.message }] };
  return unstorable.length ? { errors: unstorable } : { reason: parsed.data, errors: [] };
}

export function registerPaperEntryRoutes(app: FastifyInstance, services: Services): void {
  const db = services.db.kysely;

  /** The survey (staff of this site only) and what its questions need. */
  async function load(request: FastifyRequest<Params>) {
    requireConsultationStaff(request);
    const { survey, pages } = await loadSurvey(services, request, request.params.id);
    const areas = await areasWithRanges(db, request.site.id);
    const target: PaperTarget = { siteId: request.site.id, surveyId: survey.id, pages, areas };
    return { survey, target, areaNames: areas.map(({ id, name }) => ({ id, name })) };
  }
  type Loaded = Awaited<ReturnType<typeof load>>;

  /**
   * The answers as the resident flow reads them, text that cannot be stored (control characters)
   * refused beside its field, and a form with nothing filled in refused too.
   */
  function validate(l: Loaded, body: unknown) {
    const form = (body ?? {}) as RawForm;
    const result = validateSurvey(l.target.pages, form, { areaIds: l.target.areas.map((a) => a.id) });
    const questions = allQuestions(l.target.pages);
    const fields = questions.flatMap(questionFields);
    const typed = Object.fromEntries(fields.filter((f) => f in form).map((f) => [f, form[f]]));
    for (const e of unstorableFields(typed)) result.errors.push({ field: e.field, key: e.messageKey });
    const first = questions[0];
    if (!result.errors.length && result.answers.size === 0 && first)
      result.errors.push({ field: questionFields(first)[0]!, key: "paper.surveyEntry.empty" });
    return result;
  }

  const answersState = (l: Loaded, values: AnswersState["values"], errors: readonly FieldError[]): AnswersState => ({
    pages: l.target.pages,
    areas: l.areaNames,
    values,
    errors,
  });

  async function entryPage(
    request: FastifyRequest<Params>,
    reply: FastifyReply,
    l: Loaded,
    form: FormState,
    answers: AnswersState,
  ) {
    const [sent, items, batches, meetings] = await Promise.all([
      sentResponses(db, l.survey.id),
      listPaperResponses(db, l.survey.id),
      listBatches(db, request.site.id),
      paperMeetings(services, request.site.id),
    ]);
    const counts = { total: sent.length, paper: sent.filter((r) => r.source === "paper").length };
    const page = (
      <PaperEntryPage
        ctx={request.pageContext()}
        survey={l.survey}
        counts={counts}
        items={items}
        batches={batches}
        meetings={meetings}
        form={form}
        answers={answers}
      />
    );
    return sendPage(reply, page, form.errors.length ? 400 : 200);
  }

  app.get<Params>("/admin/vragenlijsten/:id/papier/invoeren", async (request, reply) => {
    const l = await load(request);
    return entryPage(request, reply, l, emptyForm(), answersState(l, {}, []));
  });

  app.post<Params>("/admin/vragenlijsten/:id/papier/invoeren", async (request, reply) => {
    const l = await load(request);
    // A draft is still being built: an answer would freeze its questions (survey-lock.ts).
    if (l.survey.published !== 1) throw conflict("paper.surveyEntry.draft");
    const values = formValues(request.body);
    const [batches, meetings] = await Promise.all([
      listBatches(db, request.site.id),
      paperMeetings(services, request.site.id),
    ]);
    const source = readSource(values, batches, meetings);
    const result = validate(l, request.body);
    const answerErrors = result.errors;
    const unstorable = unstorableFields({ batchLabel: values.batchLabel ?? "" });
    const errors = [...unstorable, ...(source.ok ? [] : source.errors), ...coreErrors(answerErrors)];
    if (errors.length || !source.ok)
      return entryPage(request, reply, l, { values, errors }, answersState(l, result.kept, answerErrors));
    const id = await enterPaperResponse(services, l.target, request.user!, source.source, result.answers);
    if (id === null) throw badRequest("paper.errors.batch");
    return redirectWithFlash(reply, `/admin/vragenlijsten/${l.survey.id}/papier/invoeren`, "paper.surveyEntry.saved");
  });

  /** A paper response of this survey in the address (404 for an online one, or another survey's). */
  async function loadResponse(request: FastifyRequest<Params>) {
    const l = await load(request);
    const response = await findPaperResponse(db, l.survey.id, idParam(request.params.rid));
    if (!response) throw notFound();
    return { ...l, response };
  }

  const correctPage = (
    request: FastifyRequest<Params>,
    reply: FastifyReply,
    survey: SurveyRow,
    responseId: number,
    form: FormState,
    answers: AnswersState,
  ) =>
    sendPage(
      reply,
      <PaperCorrectPage
        ctx={request.pageContext()}
        survey={survey}
        responseId={responseId}
        form={form}
        answers={answers}
      />,
      form.errors.length ? 400 : 200,
    );

  app.get<Params>("/admin/vragenlijsten/:id/papier/:rid/corrigeren", async (request, reply) => {
    const l = await loadResponse(request);
    const saved = await responseAnswers(db, l.response.id);
    const values = Object.assign({}, ...allQuestions(l.target.pages).map((q) => answerFormValues(q, saved.get(q.id))));
    return correctPage(request, reply, l.survey, l.response.id, emptyForm(), answersState(l, values, []));
  });

  app.post<Params>("/admin/vragenlijsten/:id/papier/:rid/corrigeren", async (request, reply) => {
    const l = await loadResponse(request);
    const values = formValues(request.body);
    const result = validate(l, request.body);
    const { reason, errors: reasonErrors } = readReason(values);
    const errors = [...coreErrors(result.errors), ...reasonErrors];
    if (errors.length || reason === undefined) {
      const form = { values: { reason: values.reason ?? "" }, errors };
      return correctPage(request, reply, l.survey, l.response.id, form, answersState(l, result.kept, result.errors));
    }
    if (!(await correctPaperResponse(services, l.target, request.user!, l.response.id, result.answers, reason)))
      throw notFound();
    return redirectWithFlash(
      reply,
      `/admin/vragenlijsten/${l.survey.id}/papier/invoeren`,
      "paper.surveyEntry.corrected",
    );
  });

  const removePage = async (request: FastifyRequest<Params>, reply: FastifyReply, form: FormState, status = 200) => {
    const l = await loadResponse(request);
    const t = request.t;
    const base = `/admin/vragenlijsten/${l.survey.id}/papier`;
    return sendPage(
      reply,
      <SimpleFormPage
        ctx={request.pageContext()}
        title={t("paper.surveyEntry.removeTitle", { number: l.response.id })}
        intro={t("paper.surveyEntry.removeIntro")}
        action={`${base}/${l.response.id}/verwijderen`}
        form={form}
        submitLabel={t("paper.remove.submit")}
        back={`${base}/invoeren`}
      >
        <PaperReasonField ctx={request.pageContext()} form={form} />
      </SimpleFormPage>,
      status,
    );
  };

  app.get<Params>("/admin/vragenlijsten/:id/papier/:rid/verwijderen", (request, reply) =>
    removePage(request, reply, emptyForm()),
  );

  app.post<Params>("/admin/vragenlijsten/:id/papier/:rid/verwijderen", async (request, reply) => {
    const l = await loadResponse(request);
    const values = formValues(request.body);
    const { reason, errors } = readReason(values);
    if (reason === undefined)
      return removePage(request, reply, { values: { reason: values.reason ?? "" }, errors }, 400);
    if (!(await removePaperResponse(services, l.target, request.user!, l.response.id, reason))) throw notFound();
    return redirectWithFlash(reply, `/admin/vragenlijsten/${l.survey.id}/papier/invoeren`, "paper.surveyEntry.removed");
  });
}
