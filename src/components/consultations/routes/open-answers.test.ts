import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { TestApp } from "../../../../test/support/app";
import { testDatabases } from "../../../../test/support/databases";
import { createConsultationsApp } from "../test/factories";
import { everyTypeSurvey } from "../test/every-type-survey";

const text = (html: string) => html.replace(/<[^>]+>/g, " ").replace(/\s+/g, " ");

describe.each(testDatabases)("open answers: moderation and themes on $name", (database) => {
  let t: TestApp;
  let s: Awaited<ReturnType<typeof everyTypeSurvey>>;
  let base: string;
  beforeAll(async () => {
    t = await createConsultationsApp(database);
    s = await everyTypeSurvey(t);
    base = `/admin/vragenlijsten/${s.survey.id}/open-antwoorden/${s.q.qShort}`;
  });
  afterAll(async () => {
    await t?.close();
  });

  const audits = (action: string) =>
    t.services.db.kysely.selectFrom("audit_log").select(["subject", "details"]).where("action", "=", action).execute();
  const hides = () => t.services.db.kysely.selectFrom("survey_answer_moderation").selectAll().execute();
  const tags = () => t.services.db.kysely.selectFrom("survey_answer_themes").selectAll().execute();

  it("lists the sent open answers for staff, newest first, never the unsent one", async () => {
    const official = await t.agentFor(t.users.official);
    const res = await official.get(base);
    expect(res.statusCode).toBe(200);
    const page = text(res.body);
    expect(page).toContain("Meer bomen");
    expect(page).toContain("Jan Jansen van nummer 4 is een sukkel");
    expect(page).not.toContain("Nog niet verstuurd");
    expect(page).toContain("3 antwoorden");
  });

  it("hides an answer with a reason and shows it again, both audited; a bad reason changes nothing", async () => {
    const official = await t.agentFor(t.users.official);
    const answer = `${base}/${s.responses.unverified}`;
    for (const reden of ["", "  x ", "x".repeat(301)]) {
      const res = await official.post(`${answer}/verbergen`, { reden });
      expect(res.statusCode).toBe(400);
      expect(res.body).toContain(`id="field-reden-${s.responses.unverified}-error"`);
      if (reden) expect(res.body).toContain(`value="${reden}"`);
    }
    expect(await hides()).toEqual([]);
    const hidden = await official.post(`${answer}/verbergen`, { reden: "Noemt een buurman bij naam" });
    expect(hidden.statusCode).toBe(303);
    expect(hidden.headers.location).toContain(`#antwoord-${s.responses.unverified}`);
    expect((await official.post(`${answer}/verbergen`, { reden: "Nog een keer" })).statusCode).toBe(409);
    expect((await hides()).map((h) => [h.response_id, h.reason, h.hidden_by])).toEqual([
      [s.responses.unverified, "Noemt een buurman bij naam", t.users.official.id],
    ]);
    expect(text((await official.get(base)).body)).toContain("Verborgen. Reden: Noemt een buurman bij naam");
    const results = text((await official.get(`/admin/vragenlijsten/${s.survey.id}/resultaten`)).body);
    expect(results).toContain("3 open antwoorden. Daarvan is 1 verborgen.");
    expect((await audits("consultations.answer.hidden")).map((a) => JSON.parse(a.details))).toEqual([
      { reason: "Noemt een buurman bij naam" },
    ]);

    expect((await official.post(`${answer}/tonen`)).statusCode).toBe(303);
    expect(await hides()).toEqual([]);
    expect((await official.post(`${answer}/tonen`)).statusCode).toBe(409);
    expect(await audits("consultations.answer.shown")).toHaveLength(1);
    // Hide it again for the public tests below.
    expect((await official.post(`${answer}/verbergen`, { reden: "Noemt een buurman bij naam" })).statusCode).toBe(303);
  });

  it("makes themes per survey, tags answers, and counts them in the results", async () => {
    const official = await t.agentFor(t.users.official);
    for (const naam of ["", "x", "y".repeat(61)]) {
      const res = await official.post(`${base}/thema-nieuw`, { naam });
      expect(res.statusCode, naam).toBe(400);
      expect(res.body).toContain('id="field-naam-error"');
    }
    expect((await official.post(`${base}/thema-nieuw`, { naam: "Groen" })).statusCode).toBe(303);
    expect((await official.post(`${base}/thema-nieuw`, { naam: "Verkeer" })).statusCode).toBe(303);
    const taken = await official.post(`${base}/thema-nieuw`, { naam: "groen" });
    expect(taken.statusCode).toBe(400);
    expect(taken.body).toContain("Dit thema bestaat al.");
    const themes = await t.services.db.kysely
      .selectFrom("survey_themes")
      .select(["id", "name"])
      .orderBy("name")
      .execute();
    expect(themes.map((th) => th.name)).toEqual(["Groen", "Verkeer"]);
    const [green, traffic] = themes.map((th) => String(th.id)) as [string, string];

    const tag = (response: number, thema: string | string[]) => official.post(`${base}/${response}/themas`, { thema });
    expect((await tag(s.responses.verified, [green, traffic])).statusCode).toBe(303);
    expect((await tag(s.responses.unverified, green)).statusCode).toBe(303);
    expect((await tag(s.responses.anonymous, traffic)).statusCode).toBe(303);
    const before = await tags();
    for (const bad of ["999999", "abc", ["1", "x"]]) {
      const res = await tag(s.responses.verified, bad);
      expect(res.statusCode).toBe(400);
      expect(text(res.body)).toMatch(/Kies alleen thema(&#39;|')s uit de lijst\./);
    }
    expect(await tags()).toEqual(before);
    // Untagging: sending no boxes clears the themes of that answer.
    expect((await official.post(`${base}/${s.responses.anonymous}/themas`, {})).statusCode).toBe(303);
    expect((await tags()).filter((g) => g.response_id === s.responses.anonymous)).toEqual([]);
    expect((await audits("consultations.theme.created")).length).toBe(2);
    expect((await audits("consultations.answer.tagged")).length).toBe(4);

    const results = text((await official.get(`/admin/vragenlijsten/${s.survey.id}/resultaten`)).body);
    // Staff count every answer, the hidden one too: Groen 2 of 3, Verkeer 1 of 3.
    expect(results).toContain("Groen 2 66,7%");
    expect(results).toContain("Verkeer 1 33,3%");
  });

  it("refuses residents, visitors, forged requests, other surveys' answers and other sites", async () => {
    const answer = `${base}/${s.responses.verified}`;
    const urls = [
      base,
      `/admin/vragenlijsten/${s.survey.id}/resultaten`,
      `/admin/vragenlijsten/${s.survey.id}/antwoorden.csv`,
    ];
    const posts: [string, Record<string, string>][] = [
      [`${answer}/verbergen`, { reden: "Zomaar verbergen" }],
      [`${answer}/themas`, {}],
      [`${base}/thema-nieuw`, { naam: "Buiten" }],
      [`/admin/vragenlijsten/${s.survey.id}/resultaten/openbaar`, { openbaar: "1" }],
    ];
    const before = [await hides(), await tags()];
    for (const role of ["resident", "moderator", "council"] as const) {
      const agent = await t.agentFor(t.users[role]);
      for (const url of urls) expect((await agent.get(url)).statusCode, `${role} ${url}`).toBe(403);
      for (const [url, body] of posts) expect((await agent.post(url, body)).statusCode, `${role} ${url}`).toBe(403);
    }
    for (const url of urls) expect((await t.agent().get(url)).statusCode, url).toBe(303);
    const official = await t.agentFor(t.users.official);
    for (const [url, body] of posts)
      expect((await official.post(url, { ...body, _csrf: "vervalst" })).statusCode, url).toBe(403);
    expect([await hides(), await tags()]).toEqual(before);
    const survey = await t.services.db.kysely
      .selectFrom("surveys")
      .select("results_public")
      .where("id", "=", s.survey.id)
      .executeTakeFirstOrThrow();
    expect(survey.results_public).toBe(0);

    // Not a text question, another survey's answer, an unsent answer, nonsense ids: 404.
    const other = await everyTypeSurvey(t);
    for (const url of [
      `/admin/vragenlijsten/${s.survey.id}/open-antwoorden/${s.q.qSingle}`,
      `/admin/vragenlijsten/${s.survey.id}/open-antwoorden/${other.q.qShort}`,
      `/admin/vragenlijsten/${s.survey.id}/open-antwoorden/abc`,
    ])
      expect((await official.get(url)).statusCode, url).toBe(404);
    for (const rid of [other.responses.verified, s.responses.unsent, s.responses.paper])
      expect(
        (await official.post(`${base}/${rid}/verbergen`, { reden: "Geen antwoord" })).statusCode,
        String(rid),
      ).toBe(404);

    const { createSite } = await import("../../../core/sites/store");
    const elsewhere = await createSite(
      t.services.db.kysely,
      { slug: "elders", name: "Elders", hosts: ["elders.example"] },
      t.clock(),
    );
    const foreign = await t.agentFor(await t.newUser({ siteId: elsewhere.id, roles: ["admin"] }));
    foreign.host = "elders.example";
    for (const url of urls) expect((await foreign.get(url)).statusCode, url).toBe(404);
    expect((await foreign.post(`${answer}/verbergen`, { reden: "Van elders" })).statusCode).toBe(404);
    expect([await hides(), await tags()]).toEqual(before);
  });
});
