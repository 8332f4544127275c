// Test helpers for the consultations tests: an app with only this component, and consultations,
// surveys and answers made through the real store.
import { createTestApp, type TestApp } from "../../../../test/support/app";
import type { TestDatabase } from "../../../../test/support/databases";
import type { AnswerValue, Question } from "../domain/questions";
import { consultationsComponent } from "../manifest";
import { saveConsultation } from "../store/consultations";
import { addPage, createSurvey, insertQuestion, surveyPages } from "../store/surveys";
import { saveResponse } from "../store/responses";
import type { ResponseSource } from "../store/tables";

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

/**
 * A published survey of two pages with a question of every type. Page 1: how often (single,
 * required), what for (multiple, at most 2), how satisfied (scale). Page 2: what is missing (long
 * text, shown only to those who come often), safety (grid, required), ranking, number, street
 * (short text), area (with postcode).
 */
export async function newTwoPageSurvey(t: TestApp, consultationId: number, closesOn = "2099-12-31") {
  const db = t.services.db.kysely;
  const base = { help: "", required: false, condition: null };
  const { id, pageId } = await newSurvey(t, consultationId, [], closesOn);
  const often = await insertQuestion(db, id, pageId, {
    ...base,
    id: 0,
    type: "single",
    label: "Komt u vaak op het plein?",
    choices: ["Ja", "Nee"],
    required: true,
  });
  const doing = await insertQuestion(db, id, pageId, {
    ...base,
    id: 0,
    type: "multiple",
    label: "Wat doet u daar?",
    choices: ["Markt", "Terras", "Spelen"],
    max: 2,
  });
  const happy = await insertQuestion(db, id, pageId, {
    ...base,
    id: 0,
    type: "scale",
    label: "Hoe tevreden bent u?",
    min: 1,
    max: 5,
    minLabel: "Niet",
    maxLabel: "Heel",
  });
  const page2 = await addPage(db, id, "Over het plein");
  const q = (question: Record<string, unknown>) => insertQuestion(db, id, page2, { ...question, id: 0 } as Question);
  const missing = await q({
    ...base,
    type: "longText",
    label: "Wat mist u?",
    condition: { questionId: often, value: 0 },
  });
  const safety = await q({
    ...base,
    type: "grid",
    label: "Hoe veilig voelt u zich?",
    rows: ["Overdag", "Avond"],
    choices: ["Veilig", "Onveilig"],
    required: true,
  });
  const ranking = await q({ ...base, type: "ranking", label: "Wat is belangrijk?", choices: ["Bomen", "Bankjes"] });
  const count = await q({ ...base, type: "number", label: "Hoe vaak per week?", min: 0, max: 7 });
  const street = await q({ ...base, type: "shortText", label: "Uw straat" });
  const where = await q({ ...base, type: "area", label: "Waar woont u?", allowPostcode: true });
  return {
    id,
    pageIds: [pageId, page2] as const,
    q: { often, doing, happy, missing, safety, ranking, count, street, where },
  };
}

/** A whole response at once (sent unless `sent: false`), through the results' store. */
export async function sendResponse(
  t: TestApp,
  surveyId: number,
  answers: [number, AnswerValue][],
  o: { source?: ResponseSource; verified?: boolean; areaId?: number | null; sent?: boolean } = {},
): Promise<number> {
  const user = o.source === "online" || o.source === undefined ? await t.newUser() : null;
  return saveResponse(
    t.services.db.kysely,
    {
      surveyId,
      userId: user?.id ?? null,
      source: o.source,
      verified: o.verified,
      areaId: o.areaId,
      answers: new Map(answers),
      submittedAt: o.sent === false ? null : t.clock(),
    },
    t.clock(),
  );
}

/** The test site's areas by name (Noord, Zuid). */
export async function testAreas(t: TestApp): Promise<Record<string, number>> {
  const rows = await t.services.db.kysely
    .selectFrom("areas")
    .select(["id", "name"])
    .where("site_id", "=", t.site.id)
    .execute();
  return Object.fromEntries(rows.map((r) => [r.name, r.id]));
}
