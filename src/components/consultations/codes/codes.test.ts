// Answer codes (docs/consultations.md): staff make them for a survey and get them once (CSV or
// printable); a resident without an account answers with one, one response per code, marked as a
// code response in its area; wrong codes are refused beside the field and change nothing.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { TestApp } from "../../../../test/support/app";
import { testDatabases } from "../../../../test/support/databases";
import { parseCsv } from "../../../core/csv";
import { CODE_ATTEMPTS } from "../../../core/codes/code-attempts";
import { normalizeCode } from "../../../core/codes/one-time-codes";
import { createSite } from "../../../core/sites/store";
import { createConsultationsApp, newConsultation, newTwoPageSurvey, testAreas } from "../test/factories";
import { reportFigures } from "../report/figures";
import { responseGroups } from "../report/store";
import { tokenHash } from "../routes/respondent";

type Survey = Awaited<ReturnType<typeof newTwoPageSurvey>>;
const csvRows = (body: string) => parseCsv(body, "codes.csv", ";").map((r) => r.fields);
const text = (html: string) => html.replace(/<[^>]+>/g, " ").replace(/\s+/g, " ");

describe.each(testDatabases)("answer codes on $name", (database) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createConsultationsApp(database);
  });
  afterAll(async () => {
    await t?.close();
  });

  const db = () => t.services.db.kysely;
  const responses = (surveyId: number) =>
    db().selectFrom("survey_responses").selectAll().where("survey_id", "=", surveyId).execute();
  const codeRows = (surveyId: number) =>
    db().selectFrom("survey_answer_codes").selectAll().where("survey_id", "=", surveyId).execute();
  const page1 = (s: Survey) => ({ pagina: String(s.pageIds[0]), actie: "volgende", [`q${s.q.often}`]: "1" });
  const page2 = (s: Survey) => ({
    pagina: String(s.pageIds[1]),
    actie: "volgende",
    [`q${s.q.safety}-0`]: "0",
    [`q${s.q.safety}-1`]: "0",
    [`q${s.q.where}`]: "",
  });

  /** Codes made by an official through the page, read from the CSV. */
  async function makeCodes(s: Survey, count: number, areaId: number | "" = ""): Promise<string[]> {
    const official = await t.agentFor(t.users.official);
    const res = await official.post(`/admin/vragenlijsten/${s.id}/codes`, {
      count: String(count),
      areaId: String(areaId),
      format: "csv",
    });
    expect(res.statusCode).toBe(200);
    return csvRows(res.body)
      .slice(1)
      .map((r) => r[1]!);
  }

  it("lets staff make codes once as CSV or printable pages, storing only keyed hashes", async () => {
    const s = await newTwoPageSurvey(t, await newConsultation(t));
    const official = await t.agentFor(t.users.official);
    const url = `/admin/vragenlijsten/${s.id}/codes`;
    const page = await official.get(url);
    expect(page.statusCode).toBe(200);
    expect(text(page.body)).toContain("0 codes gemaakt. Gebruikt: 0.");
    expect((await official.get(`/admin/vragenlijsten/${s.id}`)).body).toContain(url);

    const csv = await official.post(url, { count: "3", areaId: "", format: "csv" });
    expect(csv.statusCode).toBe(200);
    expect(csv.headers["content-type"]).toContain("text/csv");
    expect(csv.headers["cache-control"]).toBe("no-store");
    const rows = csvRows(csv.body);
    expect(rows[0]).toEqual(["nummer", "antwoordcode", "website", "vragenlijst"]);
    expect(rows).toHaveLength(4);
    expect(rows[1]![2]).toMatch(new RegExp(`/vragenlijsten/${s.id}/code$`));
    const codes = rows.slice(1).map((r) => r[1]!);
    expect(codes.every((c) => /^[A-Z2-9]{4}-[A-Z2-9]{4}-[A-Z2-9]{4}$/.test(c))).toBe(true);

    const { Noord } = await testAreas(t);
    const print = await official.post(url, { count: "2", areaId: String(Noord), format: "print" });
    expect(print.statusCode).toBe(200);
    expect(print.headers["cache-control"]).toBe("no-store");
    expect(print.body.match(/class="letter__code"/g)).toHaveLength(2);

    const stored = await codeRows(s.id);
    expect(stored).toHaveLength(5);
    expect(stored.filter((r) => r.area_id === Noord)).toHaveLength(2);
    const dump = JSON.stringify(stored);
    for (const code of codes) expect(dump).not.toContain(normalizeCode(code)!);
    expect(text((await official.get(url)).body)).toContain("5 codes gemaakt. Gebruikt: 0. Antwoorden verstuurd: 0.");
  });

  it("refuses outsiders and bad input on the staff routes, making no codes", async () => {
    const s = await newTwoPageSurvey(t, await newConsultation(t));
    const url = `/admin/vragenlijsten/${s.id}/codes`;
    const body = { count: "2", areaId: "", format: "csv" };
    const resident = await t.agentFor(t.users.resident);
    expect((await resident.get(url)).statusCode).toBe(403);
    expect((await resident.post(url, body)).statusCode).toBe(403);
    expect((await t.agent().get(url)).statusCode).toBe(303);
    expect((await t.agent().post(url, body)).statusCode).toBeGreaterThanOrEqual(300);
    const official = await t.agentFor(t.users.official);
    expect((await official.post(url, { ...body, _csrf: "" })).statusCode).toBe(403);
    const other = await createSite(
      db(),
      { slug: "elders-codes", name: "Elders", hosts: ["elders-codes.example"] },
      t.clock(),
    );
    const foreign = await t.agentFor(await t.newUser({ siteId: other.id, roles: ["official"] }));
    foreign.host = "elders-codes.example";
    expect((await foreign.get(url)).statusCode).toBe(404);
    expect((await foreign.post(url, body)).statusCode).toBe(404);
    for (const bad of [
      { count: "0" },
      { count: "abc" },
      { count: "20001" },
      { areaId: "999999" },
      { format: "zip" },
      { count: "1001", format: "print" },
    ]) {
      const res = await official.post(url, { ...body, ...bad });
      expect(res.statusCode, JSON.stringify(bad)).toBe(400);
      expect(res.body).toContain("utrecht-form-field-error-message");
    }
    expect(await codeRows(s.id)).toEqual([]);
  });

  it("lets a resident without an account answer with a code: one response, marked, in the code's area", async () => {
    // The consultation asks for an account (the default): the code is the exception.
    const s = await newTwoPageSurvey(t, await newConsultation(t));
    const { Zuid } = await testAreas(t);
    const [code] = await makeCodes(s, 2, Zuid);
    const visitor = t.agent();
    const start = await visitor.get(`/vragenlijsten/${s.id}`);
    expect(start.body).toContain(`action="/vragenlijsten/${s.id}/code"`);
    expect((await visitor.post(`/vragenlijsten/${s.id}`, page1(s))).statusCode).toBe(303); // to log in
    expect(await responses(s.id)).toEqual([]);

    const entered = await visitor.post(`/vragenlijsten/${s.id}/code`, { code: code!.toLowerCase() });
    expect(entered.statusCode).toBe(303);
    expect(entered.headers.location).toBe(`/vragenlijsten/${s.id}`);
    const token = visitor.cookies.get(`inspraak_code_${s.id}`)!;
    expect(token).toMatch(/^[\w-]{40,}$/);
    expect((await visitor.get(`/vragenlijsten/${s.id}`)).body).toContain("U antwoordt met uw antwoordcode.");
    expect((await visitor.post(`/vragenlijsten/${s.id}`, page1(s))).headers.location).toBe(
      `/vragenlijsten/${s.id}?pagina=2`,
    );
    expect((await visitor.post(`/vragenlijsten/${s.id}`, page2(s))).statusCode).toBe(303);
    expect((await visitor.post(`/vragenlijsten/${s.id}/versturen`)).headers.location).toBe(
      `/vragenlijsten/${s.id}/bedankt`,
    );
    const [row] = await responses(s.id);
    expect(row).toMatchObject({ source: "code", user_id: null, verified: 0, area_id: Zuid });
    expect(row!.anonymous_key).toBe(tokenHash(token));
    expect(row!.code_id).not.toBeNull();

    // Coming back with the same code (another browser) leads to the same response, to change it;
    // the first browser's cookie no longer holds it.
    const later = t.agent();
    expect((await later.post(`/vragenlijsten/${s.id}/code`, { code: code! })).statusCode).toBe(303);
    expect((await later.get(`/vragenlijsten/${s.id}/overzicht`)).statusCode).toBe(200);
    expect((await later.post(`/vragenlijsten/${s.id}`, { ...page1(s), [`q${s.q.often}`]: "0" })).statusCode).toBe(303);
    expect(await responses(s.id)).toHaveLength(1);
    expect((await visitor.get(`/vragenlijsten/${s.id}/overzicht`)).statusCode).toBe(303);

    // One response per code, held by the database too.
    const now = t.clock().toISOString();
    await expect(
      db()
        .insertInto("survey_responses")
        .values({
          survey_id: s.id,
          code_id: row!.code_id,
          source: "code",
          created_at: now,
          updated_at: now,
          submitted_at: null,
        })
        .execute(),
    ).rejects.toThrow();
    const official = await t.agentFor(t.users.official);
    expect(text((await official.get(`/admin/vragenlijsten/${s.id}/codes`)).body)).toContain(
      "2 codes gemaakt. Gebruikt: 1. Antwoorden verstuurd: 1.",
    );
  });

  it("refuses an unknown, malformed or other survey's code with 400 beside the field, saving nothing", async () => {
    await t.services.rateLimiter.reset("survey-code:127.0.0.1");
    const s = await newTwoPageSurvey(t, await newConsultation(t));
    const elsewhere = await newTwoPageSurvey(t, await newConsultation(t));
    const [otherCode] = await makeCodes(elsewhere, 1);
    await makeCodes(s, 1);
    const visitor = t.agent();
    for (const code of ["ABCD-EFGH-JKMN", "nonsense", "", otherCode!, "x".repeat(5000)]) {
      const res = await visitor.post(`/vragenlijsten/${s.id}/code`, { code });
      expect(res.statusCode, code.slice(0, 20)).toBe(400);
      expect(res.body).toContain('id="field-code-error"');
      expect(res.body).toContain("Deze code werkt niet voor deze vragenlijst.");
    }
    expect([...visitor.cookies.keys()].some((k) => k.startsWith("inspraak_code_"))).toBe(false);
    expect(await responses(s.id)).toEqual([]);
    expect((await codeRows(s.id)).every((r) => r.used_at === null)).toBe(true);
    // No CSRF token: refused before anything is tested.
    expect((await visitor.post(`/vragenlijsten/${s.id}/code`, { code: "ABCD-EFGH-JKMN", _csrf: "" })).statusCode).toBe(
      403,
    );
    // A survey without codes has no code form.
    const plain = await newTwoPageSurvey(t, await newConsultation(t));
    expect((await visitor.get(`/vragenlijsten/${plain.id}/code`)).statusCode).toBe(404);
    expect((await visitor.get(`/vragenlijsten/${plain.id}`)).body).not.toContain("/code");
  });

  it("limits code attempts per address with 429, as the budget's code form", async () => {
    await t.services.rateLimiter.reset("survey-code:127.0.0.1");
    const s = await newTwoPageSurvey(t, await newConsultation(t));
    const [code] = await makeCodes(s, 1);
    const visitor = t.agent();
    for (let i = 0; i < CODE_ATTEMPTS.limit; i++)
      expect((await visitor.post(`/vragenlijsten/${s.id}/code`, { code: "ABCD-EFGH-JKMN" })).statusCode).toBe(400);
    const refused = await visitor.post(`/vragenlijsten/${s.id}/code`, { code: code! });
    expect(refused.statusCode).toBe(429);
    expect(await responses(s.id)).toEqual([]);
    await t.services.rateLimiter.reset("survey-code:127.0.0.1");
  });

  it("counts code responses as their own kind of participant in the results and the report", async () => {
    const s = await newTwoPageSurvey(t, await newConsultation(t));
    const { Noord } = await testAreas(t);
    const [code] = await makeCodes(s, 1, Noord);
    const visitor = t.agent();
    await visitor.post(`/vragenlijsten/${s.id}/code`, { code: code! });
    await visitor.post(`/vragenlijsten/${s.id}`, page1(s));
    await visitor.post(`/vragenlijsten/${s.id}`, page2(s));
    await visitor.post(`/vragenlijsten/${s.id}/versturen`);
    const resident = await t.agentFor(t.users.resident);
    await resident.post(`/vragenlijsten/${s.id}`, page1(s));
    await resident.post(`/vragenlijsten/${s.id}`, page2(s));
    await resident.post(`/vragenlijsten/${s.id}/versturen`);
    const official = await t.agentFor(t.users.official);
    const base = `/admin/vragenlijsten/${s.id}/resultaten`;
    const all = text((await official.get(base)).body);
    expect(all).toContain("Met een antwoordcode (1)");
    expect(text((await official.get(`${base}?gebied=&niveau=antwoordcode`)).body)).toContain(
      "1 deelnemer van 2 in totaal",
    );
    expect(text((await official.get(`${base}?gebied=${Noord}&niveau=antwoordcode`)).body)).toContain(
      "1 deelnemer van 2 in totaal",
    );
    expect(text((await official.get(`${base}?gebied=&niveau=anoniem`)).body)).toContain("0 deelnemers van 2 in totaal");
    const consultation = (
      await db().selectFrom("surveys").select("consultation_id").where("id", "=", s.id).executeTakeFirstOrThrow()
    ).consultation_id;
    const figures = reportFigures(await responseGroups(db(), consultation), [s.id]);
    expect(figures.byLevel.find((l) => l.level === "code")?.count).toBe(1);
    expect(figures.byArea).toContainEqual({ areaId: Noord, count: 1 });
  });
});
