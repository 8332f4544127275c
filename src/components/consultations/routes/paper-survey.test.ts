// The printable survey (docs/paper.md): every question type drawn for paper, conditions in words,
// staff only, another site's survey not found.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { TestApp } from "../../../../test/support/app";
import { testDatabases } from "../../../../test/support/databases";
import { createSite } from "../../../core/sites/store";
import type { Question } from "../domain/questions";
import { createConsultationsApp, newConsultation, newSurvey } from "../test/factories";

const base = { help: "", required: false, condition: null };
const QUESTIONS: Question[] = [
  { ...base, id: 0, type: "single", label: "Hoe vaak komt u op het plein?", choices: ["Dagelijks", "Soms"] },
  { ...base, id: 0, type: "multiple", label: "Wat doet u er?", choices: ["Boodschappen", "Spelen"], max: 1 },
  {
    ...base,
    id: 0,
    type: "scale",
    label: "Hoe tevreden bent u?",
    min: 1,
    max: 5,
    minLabel: "Slecht",
    maxLabel: "Goed",
  },
  { ...base, id: 0, type: "number", label: "Hoeveel kinderen?", min: 0, max: 12 },
  { ...base, id: 0, type: "shortText", label: "Uw straat", required: true },
  { ...base, id: 0, type: "longText", label: "Wat mist u?" },
  { ...base, id: 0, type: "ranking", label: "Wat is belangrijk?", choices: ["Groen", "Bankjes", "Licht"] },
  { ...base, id: 0, type: "grid", label: "Hoe vindt u", rows: ["het groen", "de bankjes"], choices: ["Goed", "Matig"] },
  { ...base, id: 0, type: "area", label: "Waar woont u?", allowPostcode: true },
];

describe.each(testDatabases)("the survey on paper on $name", (database) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createConsultationsApp(database);
  });
  afterAll(async () => {
    await t?.close();
  });

  it("draws every question type as boxes to tick or write in, numbered, with required marks", async () => {
    const survey = await newSurvey(t, await newConsultation(t), QUESTIONS);
    const official = await t.agentFor(t.users.official);
    const res = await official.get(`/admin/vragenlijsten/${survey.id}/papier`);
    expect(res.statusCode).toBe(200);
    for (const text of [
      "1. Hoe vaak komt u op het plein?",
      "Kruis één hokje aan.",
      "Kruis er ten hoogste 1 aan.",
      "Slecht",
      "Schrijf een getal van 0 tot en met 12.",
      "5. Uw straat (verplicht)",
      "Zet een nummer voor elke keuze: 1 voor wat u het belangrijkst vindt, 3 voor",
      "Kruis per regel één hokje aan.",
      "de bankjes",
      "Kruis uw gebied aan, of schrijf uw postcode op.",
      "Noord",
      "Schrijf geen naam of adres op dit formulier.",
    ])
      expect(res.body, text).toContain(text);
    // Boxes: 2 single + 2 multiple + 5 scale + 2×2 grid + 2 areas (Noord, Zuid).
    expect(res.body.match(/class="paper-form__tick"/g)!.length).toBe(2 + 2 + 5 + 4 + 2);
    expect((await official.get(`/admin/vragenlijsten/${survey.id}`)).body).toContain(
      `/admin/vragenlijsten/${survey.id}/papier`,
    );
    // In English: the language link sets the visitor's language.
    expect((await official.get("/taal/en?terug=/")).statusCode).toBeLessThan(400);
    expect((await official.get(`/admin/vragenlijsten/${survey.id}/papier`)).body).toContain("Tick one box.");
  });

  it("says when a conditional question is to be answered", async () => {
    const survey = await newSurvey(t, await newConsultation(t), [QUESTIONS[0]!]);
    const { insertQuestion } = await import("../store/surveys");
    await insertQuestion(t.services.db.kysely, survey.id, survey.pageId, {
      ...base,
      id: 0,
      type: "longText",
      label: "Waarom dagelijks?",
      condition: { questionId: survey.questionIds[0]!, value: 0 },
    });
    const res = await (await t.agentFor(t.users.official)).get(`/admin/vragenlijsten/${survey.id}/papier`);
    expect(res.body).toContain("Alleen invullen als uw antwoord op vraag 1 is: Dagelijks.");
  });

  it("is for staff of this site only", async () => {
    const survey = await newSurvey(t, await newConsultation(t), QUESTIONS.slice(0, 1));
    const url = `/admin/vragenlijsten/${survey.id}/papier`;
    expect((await (await t.agentFor(t.users.resident)).get(url)).statusCode).toBe(403);
    expect((await t.agent().get(url)).statusCode).toBeGreaterThanOrEqual(300);
    const other = await createSite(
      t.services.db.kysely,
      { slug: "elders", name: "Elders", hosts: ["elders.example"] },
      t.clock(),
    );
    const foreign = await t.agentFor(await t.newUser({ siteId: other.id, roles: ["official"] }));
    foreign.host = "elders.example";
    expect((await foreign.get(url)).statusCode).toBe(404);
    expect((await (await t.agentFor(t.users.official)).get("/admin/vragenlijsten/abc/papier")).statusCode).toBe(404);
  });
});
