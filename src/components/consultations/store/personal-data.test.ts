// A person's survey answers are whole in the download, and deleting the account applies the rules
// of docs/personal-data.md: responses to a survey still taking answers go, responses to a closed
// survey stay counted without the account, and a consultation loses the person as its contact.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { TEST_PASSWORD, type TestApp } from "../../../../test/support/app";
import { testDatabases } from "../../../../test/support/databases";
import type { User } from "../../../core/db/types";
import { shortText, single } from "../domain/test-questions";
import { hideAnswer } from "../store/open-answers";
import { saveResponse } from "../store/responses";
import { createConsultationsApp, newConsultation, newSurvey } from "../test/factories";

describe.each(testDatabases)("consultations: a person's data on $name", (database) => {
  let t: TestApp;
  let person: User;
  let open: { id: number; questionIds: number[] };
  let closed: { id: number; questionIds: number[] };
  let consultation: number;

  async function answer(user: User, survey: { id: number; questionIds: number[] }, value: number, sent: boolean) {
    const db = t.services.db.kysely;
    const now = t.clock().toISOString();
    const { id } = await db
      .insertInto("survey_responses")
      .values({
        survey_id: survey.id,
        user_id: user.id,
        created_at: now,
        updated_at: now,
        submitted_at: sent ? now : null,
      })
      .returning("id")
      .executeTakeFirstOrThrow();
    await db
      .insertInto("survey_answers")
      .values({ response_id: id, question_id: survey.questionIds[0]!, value: JSON.stringify(value) })
      .execute();
  }

  beforeAll(async () => {
    t = await createConsultationsApp(database);
    person = await t.newUser({ email: "rianne@example.org", name: "Rianne Raadpleging", roles: ["official"] });
    const other = await t.newUser();
    consultation = await newConsultation(t);
    await t.services.db.kysely
      .updateTable("consultations")
      .set({ contact_user_id: person.id })
      .where("id", "=", consultation)
      .execute();
    open = await newSurvey(t, consultation, [single(0)], "2099-12-31");
    closed = await newSurvey(t, consultation, [single(0)], "2000-01-31");
    await answer(person, open, 1, false);
    await answer(person, closed, 2, true);
    await answer(other, closed, 0, true);
    // The person, an official, hid an open answer of someone else.
    const text = await newSurvey(t, consultation, [shortText(0)], "2000-01-31");
    const response = await saveResponse(
      t.services.db.kysely,
      {
        surveyId: text.id,
        userId: other.id,
        answers: new Map([[text.questionIds[0]!, "Jan de Vries is lui"]]),
        submittedAt: t.clock(),
      },
      t.clock(),
    );
    await hideAnswer(
      t.services.db.kysely,
      { responseId: response, questionId: text.questionIds[0]!, reason: "Noemt een naam", userId: person.id },
      t.clock(),
    );
  });
  afterAll(async () => {
    await t?.close();
  });

  it("puts every response with its answers in the download", async () => {
    const data = (await (await t.agentFor(person)).get("/account/gegevens.json")).json().contributions.consultations;
    expect(
      data.surveyResponses.map((r: { surveyId: number; sentAt: string | null; answers: unknown[] }) => [
        r.surveyId,
        r.sentAt !== null,
        r.answers,
      ]),
    ).toEqual([
      [open.id, false, [{ questionId: open.questionIds[0], answer: 1 }]],
      [closed.id, true, [{ questionId: closed.questionIds[0], answer: 2 }]],
    ]);
    expect(data.answersHiddenByYou).toMatchObject([{ reason: "Noemt een naam" }]);
    expect(data.contactForConsultations).toEqual([{ id: consultation, title: "Herinrichting Marktplein" }]);
  });

  it("removes open responses, keeps closed ones without the account, and drops the contact", async () => {
    const res = await (await t.agentFor(person)).post("/account/verwijderen", { password: TEST_PASSWORD });
    expect(res.statusCode).toBe(303);
    const db = t.services.db.kysely;
    const responses = await db.selectFrom("survey_responses").select(["survey_id", "user_id"]).orderBy("id").execute();
    expect(responses.filter((r) => r.survey_id === open.id)).toEqual([]);
    expect(responses.filter((r) => r.survey_id === closed.id).map((r) => r.user_id === null)).toEqual([true, false]);
    const answers = await db
      .selectFrom("survey_answers")
      .select("value")
      .where("question_id", "=", closed.questionIds[0]!)
      .execute();
    expect(answers.map((a) => a.value).sort()).toEqual(["0", "2"]);
    expect(
      await db.selectFrom("survey_answers").select("value").where("question_id", "=", open.questionIds[0]!).execute(),
    ).toEqual([]);
    const row = await db
      .selectFrom("consultations")
      .select("contact_user_id")
      .where("id", "=", consultation)
      .executeTakeFirstOrThrow();
    expect(row.contact_user_id).toBeNull();
    const hides = await db.selectFrom("survey_answer_moderation").select(["hidden_by", "reason"]).execute();
    expect(hides).toEqual([{ hidden_by: null, reason: "Noemt een naam" }]);
  });
});
