// Survey responses on paper (docs/paper.md): staff enter one form with its batch, it counts as a
// paper response (results' level filter, "waarvan … op papier", CSV), conditions decide what is
// required, bad input keeps what was typed and saves nothing, corrections are logged, and
// outsiders are refused.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { TestApp } from "../../../../test/support/app";
import { testDatabases } from "../../../../test/support/databases";
import { parseCsv } from "../../../core/csv";
import { createSite } from "../../../core/sites/store";
import { insertQuestion } from "../store/surveys";
import {
  createConsultationsApp,
  newConsultation,
  newSurvey,
  newTwoPageSurvey,
  sendResponse,
  testAreas,
} from "../test/factories";

const text = (html: string) => html.replace(/<[^>]+>/g, " ").replace(/\s+/g, " ");

describe.each(testDatabases)("survey responses on paper on $name", (database) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createConsultationsApp(database);
  });
  afterAll(async () => {
    await t?.close();
  });

  const db = () => t.services.db.kysely;
  const audits = (action: string) => db().selectFrom("audit_log").selectAll().where("action", "=", action).execute();
  const paperRows = (surveyId: number) =>
    db()
      .selectFrom("survey_responses")
      .selectAll()
      .where("survey_id", "=", surveyId)
      .where("source", "=", "paper")
      .orderBy("id")
      .execute();

  /** The two-page survey plus a required question shown only to those who come often. */
  async function survey() {
    const s = await newTwoPageSurvey(t, await newConsultation(t));
    const why = await insertQuestion(db(), s.id, s.pageIds[1], {
      id: 0,
      type: "shortText",
      label: "Waarom komt u vaak?",
      help: "",
      required: true,
      condition: { questionId: s.q.often, value: 0 },
    });
    return { ...s, q: { ...s.q, why } };
  }
  type S = Awaited<ReturnType<typeof survey>>;
  /** A valid form of someone who does not come often: the conditional questions are not asked. */
  const form = (s: S, extra: Record<string, string | string[]> = {}) => ({
    batch: "new",
    batchLabel: "Bibliotheek West, week 49",
    [`q${s.q.often}`]: "1",
    [`q${s.q.doing}`]: ["0", "2"],
    [`q${s.q.safety}-0`]: "0",
    [`q${s.q.safety}-1`]: "1",
    [`q${s.q.street}`]: "Marktstraat",
    ...extra,
  });

  it("saves one form as a paper response with its batch, counted apart in results and the CSV", async () => {
    const s = await survey();
    const areas = await testAreas(t);
    await sendResponse(t, s.id, [[s.q.often, 0]]);
    const official = await t.agentFor(t.users.official);
    const url = `/admin/vragenlijsten/${s.id}/papier/invoeren`;
    const page = await official.get(url);
    expect(page.statusCode).toBe(200);
    for (const label of [
      "Waar komt het papier vandaan?",
      "Komt u vaak op het plein?",
      "Waarom komt u vaak?",
      "Alleen invullen als het antwoord op vraag 1 (Komt u vaak op het plein?) is: Ja.",
    ])
      expect(page.body).toContain(label);
    expect((await official.get(`/admin/vragenlijsten/${s.id}`)).body).toContain(url);

    const saved = await official.post(url, form(s, { [`q${s.q.where}`]: String(areas.Noord) }));
    expect(saved.statusCode).toBe(303);
    const [row] = await paperRows(s.id);
    expect(row).toMatchObject({ entered_by: t.users.official.id, verified: 0, area_id: areas.Noord, user_id: null });
    expect(row!.submitted_at).not.toBeNull();
    expect(row!.entered_at).not.toBeNull();
    const batch = await db()
      .selectFrom("paper_batches")
      .selectAll()
      .where("id", "=", row!.paper_batch_id!)
      .executeTakeFirstOrThrow();
    expect(batch).toMatchObject({ site_id: t.site.id, kind: "form", label: "Bibliotheek West, week 49" });
    const logged = (await audits("consultations.paper.response")).find((a) => a.subject === `survey:${s.id}`)!;
    expect(JSON.parse(logged.details)).toEqual({ response: row!.id, batchId: batch.id });

    // A second form from the same batch: no new batch.
    expect((await official.post(url, form(s, { batch: String(batch.id), batchLabel: "" }))).statusCode).toBe(303);
    expect((await paperRows(s.id)).map((r) => r.paper_batch_id)).toEqual([batch.id, batch.id]);

    const results = `/admin/vragenlijsten/${s.id}/resultaten`;
    expect(text((await official.get(results)).body)).toContain("3 deelnemers, waarvan 2 op papier");
    expect(text((await official.get(`${results}?niveau=papier`)).body)).toContain(
      "2 deelnemers van 3 in totaal, waarvan 2 op papier",
    );
    expect(text((await official.get(url)).body)).toContain("3 deelnemers, waarvan 2 op papier");
    const csvBody = (await official.get(`/admin/vragenlijsten/${s.id}/antwoorden.csv`)).body;
    const [header, ...csvRows] = parseCsv(csvBody, "antwoorden.csv").map((r) => r.fields);
    const source = header!.indexOf("source");
    expect(csvRows.map((r) => r[source]).sort()).toEqual(["online", "paper", "paper"]);
    const list = text((await official.get(url)).body);
    expect(list).toContain("Bibliotheek West, week 49");
    expect(list).toContain("Test official");
    // Public results and the API say it too, once the results are public.
    await db().updateTable("surveys").set({ results_public: 1 }).where("id", "=", s.id).execute();
    expect(text((await t.agent().get(`/vragenlijsten/${s.id}/resultaten`)).body)).toContain(
      "3 deelnemers, waarvan 2 op papier",
    );
    const api = await t.agent().get(`/api/v1/surveys/${s.id}/results`);
    expect(JSON.parse(api.body)).toMatchObject({ respondents: 3, paperRespondents: 2 });
    // In English.
    expect((await official.get("/taal/en?terug=/")).statusCode).toBeLessThan(400);
    expect(text((await official.get(url)).body)).toContain("3 participants, of which 2 on paper");
  });

  it("asks a question hidden by its condition not, and requires it once its condition holds", async () => {
    const s = await survey();
    const official = await t.agentFor(t.users.official);
    const url = `/admin/vragenlijsten/${s.id}/papier/invoeren`;
    const often = await official.post(url, form(s, { [`q${s.q.often}`]: "0" }));
    expect(often.statusCode).toBe(400);
    expect(often.body).toMatch(new RegExp(`id="field-q${s.q.why}-error"[^>]*>\\s*Beantwoord deze vraag.`));
    // An answer to a hidden question is not kept: "Nee" hides "Waarom", so it is dropped.
    expect((await official.post(url, form(s, { [`q${s.q.why}`]: "Verborgen" }))).statusCode).toBe(303);
    const [row] = await paperRows(s.id);
    const answers = await db().selectFrom("survey_answers").selectAll().where("response_id", "=", row!.id).execute();
    expect(answers.map((a) => a.question_id)).not.toContain(s.q.why);
    expect(answers.map((a) => a.question_id)).toContain(s.q.street);
  });

  it("answers bad input with 400, the message beside the field and what was typed; saves nothing", async () => {
    const s = await survey();
    const official = await t.agentFor(t.users.official);
    const url = `/admin/vragenlijsten/${s.id}/papier/invoeren`;
    const cases: [Record<string, string | string[]>, string, string][] = [
      [form(s, { [`q${s.q.count}`]: "veel" }), `q${s.q.count}`, "Vul een getal in, bijvoorbeeld 12 of 2,5."],
      [form(s, { [`q${s.q.count}`]: "9" }), `q${s.q.count}`, "Vul een getal in van hoogstens 7."],
      [form(s, { [`q${s.q.doing}`]: ["0", "1", "2"] }), `q${s.q.doing}`, "Kies er hoogstens 2."],
      [form(s, { [`q${s.q.often}`]: "" }), `q${s.q.often}`, "Beantwoord deze vraag."],
      [form(s, { [`q${s.q.where}-postcode`]: "12" }), `q${s.q.where}-postcode`, "Vul een postcode in zoals 1234 AB."],
      [form(s, { batch: "999999" }), "batch", "Kies een stapel uit de lijst."],
      [form(s, { batchLabel: "" }), "batchLabel", "Geef de nieuwe stapel een naam"],
      [form(s, { [`q${s.q.street}`]: "Markt\u0000straat" }), `q${s.q.street}`, "Deze tekst bevat een onzichtbaar"],
      [{ batch: "new", batchLabel: "Leeg" }, `q${s.q.often}`, "Beantwoord deze vraag."],
    ];
    for (const [body, field, message] of cases) {
      const res = await official.post(url, body);
      expect(res.statusCode, message).toBe(400);
      expect(res.body, message).toMatch(new RegExp(`id="field-${field}-error"[^>]*>[^<]*${message.slice(0, 20)}`));
    }
    const kept = await official.post(url, form(s, { [`q${s.q.count}`]: "veel" }));
    expect(kept.body).toContain('value="Marktstraat"');
    expect(kept.body).toContain('value="veel"');
    expect(kept.body).toContain('value="Bibliotheek West, week 49"');
    expect(await paperRows(s.id)).toEqual([]);
    // A form with only optional questions and nothing filled in is not a response.
    const optional = await newSurvey(t, await newConsultation(t), [
      { id: 0, type: "shortText", label: "Opmerking", help: "", required: false, condition: null },
    ]);
    const empty = await official.post(`/admin/vragenlijsten/${optional.id}/papier/invoeren`, {
      batch: "new",
      batchLabel: "Leeg",
    });
    expect(empty.statusCode).toBe(400);
    expect(empty.body).toMatch(new RegExp(`id="field-q${optional.questionIds[0]}-error"[^>]*>Er is niets ingevuld.`));
    expect(await paperRows(optional.id)).toEqual([]);
    // A draft survey takes no paper forms yet (an answer would freeze its questions).
    await db().updateTable("surveys").set({ published: 0 }).where("id", "=", optional.id).execute();
    const draftUrl = `/admin/vragenlijsten/${optional.id}/papier/invoeren`;
    expect((await official.get(draftUrl)).body).toContain("nog niet gepubliceerd");
    const draft = await official.post(draftUrl, {
      batch: "new",
      batchLabel: "Leeg",
      [`q${optional.questionIds[0]}`]: "x",
    });
    expect(draft.statusCode).toBe(409);
    expect(await paperRows(optional.id)).toEqual([]);
    expect(await db().selectFrom("paper_batches").select("id").where("label", "=", "Leeg").execute()).toEqual([]);
  });

  it("corrects and removes a paper response with a reason in the audit log; online ones are unreachable", async () => {
    const s = await survey();
    const official = await t.agentFor(t.users.official);
    const base = `/admin/vragenlijsten/${s.id}/papier`;
    await official.post(`${base}/invoeren`, form(s));
    const [row] = await paperRows(s.id);
    const edit = await official.get(`${base}/${row!.id}/corrigeren`);
    expect(edit.statusCode).toBe(200);
    expect(edit.body).toContain('value="Marktstraat"');

    const noReason = await official.post(
      `${base}/${row!.id}/corrigeren`,
      form(s, { [`q${s.q.street}`]: "Kerkstraat" }),
    );
    expect(noReason.statusCode).toBe(400);
    expect(noReason.body).toContain("Schrijf waarom");
    expect(noReason.body).toContain('value="Kerkstraat"');
    const badAnswer = await official.post(`${base}/${row!.id}/corrigeren`, {
      ...form(s, { [`q${s.q.happy}`]: "9" }),
      reason: "Typefout in de straat",
    });
    expect(badAnswer.statusCode).toBe(400);
    const street = async () =>
      (
        await db()
          .selectFrom("survey_answers")
          .select("value")
          .where("response_id", "=", row!.id)
          .where("question_id", "=", s.q.street)
          .executeTakeFirst()
      )?.value;
    expect(await street()).toBe(JSON.stringify("Marktstraat"));
    const good = await official.post(`${base}/${row!.id}/corrigeren`, {
      ...form(s, { [`q${s.q.street}`]: "Kerkstraat" }),
      reason: "Typefout in de straat",
    });
    expect(good.statusCode).toBe(303);
    expect(await street()).toBe(JSON.stringify("Kerkstraat"));
    const corrected = (await audits("consultations.paper.corrected")).find((a) => a.subject === `survey:${s.id}`)!;
    expect(JSON.parse(corrected.details)).toEqual({
      response: row!.id,
      batchId: row!.paper_batch_id,
      reason: "Typefout in de straat",
    });
    expect(corrected.actor_user_id).toBe(t.users.official.id);

    expect((await official.post(`${base}/${row!.id}/verwijderen`, { reason: "" })).statusCode).toBe(400);
    expect(await paperRows(s.id)).toHaveLength(1);
    expect((await official.get(`${base}/${row!.id}/verwijderen`)).statusCode).toBe(200);
    const removed = await official.post(`${base}/${row!.id}/verwijderen`, { reason: "Twee keer ingevoerd" });
    expect(removed.statusCode).toBe(303);
    expect(await paperRows(s.id)).toEqual([]);
    const log = (await audits("consultations.paper.removed")).find((a) => a.subject === `survey:${s.id}`)!;
    expect(JSON.parse(log.details)).toMatchObject({ response: row!.id, reason: "Twee keer ingevoerd" });

    // An online response, or another survey's paper response, is not a paper response of this survey.
    const online = await sendResponse(t, s.id, [[s.q.often, 1]]);
    expect((await official.get(`${base}/${online}/corrigeren`)).statusCode).toBe(404);
    const other = await survey();
    await official.post(`/admin/vragenlijsten/${other.id}/papier/invoeren`, form(other));
    const [foreignRow] = await paperRows(other.id);
    expect((await official.post(`${base}/${foreignRow!.id}/verwijderen`, { reason: "Verkeerde" })).statusCode).toBe(
      404,
    );
    expect(await paperRows(other.id)).toHaveLength(1);
  });

  it("refuses residents, moderators, visitors, other sites and posts without a CSRF token", async () => {
    const s = await survey();
    const official = await t.agentFor(t.users.official);
    const base = `/admin/vragenlijsten/${s.id}/papier`;
    await official.post(`${base}/invoeren`, form(s));
    const [row] = await paperRows(s.id);
    const urls = [`${base}/invoeren`, `${base}/${row!.id}/corrigeren`, `${base}/${row!.id}/verwijderen`];
    const body = { ...form(s), reason: "Iemand anders" };
    for (const user of [t.users.resident, t.users.moderator, t.users.council]) {
      const agent = await t.agentFor(user);
      for (const url of urls) {
        expect((await agent.get(url)).statusCode, url).toBe(403);
        expect((await agent.post(url, body)).statusCode, url).toBe(403);
      }
    }
    for (const url of urls) expect((await t.agent().post(url, body)).statusCode).toBeGreaterThanOrEqual(300);
    for (const url of urls) expect((await official.post(url, { ...body, _csrf: "" })).statusCode).toBe(403);
    const other = await createSite(
      db(),
      { slug: `p${s.id}`, name: "Elders", hosts: [`papier${s.id}.example`] },
      t.clock(),
    );
    const foreign = await t.agentFor(await t.newUser({ siteId: other.id, roles: ["official"] }));
    foreign.host = `papier${s.id}.example`;
    for (const url of urls) expect((await foreign.post(url, body)).statusCode).toBe(404);
    expect(await paperRows(s.id)).toHaveLength(1);
    expect(
      await db().selectFrom("survey_answers").select("value").where("response_id", "=", row!.id).execute(),
    ).toContainEqual({
      value: JSON.stringify("Marktstraat"),
    });
  });
});
