// Test helpers for the consultations tests: an app with only this component, and consultations,
// surveys and answers made through the real store.
import { createTestApp, type TestApp } from "../../../../test/support/app";
import type { TestDatabase } from "../../../../test/support/databases";
import type { Question } from "../domain/questions";
import { consultationsComponent } from "../manifest";
import { saveConsultation } from "../store/consultations";
import { createSurvey, insertQuestion, surveyPages } from "../store/surveys";

export function createConsultationsApp(database: TestDatabase): Promise<TestApp> {
  return createTestApp(database, { components: [consultationsComponent] });
}

export async function newConsultation(t: TestApp, title = "Herinrichting Marktplein"): Promise<number> {
  const input = {
    title,
    summary: "Hoe moet het plein worden?",
    body: "",
    contactUserId: null,
    areaIds: [],
    phases: [],
  };
  return saveConsultation(t.services.db.kysely, t.site.id, null, input, t.clock());
}

/** A survey with the given questions on its first page; returns its id and its first page's id. */
export async function newSurvey(
  t: TestApp,
  consultationId: number,
  questions: Question[] = [],
  closesOn = "2099-12-31",
) {
  const db = t.services.db.kysely;
  const id = await createSurvey(
    db,
    t.site.id,
    consultationId,
    { title: "Vragenlijst plein", intro: "", closesOn, published: true },
    t.clock(),
  );
  const [page] = await surveyPages(db, id);
  const ids: number[] = [];
  for (const q of questions) ids.push(await insertQuestion(db, id, page!.id, q));
  return { id, pageId: page!.id, questionIds: ids };
}

/** Someone saved an answer: from here on the survey's structure is frozen. */
export async function saveSomeAnswer(t: TestApp, surveyId: number, questionId: number, value: unknown): Promise<void> {
  const db = t.services.db.kysely;
  const now = t.clock().toISOString();
  const { id } = await db
    .insertInto("survey_responses")
    .values({ survey_id: surveyId, user_id: t.users.resident.id, created_at: now, updated_at: now, submitted_at: null })
    .returning("id")
    .executeTakeFirstOrThrow();
  await db
    .insertInto("survey_answers")
    .values({ response_id: id, question_id: questionId, value: JSON.stringify(value) })
    .execute();
}
