// The answer-codes migration changes the check on survey_responses.source; on SQLite that means
// rebuilding the table. Rows, answers, unique indexes and foreign keys must come through it.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { TestApp } from "../../../../test/support/app";
import { testDatabases } from "../../../../test/support/databases";
import { createConsultationsApp, newConsultation, newSurvey, sendResponse } from "../test/factories";
import { changeSourceCheck, NEW_SOURCES, OLD_SOURCES } from "./2026-12-06-survey-answer-codes";

describe.each(testDatabases)("the source check of survey responses on $name", (database) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createConsultationsApp(database);
  });
  afterAll(async () => {
    await t?.close();
  });

  it("changes with every response, answer, unique index and foreign key kept", async () => {
    const db = t.services.db.kysely;
    const { id: surveyId, questionIds } = await newSurvey(t, await newConsultation(t), [
      { id: 0, type: "shortText", label: "Uw straat", help: "", required: false, condition: null },
    ]);
    const kept = await sendResponse(t, surveyId, [[questionIds[0]!, "Dorpsstraat"]], { source: "anonymous" });
    const now = t.clock().toISOString();
    const code = (source: "code" | "online") =>
      db
        .insertInto("survey_responses")
        .values({ survey_id: surveyId, source, created_at: now, updated_at: now, submitted_at: null })
        .execute();

    await changeSourceCheck(db, NEW_SOURCES, OLD_SOURCES);
    await expect(code("code")).rejects.toThrow();
    await changeSourceCheck(db, OLD_SOURCES, NEW_SOURCES);
    await code("code");

    const answers = await db.selectFrom("survey_answers").selectAll().where("response_id", "=", kept).execute();
    expect(answers.map((a) => a.value)).toEqual([JSON.stringify("Dorpsstraat")]);
    // Unique: one response per account per survey, and per code.
    const user = await t.newUser();
    const withUser = { survey_id: surveyId, user_id: user.id, created_at: now, updated_at: now, submitted_at: null };
    await db.insertInto("survey_responses").values(withUser).execute();
    await expect(db.insertInto("survey_responses").values(withUser).execute()).rejects.toThrow();
    // Foreign keys: an answer needs its response, and goes with it.
    await expect(
      db
        .insertInto("survey_answers")
        .values({ response_id: 99999999, question_id: questionIds[0]!, value: "1" })
        .execute(),
    ).rejects.toThrow();
    await db.deleteFrom("survey_responses").where("id", "=", kept).execute();
    expect(await db.selectFrom("survey_answers").selectAll().where("response_id", "=", kept).execute()).toEqual([]);
  });
});
