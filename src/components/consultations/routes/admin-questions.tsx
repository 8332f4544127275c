// Adding, editing, moving and deleting a survey's questions. Once the survey has answers only
// texts may change (each change goes to the audit log); anything else is refused with 409.
import type { FastifyInstance, FastifyRequest } from "fastify";
import { audit } from "../../../core/audit/log";
import { conflict, notFound } from "../../../core/http/errors";
import { redirectWithFlash, sendPage } from "../../../core/http/render";
import { formValues } from "../../../core/http/validation";
import { unstorableFields } from "../../../core/http/text-rules";
import type { Services } from "../../../core/services";
import { emptyForm, type FormState } from "../../../core/views/forms";
import { moveQuestion, withoutQuestion } from "../domain/arrange";
import { brokenConditions } from "../domain/check-survey";
import { isQuestionType, questionFromForm, questionValues } from "../domain/question-form";
import type { QuestionType, SurveyPage } from "../domain/questions";
import { checkQuestionEdit, mayChangeStructure } from "../domain/survey-lock";
import { deleteQuestion, insertQuestion, saveArrangement, surveyHasAnswers, updateQuestion } from "../store/surveys";
import type { SurveyRow } from "../store/tables";
import { QuestionFields } from "../views/question-form";
import { SimpleFormPage } from "../views/simple-form-page";
import { coreErrors, idParam, loadSurvey, requireConsultationStaff } from "./load";

type Params = { id: string; qid: string };

export function registerQuestionAdminRoutes(app: FastifyInstance, services: Services): void {
  const db = services.db.kysely;

  function page(
    request: FastifyRequest,
    survey: SurveyRow,
    pages: SurveyPage[],
    pageIndex: number,
    type: QuestionType,
    form: FormState,
    locked: boolean,
  ) {
    const ctx = request.pageContext();
    const title = ctx.t("consultations.builder.questionTitle", { type: ctx.t(`consultations.type.${type}`) });
    return (
      <SimpleFormPage
        ctx={ctx}
        title={title}
        action={request.url}
        form={form}
        submitLabel={ctx.t("consultations.form.save")}
        back={`/admin/vragenlijsten/${survey.id}`}
        intro={locked ? ctx.t("consultations.builder.lockedTexts") : undefined}
      >
        <QuestionFields ctx={ctx} form={form} type={type} earlier={pages.slice(0, pageIndex)} />
      </SimpleFormPage>
    );
  }

  /** The form's question, or the form again with its errors (and the control-character rule). */
  function read(request: FastifyRequest, type: QuestionType, id: number, pages: SurveyPage[], pageIndex: number) {
    const values = formValues(request.body);
    const unstorable = unstorableFields(values);
    const result = questionFromForm(type, values, id, pages, pageIndex);
    if (result.ok && unstorable.length === 0) return { ok: true as const, question: result.question };
    const errors = [
      ...unstorable,
      ...coreErrors(result.ok ? [] : result.errors).filter((e) => !unstorable.some((u) => u.field === e.field)),
    ];
    return { ok: false as const, form: { values, errors } };
  }

  const newTarget = (
    request: FastifyRequest<{ Params: { id: string }; Querystring: Record<string, string | undefined> }>,
    pages: SurveyPage[],
  ) => {
    const body = (request.body ?? {}) as Record<string, unknown>;
    const pageId = Number(request.query.pagina ?? body.pagina);
    const type = String(request.query.soort ?? body.soort ?? "");
    const pageIndex = pages.findIndex((p) => p.id === pageId);
    if (pageIndex < 0 || !isQuestionType(type)) throw notFound();
    return { pageIndex, type };
  };

  app.get<{ Params: { id: string }; Querystring: Record<string, string | undefined> }>(
    "/admin/vragenlijsten/:id/vragen/nieuw",
    async (request, reply) => {
      requireConsultationStaff(request);
      const { survey, pages } = await loadSurvey(services, request, request.params.id);
      const { pageIndex, type } = newTarget(request, pages);
      if (!mayChangeStructure(await surveyHasAnswers(db, survey.id))) throw conflict("consultations.builder.locked");
      const defaults: Record<string, string> = type === "scale" ? { min: "1", max: "5" } : {};
      return sendPage(
        reply,
        page(request, survey, pages, pageIndex, type, emptyForm({ required: "0", ...defaults }), false),
      );
    },
  );

  app.post<{ Params: { id: string }; Querystring: Record<string, string | undefined> }>(
    "/admin/vragenlijsten/:id/vragen/nieuw",
    async (request, reply) => {
      const user = requireConsultationStaff(request);
      const { survey, pages } = await loadSurvey(services, request, request.params.id);
      const { pageIndex, type } = newTarget(request, pages);
      const result = read(request, type, 0, pages, pageIndex);
      if (!result.ok) return sendPage(reply, page(request, survey, pages, pageIndex, type, result.form, false), 400);
      const now = services.clock();
      await db.transaction().execute(async (trx) => {
        if (!mayChangeStructure(await surveyHasAnswers(trx, survey.id))) throw conflict("consultations.builder.locked");
        const id = await insertQuestion(trx, survey.id, pages[pageIndex]!.id, result.question);
        await audit(
          trx,
          {
            siteId: request.site.id,
            actorUserId: user.id,
            action: "consultations.question.added",
            subject: `question:${id}`,
          },
          now,
        );
      });
      return redirectWithFlash(reply, `/admin/vragenlijsten/${survey.id}`, "consultations.flash.saved");
    },
  );

  async function loadQuestion(request: FastifyRequest<{ Params: Params }>) {
    const { survey, pages } = await loadSurvey(services, request, request.params.id);
    const qid = idParam(request.params.qid);
    const pageIndex = pages.findIndex((p) => p.questions.some((q) => q.id === qid));
    if (pageIndex < 0) throw notFound();
    const question = pages[pageIndex]!.questions.find((q) => q.id === qid)!;
    return { survey, pages, pageIndex, question };
  }

  app.get<{ Params: Params }>("/admin/vragenlijsten/:id/vragen/:qid", async (request, reply) => {
    requireConsultationStaff(request);
    const { survey, pages, pageIndex, question } = await loadQuestion(request);
    const locked = await surveyHasAnswers(db, survey.id);
    return sendPage(
      reply,
      page(request, survey, pages, pageIndex, question.type, emptyForm(questionValues(question)), locked),
    );
  });

  app.post<{ Params: Params }>("/admin/vragenlijsten/:id/vragen/:qid", async (request, reply) => {
    const user = requireConsultationStaff(request);
    const { survey, pages, pageIndex, question } = await loadQuestion(request);
    const locked = await surveyHasAnswers(db, survey.id);
    const result = read(request, question.type, question.id, pages, pageIndex);
    if (!result.ok)
      return sendPage(reply, page(request, survey, pages, pageIndex, question.type, result.form, locked), 400);
    const now = services.clock();
    await db.transaction().execute(async (trx) => {
      const check = checkQuestionEdit(question, result.question, await surveyHasAnswers(trx, survey.id));
      if (!check.ok) throw conflict("consultations.builder.locked");
      await updateQuestion(trx, survey.id, result.question);
      const details = { textChanges: check.textChanges };
      await audit(
        trx,
        {
          siteId: request.site.id,
          actorUserId: user.id,
          action: "consultations.question.edited",
          subject: `question:${question.id}`,
          details,
        },
        now,
      );
    });
    return redirectWithFlash(reply, `/admin/vragenlijsten/${survey.id}`, "consultations.flash.saved");
  });

  app.post<{ Params: Params }>("/admin/vragenlijsten/:id/vragen/:qid/verplaatsen", async (request, reply) => {
    requireConsultationStaff(request);
    const { survey, pages, question } = await loadQuestion(request);
    const direction = (request.body as Record<string, unknown> | undefined)?.richting;
    if (direction !== "up" && direction !== "down") throw conflict("consultations.builder.cannotMove");
    const moved = moveQuestion(pages, question.id, direction);
    if (!moved) throw conflict("consultations.builder.cannotMove");
    if (brokenConditions(moved).length) throw conflict("consultations.builder.breaksCondition");
    await db.transaction().execute(async (trx) => {
      if (!mayChangeStructure(await surveyHasAnswers(trx, survey.id))) throw conflict("consultations.builder.locked");
      await saveArrangement(trx, survey.id, moved);
    });
    return redirectWithFlash(reply, `/admin/vragenlijsten/${survey.id}`, "consultations.flash.moved");
  });

  app.post<{ Params: Params }>("/admin/vragenlijsten/:id/vragen/:qid/verwijderen", async (request, reply) => {
    const user = requireConsultationStaff(request);
    const { survey, pages, question } = await loadQuestion(request);
    if (brokenConditions(withoutQuestion(pages, question.id)).length)
      throw conflict("consultations.builder.breaksCondition");
    const now = services.clock();
    await db.transaction().execute(async (trx) => {
      if (!mayChangeStructure(await surveyHasAnswers(trx, survey.id))) throw conflict("consultations.builder.locked");
      await deleteQuestion(trx, survey.id, question.id);
      const details = { label: question.label };
      await audit(
        trx,
        {
          siteId: request.site.id,
          actorUserId: user.id,
          action: "consultations.question.deleted",
          subject: `question:${question.id}`,
          details,
        },
        now,
      );
    });
    return redirectWithFlash(reply, `/admin/vragenlijsten/${survey.id}`, "consultations.flash.deleted");
  });
}
