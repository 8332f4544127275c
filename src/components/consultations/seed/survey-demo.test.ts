// The demo's consultation: in its input phase, a survey of every question type with a condition
// that passes the builder's own checks, and at least 50 sent responses, each one a response a
// resident could have given through the forms (every answer survives the form round trip, no
// required question open, no answer to a hidden question).
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { build, type Built } from "../../../app";
import { loadConfig } from "../../../config";
import type { Db } from "../../../core/db/database";
import { seedDemo } from "../../../core/sites/demo";
import { testClock } from "../../../../test/support/clock";
import { capturingTransport } from "../../../../test/support/mail";
import { testDatabases } from "../../../../test/support/databases";
import { consultationsComponent } from "../manifest";
import { answerFormValues } from "../domain/answer-form-values";
import { checkQuestion } from "../domain/check-survey";
import { QUESTION_TYPES } from "../domain/questions";
import { currentPhase, surveyOpen } from "../domain/timeline";
import { validatePage } from "../domain/validate-page";
import { missingRequired, visibleQuestionIds } from "../domain/visibility";
import { consultationPhases } from "../store/consultations";
import { responseAnswers } from "../store/responses";
import { surveyPages } from "../store/surveys";
import { DEMO_PAPER_RESPONSES } from "./survey-demo";

describe.each(testDatabases)("the consultations demo on $name", (database) => {
  let built: Built;
  let db: Db;
  beforeAll(async () => {
    db = await database.open();
    built = await build(loadConfig({ LOG_LEVEL: "silent" }), {
      db,
      clock: testClock(),
      mail: capturingTransport(),
      workers: false,
      components: [consultationsComponent],
    });
    await seedDemo(built.services);
  });
  afterAll(async () => {
    await built?.close();
    await db?.close();
  });

  it("has a consultation in its input phase with a survey of every type and 50+ valid sent responses", async () => {
    const now = built.services.clock();
    const [consultation] = await db.kysely.selectFrom("consultations").selectAll().execute();
    const phases = await consultationPhases(db.kysely, consultation!.id);
    expect(phases[currentPhase(phases, now)!]!.name).toBe("Inbreng");
    const [survey] = await db.kysely.selectFrom("surveys").selectAll().execute();
    expect(surveyOpen({ published: survey!.published === 1, closesOn: survey!.closes_on }, now)).toBe(true);
    const pages = await surveyPages(db.kysely, survey!.id);
    const questions = pages.flatMap((p) => p.questions);
    expect(new Set(questions.map((q) => q.type))).toEqual(new Set(QUESTION_TYPES));
    expect(questions.some((q) => q.condition)).toBe(true);
    pages.forEach((p, i) => {
      for (const q of p.questions) expect(checkQuestion(pages, i, q), q.label).toEqual([]);
    });

    const responses = await db.kysely
      .selectFrom("survey_responses")
      .selectAll()
      .where("survey_id", "=", survey!.id)
      .execute();
    expect(responses.length).toBeGreaterThanOrEqual(50);
    expect(new Set(responses.map((r) => r.source))).toEqual(new Set(["online", "anonymous", "paper"]));
    // Paper forms (docs/paper.md): a batch of the site, typed in by the demo official.
    const paper = responses.filter((r) => r.source === "paper");
    expect(paper).toHaveLength(DEMO_PAPER_RESPONSES);
    for (const r of paper) {
      expect(r.paper_batch_id).not.toBeNull();
      expect(r.entered_by).not.toBeNull();
      expect(r.user_id).toBeNull();
    }
    const areaIds = (await db.kysely.selectFrom("areas").select("id").execute()).map((a) => a.id);
    const distinct = new Set<string>();
    for (const r of responses) {
      expect(r.submitted_at).not.toBeNull();
      const answers = await responseAnswers(db.kysely, r.id);
      distinct.add(JSON.stringify([...answers]));
      expect(missingRequired(pages, answers)).toEqual([]);
      const shown = visibleQuestionIds(pages, answers);
      for (const id of answers.keys()) expect(shown.has(id)).toBe(true);
      for (const page of pages) {
        const form = Object.assign({}, ...page.questions.map((q) => answerFormValues(q, answers.get(q.id))));
        const result = validatePage(page, form, { areaIds }, answers);
        expect(result.errors).toEqual([]);
        for (const q of page.questions) expect(result.answers.get(q.id)).toEqual(answers.get(q.id));
      }
    }
    expect(distinct.size).toBe(responses.length);
    // The condition is met by some respondents, not by all.
    const conditional = questions.find((q) => q.condition)!;
    const answered = await db.kysely
      .selectFrom("survey_answers")
      .select("response_id")
      .where("question_id", "=", conditional.id)
      .execute();
    expect(answered.length).toBeGreaterThan(0);
    expect(answered.length).toBeLessThan(responses.length);
  });
});
