// Open answers (short and long text) for staff: hiding one with a reason (reversible, the answer
// itself is kept), and themes per survey that answers are tagged with. Every write is done by a
// route inside a transaction that also writes the audit row.
import type { Executor } from "../../../core/db/database";
import { iso } from "../../../core/db/time";
import "./tables";

export interface OpenAnswer {
  responseId: number;
  text: string;
  submittedAt: string;
  hiddenReason: string | null;
  themeIds: number[];
}

/** The sent answers to one text question, newest first, with their moderation and themes. */
export async function openAnswers(db: Executor, surveyId: number, questionId: number): Promise<OpenAnswer[]> {
  const rows = await db
    .selectFrom("survey_answers")
    .innerJoin("survey_responses", "survey_responses.id", "survey_answers.response_id")
    .leftJoin("survey_answer_moderation as m", (j) =>
      j
        .onRef("m.response_id", "=", "survey_answers.response_id")
        .onRef("m.question_id", "=", "survey_answers.question_id"),
    )
    .select(["survey_answers.response_id", "survey_answers.value", "survey_responses.submitted_at", "m.reason"])
    .where("survey_responses.survey_id", "=", surveyId)
    .where("survey_answers.question_id", "=", questionId)
    .where("survey_responses.submitted_at", "is not", null)
    .orderBy("survey_responses.submitted_at", "desc")
    .orderBy("survey_answers.response_id", "desc")
    .execute();
  const tags = await db
    .selectFrom("survey_answer_themes")
    .select(["response_id", "theme_id"])
    .where("question_id", "=", questionId)
    .execute();
  return rows.map((r) => ({
    responseId: r.response_id,
    text: JSON.parse(r.value) as string,
    submittedAt: r.submitted_at!,
    hiddenReason: r.reason ?? null,
    themeIds: tags.filter((t) => t.response_id === r.response_id).map((t) => t.theme_id),
  }));
}

/** One sent answer to a question of this survey, or undefined (also for another survey's answer). */
export function findAnswer(db: Executor, surveyId: number, questionId: number, responseId: number) {
  return db
    .selectFrom("survey_answers")
    .innerJoin("survey_responses", "survey_responses.id", "survey_answers.response_id")
    .leftJoin("survey_answer_moderation as m", (j) =>
      j
        .onRef("m.response_id", "=", "survey_answers.response_id")
        .onRef("m.question_id", "=", "survey_answers.question_id"),
    )
    .select(["survey_answers.response_id", "m.reason"])
    .where("survey_responses.survey_id", "=", surveyId)
    .where("survey_answers.question_id", "=", questionId)
    .where("survey_answers.response_id", "=", responseId)
    .where("survey_responses.submitted_at", "is not", null)
    .executeTakeFirst();
}

export async function hideAnswer(
  trx: Executor,
  a: { responseId: number; questionId: number; reason: string; userId: number },
  now: Date,
): Promise<void> {
  await trx
    .insertInto("survey_answer_moderation")
    .values({
      response_id: a.responseId,
      question_id: a.questionId,
      reason: a.reason,
      hidden_by: a.userId,
      hidden_at: iso(now),
    })
    .execute();
}

export async function showAnswer(trx: Executor, responseId: number, questionId: number): Promise<void> {
  await trx
    .deleteFrom("survey_answer_moderation")
    .where("response_id", "=", responseId)
    .where("question_id", "=", questionId)
    .execute();
}

/** Hidden answers of a survey as "responseId:questionId", to leave out of public figures. */
export async function hiddenAnswerKeys(db: Executor, surveyId: number): Promise<Set<string>> {
  const rows = await db
    .selectFrom("survey_answer_moderation as m")
    .innerJoin("survey_responses", "survey_responses.id", "m.response_id")
    .select(["m.response_id", "m.question_id"])
    .where("survey_responses.survey_id", "=", surveyId)
    .execute();
  return new Set(rows.map((r) => `${r.response_id}:${r.question_id}`));
}

export function surveyThemes(db: Executor, surveyId: number) {
  return db
    .selectFrom("survey_themes")
    .select(["id", "name"])
    .where("survey_id", "=", surveyId)
    .orderBy("name")
    .execute();
}

export async function createTheme(trx: Executor, surveyId: number, name: string, now: Date): Promise<number> {
  const { id } = await trx
    .insertInto("survey_themes")
    .values({ survey_id: surveyId, name, created_at: iso(now) })
    .returning("id")
    .executeTakeFirstOrThrow();
  return id;
}

/** Sets an answer's themes to exactly `themeIds` (all of this survey; the caller checked). */
export async function setAnswerThemes(
  trx: Executor,
  responseId: number,
  questionId: number,
  themeIds: readonly number[],
): Promise<void> {
  await trx
    .deleteFrom("survey_answer_themes")
    .where("response_id", "=", responseId)
    .where("question_id", "=", questionId)
    .execute();
  if (themeIds.length)
    await trx
      .insertInto("survey_answer_themes")
      .values(themeIds.map((theme_id) => ({ theme_id, response_id: responseId, question_id: questionId })))
      .execute();
}

/** Every tag of the survey's sent answers: which answer carries which theme. */
export function surveyTags(db: Executor, surveyId: number) {
  return db
    .selectFrom("survey_answer_themes")
    .innerJoin("survey_themes", "survey_themes.id", "survey_answer_themes.theme_id")
    .select(["survey_answer_themes.theme_id", "survey_answer_themes.response_id", "survey_answer_themes.question_id"])
    .where("survey_themes.survey_id", "=", surveyId)
    .execute();
}
