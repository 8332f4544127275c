import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestApp, type TestApp } from "../../../../test/support/app";
import { testDatabases } from "../../../../test/support/databases";
import { ideasComponent } from "../../ideas/manifest";
import { consultationsComponent } from "../manifest";
import { newConsultation, newSurvey } from "../test/factories";
import { castVote, closePoll, createPoll, getPoll } from "../polls/store";
import { replaceLinks } from "../store/page-parts";
import { ensureProcess } from "../../ideas/store/processes";
import { everyTypeSurvey } from "../test/every-type-survey";
import { shapeProblems } from "../../../../test/support/openapi-shape";

const text = (html: string) => html.replace(/<[^>]+>/g, " ").replace(/\s+/g, " ");

describe.each(testDatabases)("public survey results and the consultations API on $name", (database) => {
  let t: TestApp;
  let s: Awaited<ReturnType<typeof everyTypeSurvey>>;
  let doc: { paths: Record<string, unknown>; components: { schemas: Record<string, Record<string, unknown>> } };
  const schema = (name: string) => ({ $ref: `#/components/schemas/${name}` });
  beforeAll(async () => {
    // The ideas component serves the one OpenAPI document that the consultations part joins.
    t = await createTestApp(database, { components: [ideasComponent, consultationsComponent] });
    s = await everyTypeSurvey(t);
    // Visible to residents, as staff choose on the consultation's form (a new one is a draft).
    await t.services.db.kysely
      .updateTable("consultations")
      .set({ published: 1 })
      .where("id", "=", s.consultation)
      .execute();
    doc = (await t.agent().get("/api/v1/openapi.json")).json();
    // An open answer hidden by staff: never counted publicly.
    await t.services.db.kysely
      .insertInto("survey_answer_moderation")
      .values({
        response_id: s.responses.unverified,
        question_id: s.q.qShort!,
        reason: "Noemt een buurman",
        hidden_by: t.users.official.id,
        hidden_at: t.clock().toISOString(),
      })
      .execute();
  });
  afterAll(async () => {
    await t?.close();
  });

  it("keeps the results of an open survey private until staff publish them, and can take them back", async () => {
    const page = `/vragenlijsten/${s.survey.id}/resultaten`;
    const api = `/api/v1/surveys/${s.survey.id}/results`;
    expect((await t.agent().get(page)).statusCode).toBe(404);
    const hidden = await t.agent().get(api);
    expect(hidden.statusCode).toBe(404);
    expect(hidden.headers["content-type"]).toContain("application/problem+json");

    const official = await t.agentFor(t.users.official);
    const settings = `/admin/vragenlijsten/${s.survey.id}/resultaten/openbaar`;
    const refused = await official.post(settings, { openbaar: "ja" });
    expect(refused.statusCode).toBe(400);
    expect(refused.body).toContain("Deze instelling bestaat niet.");
    expect((await t.agent().get(page)).statusCode).toBe(404);
    expect((await official.post(settings, { openbaar: "1" })).statusCode).toBe(303);
    const shown = await t.agent().get(page);
    expect(shown.statusCode).toBe(200);
    const body = text(shown.body);
    expect(body).toContain("4 deelnemers");
    expect(body).toContain("Yes 2 50%");
    // Open answers: counted without the hidden one, and their texts are never public.
    expect(body).toContain("2 open antwoorden.");
    expect(shown.body).not.toContain("Meer bomen");
    expect(shown.body).not.toContain("sukkel");
    expect(shown.body).not.toContain("open-antwoorden");
    expect((await t.agent().get(api)).statusCode).toBe(200);

    expect((await official.post(settings, { openbaar: "0" })).statusCode).toBe(303);
    expect((await t.agent().get(page)).statusCode).toBe(404);
    const log = await t.services.db.kysely
      .selectFrom("audit_log")
      .select("details")
      .where("action", "=", "consultations.survey.resultsPublic")
      .orderBy("id")
      .execute();
    expect(log.map((l) => JSON.parse(l.details))).toEqual([{ public: true }, { public: false }]);
  });

  it("makes results public once the survey has closed, never those of a draft", async () => {
    const closed = await everyTypeSurvey(t, "2000-01-31");
    expect((await t.agent().get(`/vragenlijsten/${closed.survey.id}/resultaten`)).statusCode).toBe(200);
    expect((await t.agent().get(`/api/v1/surveys/${closed.survey.id}/results`)).statusCode).toBe(200);
    await t.services.db.kysely
      .updateTable("surveys")
      .set({ published: 0, results_public: 1 })
      .where("id", "=", closed.survey.id)
      .execute();
    expect((await t.agent().get(`/vragenlijsten/${closed.survey.id}/resultaten`)).statusCode).toBe(404);
    expect((await t.agent().get(`/api/v1/surveys/${closed.survey.id}/results`)).statusCode).toBe(404);
  });

  it("gives per question its type, its options with counts and the number of open answers", async () => {
    await t.services.db.kysely
      .updateTable("surveys")
      .set({ results_public: 1 })
      .where("id", "=", s.survey.id)
      .execute();
    const res = await t.agent().get(`/api/v1/surveys/${s.survey.id}/results`);
    expect(res.statusCode).toBe(200);
    expect(res.headers["api-version"]).toBe("1.0.0");
    expect(res.headers["access-control-allow-origin"]).toBe("*");
    const results = res.json();
    expect(shapeProblems(doc, schema("SurveyResults"), results)).toEqual([]);
    expect(results.respondents).toBe(4);
    const byType = Object.fromEntries(results.questions.map((q: { type: string }) => [q.type, q]));
    expect(Object.keys(byType)).toEqual([
      "single",
      "multiple",
      "scale",
      "number",
      "shortText",
      "longText",
      "ranking",
      "grid",
      "area",
    ]);
    expect(byType.single.options).toEqual([
      { value: 0, label: "Yes", count: 2, percent: 50, meanPosition: null },
      { value: 1, label: "No", count: 2, percent: 50, meanPosition: null },
      { value: 2, label: "Sometimes", count: 0, percent: 0, meanPosition: null },
    ]);
    expect(byType.multiple.options.map((o: { count: number }) => o.count)).toEqual([1, 2, 0, 0]);
    expect(byType.scale.options.map((o: { value: number; count: number }) => [o.value, o.count])).toEqual([
      [1, 1],
      [2, 0],
      [3, 0],
      [4, 0],
      [5, 2],
    ]);
    expect(byType.number.statistics).toEqual({ mean: 4.17, median: 3, min: 2.5, max: 7 });
    expect(byType.number.options).toEqual([]);
    // The hidden short answer is not counted; themes are listed (none made here).
    expect(byType.shortText).toMatchObject({ answered: 2, openAnswers: 2, themes: [] });
    expect(byType.longText.openAnswers).toBe(1);
    expect(byType.single.openAnswers).toBeNull();
    expect(
      byType.ranking.options.map((o: { label: string; meanPosition: number }) => [o.label, o.meanPosition]),
    ).toEqual([
      ["Trees", 1.5],
      ["Benches", 1.5],
      ["Parking", 3],
    ]);
    expect(
      byType.grid.rows.map((r: { label: string; options: { count: number }[] }) => [
        r.label,
        r.options.map((o) => o.count),
      ]),
    ).toEqual([
      ["Day", [1, 1]],
      ["Night", [0, 2]],
    ]);
    expect(byType.area.options.map((o: { label: string; count: number }) => [o.label, o.count])).toEqual([
      ["Noord", 1],
      ["Zuid", 0],
    ]);
    expect(byType.area.postcodes).toEqual([{ postcode: "1021", count: 1, percent: 50 }]);
    expect(JSON.stringify(results)).not.toContain("Meer bomen");
  });

  it("lists public consultations and gives one with its surveys, polls and linked parts", async () => {
    const draftOnly = await newConsultation(t, "Nog in voorbereiding");
    await newSurvey(t, draftOnly); // an open survey does not make a draft consultation public
    const list = await t.agent().get("/api/v1/consultations?pageSize=100");
    expect(list.statusCode).toBe(200);
    expect(list.headers["api-version"]).toBe("1.0.0");
    const page = list.json();
    expect(shapeProblems(doc, schema("ConsultationPage"), page)).toEqual([]);
    const ids = page._embedded.consultations.map((c: { id: number }) => c.id);
    expect(ids).toContain(s.consultation);
    expect(ids).not.toContain(draftOnly);
    expect((await t.agent().get(`/api/v1/consultations/${draftOnly}`)).statusCode).toBe(404);

    // A closed poll shows its votes; an open one that shows results only after closing does not.
    const db = t.services.db.kysely;
    const now = t.clock();
    const poll = (question: string, closed: boolean) =>
      db.transaction().execute(async (trx) => {
        const input = { question, choices: ["Ja", "Nee"], results: "afterClose" as const, onHome: false };
        const id = await createPoll(trx, t.site.id, s.consultation, { ...input, published: true }, now);
        const [yes] = (await getPoll(trx, t.site.id, id))!.choices;
        await castVote(trx, id, yes!.id, t.users.resident.id, now);
        if (closed) await closePoll(trx, id, now);
        return id;
      });
    const closedPoll = await poll("Meer bankjes?", true);
    const openPoll = await poll("Meer bomen?", false);
    const process = await ensureProcess(db, t.site, now);
    await replaceLinks(db, s.consultation, [{ kind: "ideas", targetId: process.id }]);

    const one = await t.agent().get(`/api/v1/consultations/${s.consultation}`);
    expect(one.statusCode).toBe(200);
    const detail = one.json();
    expect(shapeProblems(doc, schema("ConsultationDetail"), detail)).toEqual([]);
    expect(detail).toMatchObject({ id: s.consultation, title: "Herinrichting Marktplein" });
    const byId = new Map(detail.polls.map((p: { id: number }) => [p.id, p]));
    expect(byId.get(closedPoll)).toMatchObject({
      closed: true,
      totalVotes: 1,
      choices: [
        { label: "Ja", votes: 1, percent: 100 },
        { label: "Nee", votes: 0, percent: 0 },
      ],
    });
    expect(byId.get(openPoll)).toMatchObject({
      closed: false,
      totalVotes: null,
      choices: [{ votes: null }, { votes: null }],
    });
    expect(detail.linkedParts).toEqual([expect.objectContaining({ kind: "ideas", id: process.id })]);
    expect(detail.surveys).toEqual([
      expect.objectContaining({ id: s.survey.id, open: true, resultsPublic: true, closesOn: "2099-12-31" }),
    ]);
    expect(detail.surveys[0]._links.results.href).toContain(`/api/v1/surveys/${s.survey.id}/results`);
  });

  it("answers bad parameters with problem+json listing them, and a trailing slash with 404", async () => {
    for (const url of ["/api/v1/consultations/abc", "/api/v1/surveys/0/results", "/api/v1/surveys/1.5/results"]) {
      const res = await t.agent().get(url);
      expect(res.statusCode, url).toBe(400);
      expect(res.headers["content-type"]).toContain("application/problem+json");
      expect(res.json().invalidParams).toEqual([
        { name: "id", code: "consultations.api.integer", reason: "Moet een heel getal zijn van 1 of meer." },
      ]);
    }
    const bad = await t.agent().get("/api/v1/consultations?page=0&pageSize=1000");
    expect(bad.statusCode).toBe(400);
    expect(bad.json().invalidParams.map((p: { name: string }) => p.name)).toEqual(["page", "pageSize"]);
    for (const url of ["/api/v1/consultations/", "/api/v1/surveys/999999/results", "/api/v1/consultations/999999"])
      expect((await t.agent().get(url)).statusCode, url).toBe(404);
    expect(Object.keys(doc.paths)).toEqual(
      expect.arrayContaining(["/ideas", "/consultations", "/consultations/{id}", "/surveys/{id}/results"]),
    );
  });
});
