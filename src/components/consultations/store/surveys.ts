// Surveys, their pages and questions. A question is stored as its type plus the rest of the
// domain's Question as JSON (spec); rows become Questions only here.
import type { Executor } from "../../../core/db/database";
import { iso } from "../../../core/db/time";
import type { Question, SurveyPage } from "../domain/questions";
import "./tables";

export interface SurveyInput {
  title: string;
  intro: string;
  closesOn: string;
  published: boolean;
}

export function getSurvey(db: Executor, siteId: number, id: number) {
  return db.selectFrom("surveys").selectAll().where("site_id", "=", siteId).where("id", "=", id).executeTakeFirst();
}

export function surveysOf(db: Executor, consultationId: number) {
  return db.selectFrom("surveys").selectAll().where("consultation_id", "=", consultationId).orderBy("id").execute();
}

/** A new survey with one empty page. */
export async function createSurvey(
  trx: Executor,
  siteId: number,
  consultationId: number,
  input: SurveyInput,
  now: Date,
): Promise<number> {
  const { id } = await trx
    .insertInto("surveys")
    .values({
      site_id: siteId,
      consultation_id: consultationId,
      title: input.title,
      intro: input.intro,
      closes_on: input.closesOn,
      published: input.published ? 1 : 0,
      created_at: iso(now),
      updated_at: iso(now),
    })
    .returning("id")
    .executeTakeFirstOrThrow();
  await addPage(trx, id, "");
  return id;
}

export async function updateSurvey(trx: Executor, siteId: number, id: number, input: SurveyInput, now: Date) {
  await trx
    .updateTable("surveys")
    .set({
      title: input.title,
      intro: input.intro,
      closes_on: input.closesOn,
      published: input.published ? 1 : 0,
      updated_at: iso(now),
    })
    .where("site_id", "=", siteId)
    .where("id", "=", id)
    .execute();
}

export async function addPage(trx: Executor, surveyId: number, title: string): Promise<number> {
  const last = await trx
    .selectFrom("survey_pages")
    .select((eb) => eb.fn.max("position").as("max"))
    .where("survey_id", "=", surveyId)
    .executeTakeFirst();
  const { id } = await trx
    .insertInto("survey_pages")
    .values({ survey_id: surveyId, position: Number(last?.max ?? 0) + 1, title })
    .returning("id")
    .executeTakeFirstOrThrow();
  return id;
}

export function questionFromRow(row: { id: number; type: Question["type"]; spec: string }): Question {
  return { ...(JSON.parse(row.spec) as Omit<Question, "id" | "type">), id: row.id, type: row.type } as Question;
}

function specOf(q: Question): string {
  const { id: _id, type: _type, ...spec } = q;
  return JSON.stringify(spec);
}

/** The survey's pages in order, each with its questions in order. */
export async function surveyPages(db: Executor, surveyId: number): Promise<SurveyPage[]> {
  const pages = await db
    .selectFrom("survey_pages")
    .select(["id", "title"])
    .where("survey_id", "=", surveyId)
    .orderBy("position")
    .orderBy("id")
    .execute();
  const questions = await db
    .selectFrom("survey_questions")
    .select(["id", "page_id", "type", "spec"])
    .where("survey_id", "=", surveyId)
    .orderBy("position")
    .orderBy("id")
    .execute();
  return pages.map((p) => ({
    id: p.id,
    title: p.title,
    questions: questions.filter((q) => q.page_id === p.id).map(questionFromRow),
  }));
}

export async function insertQuestion(trx: Executor, surveyId: number, pageId: number, q: Question): Promise<number> {
  const last = await trx
    .selectFrom("survey_questions")
    .select((eb) => eb.fn.max("position").as("max"))
    .where("page_id", "=", pageId)
    .executeTakeFirst();
  const { id } = await trx
    .insertInto("survey_questions")
    .values({
      survey_id: surveyId,
      page_id: pageId,
      position: Number(last?.max ?? 0) + 1,
      type: q.type,
      spec: specOf(q),
    })
    .returning("id")
    .executeTakeFirstOrThrow();
  return id;
}

export async function updateQuestion(trx: Executor, surveyId: number, q: Question): Promise<void> {
  await trx
    .updateTable("survey_questions")
    .set({ type: q.type, spec: specOf(q) })
    .where("survey_id", "=", surveyId)
    .where("id", "=", q.id)
    .execute();
}

export async function deleteQuestion(trx: Executor, surveyId: number, questionId: number): Promise<void> {
  await trx.deleteFrom("survey_questions").where("survey_id", "=", surveyId).where("id", "=", questionId).execute();
}

/** Writes an arrangement (from domain/arrange.ts): each question's page and position. */
export async function saveArrangement(trx: Executor, surveyId: number, pages: readonly SurveyPage[]): Promise<void> {
  for (const page of pages)
    for (const [i, q] of page.questions.entries())
      await trx
        .updateTable("survey_questions")
        .set({ page_id: page.id, position: i + 1 })
        .where("survey_id", "=", surveyId)
        .where("id", "=", q.id)
        .execute();
}

/** Whether anyone saved an answer to this survey: from then on its structure is frozen. */
export async function surveyHasAnswers(db: Executor, surveyId: number): Promise<boolean> {
  const row = await db
    .selectFrom("survey_answers")
    .innerJoin("survey_responses", "survey_responses.id", "survey_answers.response_id")
    .select("survey_answers.response_id")
    .where("survey_responses.survey_id", "=", surveyId)
    .limit(1)
    .executeTakeFirst();
  return row !== undefined;
}

/** A question with its survey's id, for the question's own routes. */
export function questionRow(db: Executor, siteId: number, questionId: number) {
  return db
    .selectFrom("survey_questions")
    .innerJoin("surveys", "surveys.id", "survey_questions.survey_id")
    .select(["survey_questions.id", "survey_questions.survey_id", "survey_questions.page_id"])
    .select(["survey_questions.type", "survey_questions.spec"])
    .where("surveys.site_id", "=", siteId)
    .where("survey_questions.id", "=", questionId)
    .executeTakeFirst();
}
