import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { TestApp } from "../../../../test/support/app";
import { testDatabases } from "../../../../test/support/databases";
import { getSurvey, surveyPages } from "../store/surveys";
import { single, shortText } from "../domain/test-questions";
import { createConsultationsApp, newConsultation, newSurvey, saveSomeAnswer } from "../test/factories";

/** The builder form of one question of each type, as staff fill it in. */
const forms: Record<string, Record<string, string>> = {
  single: { label: "Komt u vaak op het plein?", choices: "Ja\nNee", required: "1" },
  multiple: { label: "Wat doet u op het plein?", choices: "Markt\nTerras\nSpelen", max: "2" },
  scale: { label: "Hoe tevreden bent u?", min: "1", max: "5", minLabel: "Helemaal niet", maxLabel: "Heel erg" },
  number: { label: "Hoe vaak per week?", min: "0", max: "7" },
  shortText: { label: "Uw straat" },
  longText: { label: "Wat wilt u nog kwijt?" },
  ranking: { label: "Wat is het belangrijkst?", choices: "Bomen\nBankjes\nFietsenrekken" },
  grid: { label: "Hoe veilig voelt u zich?", rows: "Overdag\n's Avonds", choices: "Veilig\nOnveilig" },
  area: { label: "Waar woont u?", allowPostcode: "1" },
};

describe.each(testDatabases)("the survey builder on $name", (database) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createConsultationsApp(database);
  });
  afterAll(async () => {
    await t?.close();
  });

  it("builds a survey of every question type without JavaScript, and previews it", async () => {
    const official = await t.agentFor(t.users.official);
    const consultation = await newConsultation(t);
    const made = await official.post(`/admin/raadplegingen/${consultation}/vragenlijst-nieuw`, {
      title: "Vragenlijst plein",
      intro: "Het duurt vijf minuten.",
      closesOn: "2099-03-31",
      published: "0",
    });
    expect(made.statusCode).toBe(303);
    const surveyId = Number(String(made.headers.location).split("/").pop());
    const db = t.services.db.kysely;
    const [first] = await surveyPages(db, surveyId);
    for (const [type, form] of Object.entries(forms)) {
      const url = `/admin/vragenlijsten/${surveyId}/vragen/nieuw?pagina=${first!.id}&soort=${type}`;
      expect((await official.get(url)).statusCode, type).toBe(200);
      expect((await official.post(url, form)).statusCode, type).toBe(303);
    }
    expect((await official.post(`/admin/vragenlijsten/${surveyId}/paginas`)).statusCode).toBe(303);
    let pages = await surveyPages(db, surveyId);
    expect(pages.map((p) => p.questions.map((q) => q.type))).toEqual([Object.keys(forms), []]);
    // A question on page 2 that is shown only to those who come to the square often.
    const often = pages[0]!.questions[0]!;
    const conditional = `/admin/vragenlijsten/${surveyId}/vragen/nieuw?pagina=${pages[1]!.id}&soort=longText`;
    expect((await official.get(conditional)).body).toContain(`value="${often.id}:0"`);
    expect((await official.post(conditional, { label: "Wat mist u?", condition: `${often.id}:0` })).statusCode).toBe(
      303,
    );
    pages = await surveyPages(db, surveyId);
    expect(pages[1]!.questions[0]!.condition).toEqual({ questionId: often.id, value: 0 });

    const builder = await official.get(`/admin/vragenlijsten/${surveyId}`);
    for (const form of Object.values(forms)) expect(builder.body).toContain(form.label!.replace("'", "&#39;"));
    const preview = await official.get(`/admin/vragenlijsten/${surveyId}/voorbeeld`);
    expect(preview.statusCode).toBe(200);
    expect(preview.body).toContain("Helemaal niet");
    expect(preview.body).toContain("Fietsenrekken");
    const page2 = await official.get(`/admin/vragenlijsten/${surveyId}/voorbeeld?pagina=2`);
    expect(page2.body).toContain("Alleen als het antwoord op");
    const english = await official.get(`/admin/vragenlijsten/${surveyId}/voorbeeld`, { "accept-language": "en" });
    expect(english.statusCode).toBe(200);
  });

  it("moves and deletes questions, but never so that a condition breaks", async () => {
    const official = await t.agentFor(t.users.official);
    const { id, questionIds } = await newSurvey(t, await newConsultation(t), [single(0), shortText(0)]);
    const [a, b] = questionIds as [number, number];
    const base = `/admin/vragenlijsten/${id}/vragen`;
    expect((await official.post(`${base}/${b}/verplaatsen`, { richting: "up" })).statusCode).toBe(303);
    const db = t.services.db.kysely;
    expect((await surveyPages(db, id))[0]!.questions.map((q) => q.id)).toEqual([b, a]);
    expect((await official.post(`${base}/${b}/verplaatsen`, { richting: "up" })).statusCode).toBe(409);
    expect((await official.post(`${base}/${b}/verplaatsen`, { richting: "sideways" })).statusCode).toBe(409);
    // Page 2 with a question that depends on `a`: `a` may not move onto page 2 or be deleted.
    await official.post(`/admin/vragenlijsten/${id}/paginas`);
    const page2 = (await surveyPages(db, id))[1]!.id;
    await official.post(`${base}/nieuw?pagina=${page2}&soort=shortText`, { label: "Waarom?", condition: `${a}:1` });
    expect((await official.post(`${base}/${a}/verplaatsen`, { richting: "down" })).statusCode).toBe(409);
    expect((await official.post(`${base}/${a}/verwijderen`)).statusCode).toBe(409);
    expect((await surveyPages(db, id)).map((p) => p.questions.length)).toEqual([2, 1]);
    expect((await official.post(`${base}/${b}/verwijderen`)).statusCode).toBe(303);
    expect((await surveyPages(db, id))[0]!.questions.map((q) => q.id)).toEqual([a]);
  });

  it("answers bad builder input with 400 beside the field, keeps it, and saves nothing", async () => {
    const official = await t.agentFor(t.users.official);
    const { id, pageId } = await newSurvey(t, await newConsultation(t));
    const url = `/admin/vragenlijsten/${id}/vragen/nieuw?pagina=${pageId}&soort=multiple`;
    const res = await official.post(url, { label: "", choices: "Alleen deze", max: "twee" });
    expect(res.statusCode).toBe(400);
    expect(res.body).toContain('id="field-label-error">Vul de vraag in.');
    expect(res.body).toContain('id="field-choices-error">Vul meer regels in.');
    expect(res.body).toContain('id="field-max-error">Vul een heel getal in.');
    expect(res.body).toContain("Alleen deze</textarea>");
    expect((await official.post(url, { label: "Vraag", choices: "A\nB", condition: "1:0" })).statusCode).toBe(400);
    expect((await official.post(url, { label: "Vraag\u0000", choices: "A\nB" })).statusCode).toBe(400);
    expect((await surveyPages(t.services.db.kysely, id))[0]!.questions).toEqual([]);
    expect((await official.get(`/admin/vragenlijsten/${id}/vragen/nieuw?pagina=${pageId}&soort=poll`)).statusCode).toBe(
      404,
    );
    expect((await official.get(`/admin/vragenlijsten/${id}/vragen/nieuw?pagina=999999&soort=single`)).statusCode).toBe(
      404,
    );
    const settings = await official.post(`/admin/vragenlijsten/${id}/instellingen`, {
      title: "Plein",
      closesOn: "2099-02-30",
      published: "1",
    });
    expect(settings.statusCode).toBe(400);
    expect(settings.body).toContain('id="field-closesOn-error">Vul een bestaande datum in.');
    expect((await getSurvey(t.services.db.kysely, t.site.id, id))!.title).toBe("Vragenlijst plein");
  });

  it("allows only text changes once answers exist, and logs them", async () => {
    const official = await t.agentFor(t.users.official);
    const { id, pageId, questionIds } = await newSurvey(t, await newConsultation(t), [single(0)]);
    const q = questionIds[0]!;
    await saveSomeAnswer(t, id, q, 1);
    const base = `/admin/vragenlijsten/${id}`;
    expect((await official.get(base)).body).toContain("Er zijn al antwoorden.");
    const form = {
      label: "Parkeert u in uw straat?",
      help: "",
      choices: "Yes\nNo\nSometimes",
      required: "0",
      condition: "",
    };
    expect((await official.post(`${base}/vragen/${q}`, { ...form, required: "1" })).statusCode).toBe(409);
    expect((await official.post(`${base}/vragen/${q}`, { ...form, choices: "Yes\nNo" })).statusCode).toBe(409);
    expect((await official.post(`${base}/paginas`)).statusCode).toBe(409);
    expect((await official.post(`${base}/vragen/${q}/verwijderen`)).statusCode).toBe(409);
    expect(
      (await official.post(`${base}/vragen/nieuw?pagina=${pageId}&soort=single`, { label: "Nog een", choices: "A\nB" }))
        .statusCode,
    ).toBe(409);
    const db = t.services.db.kysely;
    expect((await surveyPages(db, id)).flatMap((p) => p.questions)).toEqual([{ ...single(q), id: q }]);
    expect((await official.post(`${base}/vragen/${q}`, form)).statusCode).toBe(303);
    expect((await surveyPages(db, id))[0]!.questions[0]!.label).toBe("Parkeert u in uw straat?");
    const log = await db
      .selectFrom("audit_log")
      .select("details")
      .where("action", "=", "consultations.question.edited")
      .execute();
    expect(JSON.parse(log.at(-1)!.details).textChanges).toEqual([
      { field: "label", before: "Do you park in the street?", after: "Parkeert u in uw straat?" },
    ]);
  });

  it("refuses the builder to residents, moderators, visitors, forged requests and other sites", async () => {
    const { id, pageId, questionIds } = await newSurvey(t, await newConsultation(t), [single(0)]);
    const q = questionIds[0]!;
    const posts: [string, Record<string, string>][] = [
      [`/admin/vragenlijsten/${id}/instellingen`, { title: "Gekaapt", closesOn: "2099-01-01", published: "1" }],
      [`/admin/vragenlijsten/${id}/paginas`, {}],
      [`/admin/vragenlijsten/${id}/vragen/nieuw?pagina=${pageId}&soort=shortText`, { label: "Gekaapt" }],
      [`/admin/vragenlijsten/${id}/vragen/${q}`, { label: "Gekaapt", choices: "A\nB" }],
      [`/admin/vragenlijsten/${id}/vragen/${q}/verwijderen`, {}],
    ];
    for (const role of ["resident", "moderator"] as const) {
      const agent = await t.agentFor(t.users[role]);
      expect((await agent.get(`/admin/vragenlijsten/${id}`)).statusCode).toBe(403);
      expect((await agent.get(`/admin/vragenlijsten/${id}/voorbeeld`)).statusCode).toBe(403);
      for (const [url, form] of posts) expect((await agent.post(url, form)).statusCode, url).toBe(403);
    }
    expect((await t.agent().get(`/admin/vragenlijsten/${id}`)).statusCode).toBe(303);
    const official = await t.agentFor(t.users.official);
    for (const [url, form] of posts)
      expect((await official.post(url, { ...form, _csrf: "" })).statusCode, url).toBe(403);
    const { createSite } = await import("../../../core/sites/store");
    const other = await createSite(
      t.services.db.kysely,
      { slug: "anders", name: "Anders", hosts: ["anders.example"] },
      t.clock(),
    );
    const foreign = await t.agentFor(await t.newUser({ siteId: other.id, roles: ["official"] }));
    foreign.host = "anders.example";
    expect((await foreign.get(`/admin/vragenlijsten/${id}`)).statusCode).toBe(404);
    for (const [url, form] of posts) expect((await foreign.post(url, form)).statusCode, url).toBe(404);
    const pages = await surveyPages(t.services.db.kysely, id);
    expect(pages).toHaveLength(1);
    expect(pages[0]!.questions.map((x) => x.label)).toEqual([single().label]);
    expect((await getSurvey(t.services.db.kysely, t.site.id, id))!.title).toBe("Vragenlijst plein");
  });
});
