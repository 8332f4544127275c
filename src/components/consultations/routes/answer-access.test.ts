// Who may answer: the consultation's participation rule, set by staff on its "deelname" page and
// asked on every answering route (refusals explain the rule); verified residents are marked and
// placed in their area; and anonymous answering where the consultation allows it (a token cookie
// whose hash is stored, never verified, rate-limited per IP address).
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { TestApp } from "../../../../test/support/app";
import { testDatabases } from "../../../../test/support/databases";
import { areaId, verifiedResident } from "../../../../test/support/participation";
import { ANONYMOUS_LIMITS, tokenHash } from "./respondent";
import { createConsultationsApp, newConsultation, newTwoPageSurvey } from "../test/factories";

type Survey = Awaited<ReturnType<typeof newTwoPageSurvey>>;

describe.each(testDatabases)("who may answer a survey on $name", (database) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createConsultationsApp(database);
  });
  afterAll(async () => {
    await t?.close();
  });

  const responses = (surveyId: number) =>
    t.services.db.kysely.selectFrom("survey_responses").selectAll().where("survey_id", "=", surveyId).execute();
  const page1 = (s: Survey) => ({
    pagina: String(s.pageIds[0]),
    actie: "volgende",
    [`q${s.q.often}`]: "1",
  });
  const page2 = (s: Survey) => ({
    pagina: String(s.pageIds[1]),
    actie: "volgende",
    [`q${s.q.safety}-0`]: "0",
    [`q${s.q.safety}-1`]: "0",
    [`q${s.q.where}`]: "",
  });

  it("lets staff set the rule on the participation page; those who do not meet it are told why", async () => {
    const consultation = await newConsultation(t);
    const s = await newTwoPageSurvey(t, consultation);
    const url = `/admin/raadplegingen/${consultation}/deelname`;
    const resident = await t.agentFor(t.users.resident);
    // Outsiders: a resident, a visitor, a post without CSRF token.
    expect((await resident.get(url)).statusCode).toBe(403);
    expect((await resident.post(url, { answerLevel: "identity" })).statusCode).toBe(403);
    expect((await t.agent().get(url)).statusCode).toBe(303);
    const official = await t.agentFor(t.users.official);
    const form = await official.get(url);
    expect(form.statusCode).toBe(200);
    expect(form.body).toContain("de vragenlijsten invullen");
    expect((await official.post(url, { answerLevel: "identity", _csrf: "" })).statusCode).toBe(403);
    // Bad input: an unknown level is refused beside the field; nothing stored.
    expect((await official.post(url, { answerLevel: "iedereen" })).statusCode).toBe(400);
    const noRule = await t.services.db.kysely
      .selectFrom("participation_rules")
      .selectAll()
      .where("component", "=", "consultations")
      .where("process_id", "=", consultation)
      .execute();
    expect(noRule).toEqual([]);
    const noord = await areaId(t, "Noord");
    expect((await official.post(url, { answerLevel: "identity", answerAreas: String(noord) })).statusCode).toBe(303);

    const start = await resident.get(`/vragenlijsten/${s.id}`);
    expect(start.body).toContain("Noord");
    expect(start.body).not.toContain(`?pagina=1"`);
    for (const refused of [
      await resident.get(`/vragenlijsten/${s.id}?pagina=1`),
      await resident.post(`/vragenlijsten/${s.id}`, page1(s)),
      await resident.get(`/vragenlijsten/${s.id}/overzicht`),
      await resident.post(`/vragenlijsten/${s.id}/versturen`),
    ]) {
      expect(refused.statusCode).toBe(403);
      expect(refused.body).toContain("Noord");
    }
    expect(await responses(s.id)).toEqual([]);
    // A verified resident of Zuid is outside the rule's area.
    const south = await t.agentFor(await verifiedResident(t, { postcode: "1025 AB" }));
    expect((await south.post(`/vragenlijsten/${s.id}`, page1(s))).statusCode).toBe(403);

    // A verified resident of Noord answers; the response is marked verified and placed in Noord,
    // whatever the area question says.
    const north = await t.agentFor(await verifiedResident(t, { postcode: "1010 AB" }));
    expect((await north.post(`/vragenlijsten/${s.id}`, page1(s))).statusCode).toBe(303);
    const zuid = await areaId(t, "Zuid");
    expect(
      (await north.post(`/vragenlijsten/${s.id}`, { ...page2(s), [`q${s.q.where}`]: String(zuid) })).statusCode,
    ).toBe(303);
    expect((await north.post(`/vragenlijsten/${s.id}/versturen`)).statusCode).toBe(303);
    const [row] = await responses(s.id);
    expect(row).toMatchObject({ verified: 1, area_id: noord, source: "online" });
    expect(row!.submitted_at).not.toBeNull();
  });

  it("lets visitors answer without an account where staff allow it: a token cookie, only its hash stored", async () => {
    const consultation = await newConsultation(t);
    const official = await t.agentFor(t.users.official);
    const edit = await official.get(`/admin/raadplegingen/${consultation}`);
    expect(edit.body).toContain('name="anonymousAnswers"');
    // A forged value is refused beside the field and changes nothing.
    const forged = await official.post(`/admin/raadplegingen/${consultation}`, {
      title: "Herinrichting Marktplein",
      summary: "Hoe moet het plein worden?",
      body: "",
      contact: "",
      anonymousAnswers: "ja",
    });
    expect(forged.statusCode).toBe(400);
    expect(forged.body).toContain('id="field-anonymousAnswers-error"');
    const saved = await official.post(`/admin/raadplegingen/${consultation}`, {
      title: "Herinrichting Marktplein",
      summary: "Hoe moet het plein worden?",
      body: "",
      contact: "",
      anonymousAnswers: "1",
    });
    expect(saved.statusCode).toBe(303);
    const s = await newTwoPageSurvey(t, consultation);

    const visitor = t.agent();
    const start = await visitor.get(`/vragenlijsten/${s.id}`);
    expect(start.body).toContain("zonder account");
    expect([...visitor.cookies.keys()]).not.toContain("inspraak_survey");
    expect((await visitor.get(`/vragenlijsten/${s.id}?pagina=1`)).statusCode).toBe(200);
    expect((await visitor.post(`/vragenlijsten/${s.id}`, page1(s))).statusCode).toBe(303);
    const token = visitor.cookies.get("inspraak_survey")!;
    expect(token).toMatch(/^[\w-]{40,}$/);
    expect((await visitor.post(`/vragenlijsten/${s.id}`, page2(s))).statusCode).toBe(303);
    expect((await visitor.post(`/vragenlijsten/${s.id}/versturen`)).headers.location).toBe(
      `/vragenlijsten/${s.id}/bedankt`,
    );
    const [row] = await responses(s.id);
    expect(row).toMatchObject({ source: "anonymous", verified: 0, user_id: null, anonymous_key: tokenHash(token) });
    expect(JSON.stringify(row)).not.toContain(token);

    // Another visitor does not see these answers, and starts a response of their own.
    const other = t.agent();
    expect((await other.get(`/vragenlijsten/${s.id}/overzicht`)).headers.location).toBe(
      `/vragenlijsten/${s.id}?pagina=1`,
    );
    // A forged cookie is just another (new) visitor, never someone's response.
    other.cookies.set("inspraak_survey", "x");
    expect((await other.post(`/vragenlijsten/${s.id}`, page1(s))).statusCode).toBe(303);
    expect(await responses(s.id)).toHaveLength(2);

    // A rule that asks more than an account shuts anonymous answering: visitors must log in.
    await official.post(`/admin/raadplegingen/${consultation}/deelname`, { answerLevel: "email" });
    const shut = await visitor.post(`/vragenlijsten/${s.id}`, page1(s));
    expect(shut.statusCode).toBe(303);
    expect(shut.headers.location).toMatch(/^\/inloggen/);
  });

  it("limits new anonymous responses per IP address with 429, storing nothing more", async () => {
    const consultation = await newConsultation(t);
    await t.services.db.kysely
      .updateTable("consultations")
      .set({ anonymous_answers: 1 })
      .where("id", "=", consultation)
      .execute();
    const s = await newTwoPageSurvey(t, consultation);
    // The earlier test's visitors came from the same address.
    await t.services.rateLimiter.reset("surveys:anon-new:ip:127.0.0.1");
    const statuses: number[] = [];
    for (let i = 0; i < ANONYMOUS_LIMITS.newResponsesPerHourPerIp; i++)
      statuses.push((await t.agent().post(`/vragenlijsten/${s.id}`, page1(s))).statusCode);
    expect(statuses.every((c) => c === 303)).toBe(true);
    const refused = await t.agent().post(`/vragenlijsten/${s.id}`, page1(s));
    expect(refused.statusCode).toBe(429);
    expect(refused.headers["retry-after"]).toBeDefined();
    expect(await responses(s.id)).toHaveLength(ANONYMOUS_LIMITS.newResponsesPerHourPerIp);
  });
});
