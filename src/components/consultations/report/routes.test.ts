// The participation report: staff write it (bad input refused beside its field, nothing saved),
// publish it once it is complete, participants get one mail, residents read it (linked from the
// consultation's page while it is published), and the accountability page counts consultations
// with and without a report. Outsiders are refused.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { TestApp } from "../../../../test/support/app";
import { testDatabases } from "../../../../test/support/databases";
import { ideasComponent } from "../../ideas/manifest";
import { createTestApp } from "../../../../test/support/app";
import { consultationsComponent } from "../manifest";
import { newConsultation, newSurvey } from "../test/factories";
import { loadReport } from "./store";

const complete = {
  asked: "Hoe moet het **Marktplein** worden?",
  heard: "Veel mensen willen meer groen.",
  point1: "Meer bomen",
  decision1: "adopted",
  reason1: "Er komen twaalf bomen.",
  point2: "",
  decision2: "",
  reason2: "",
};

describe.each(testDatabases)("the participation report on $name", (database) => {
  let t: TestApp;
  let consultationId: number;
  let surveyId: number;
  const staffUrl = () => `/admin/raadplegingen/${consultationId}/verslag`;
  const publicUrl = () => `/raadplegingen/${consultationId}/verslag`;

  /** A sent response of this person (null: anonymous) to the survey. */
  async function sent(userId: number | null, source: "online" | "anonymous" | "paper", verified: boolean) {
    const now = t.clock().toISOString();
    const values = { survey_id: surveyId, user_id: userId, source, verified: verified ? 1 : 0 };
    await t.services.db.kysely
      .insertInto("survey_responses")
      .values({ ...values, area_id: null, created_at: now, updated_at: now, submitted_at: now })
      .execute();
  }

  beforeAll(async () => {
    // With ideas: the accountability page is theirs; consultations add their section to it.
    t = await createTestApp(database, { components: [ideasComponent, consultationsComponent] });
    consultationId = await newConsultation(t);
    surveyId = (await newSurvey(t, consultationId)).id;
    // Shown to residents, so its page can link to the report.
    await t.services.db.kysely
      .updateTable("consultations")
      .set({ published: 1 })
      .where("id", "=", consultationId)
      .execute();
    await sent(t.users.resident.id, "online", true);
    const quiet = await t.newUser({ email: "stil@teststad.example" });
    await t.services.db.kysely.updateTable("users").set({ notify_mode: "never" }).where("id", "=", quiet.id).execute();
    await sent(quiet.id, "online", false);
    await sent(null, "anonymous", false);
    await sent(null, "paper", false);
  });
  afterAll(async () => {
    await t?.close();
  });

  it("refuses visitors, residents and moderators on every staff route, and a post without CSRF token", async () => {
    const routes = ["", "/publiceren", "/intrekken"];
    // Someone not logged in is sent to the log-in page; others are refused.
    const visitor = await t.agent().get(staffUrl());
    expect(visitor.statusCode).toBe(303);
    expect(String(visitor.headers.location)).toContain("/inloggen");
    for (const agent of [t.agent(), await t.agentFor(t.users.resident), await t.agentFor(t.users.moderator)]) {
      if (agent.cookies.size) expect((await agent.get(staffUrl())).statusCode).toBe(403);
      for (const r of routes) {
        const res = await agent.post(`${staffUrl()}${r}`, complete);
        if (agent.cookies.has("inspraak_session")) expect(res.statusCode).toBe(403);
        else expect(String(res.headers.location)).toContain("/inloggen");
      }
    }
    const official = await t.agentFor(t.users.official);
    expect((await official.post(staffUrl(), { ...complete, _csrf: "" })).statusCode).toBe(403);
    expect(await loadReport(t.services.db.kysely, consultationId)).toBeNull();
  });

  it("shows bad input beside its field with what was typed, and saves nothing", async () => {
    const official = await t.agentFor(t.users.official);
    const res = await official.post(staffUrl(), { ...complete, decision1: "", reason1: "" });
    expect(res.statusCode).toBe(400);
    expect(res.body).toContain("Kies wat de gemeente met dit punt doet.");
    expect(res.body).toContain("Schrijf waarom.");
    expect(res.body).toContain("Meer bomen"); // kept
    expect(await loadReport(t.services.db.kysely, consultationId)).toBeNull();
  });

  it("keeps an unpublished report from residents, and refuses to publish one without its points", async () => {
    const official = await t.agentFor(t.users.official);
    expect((await official.post(staffUrl(), { ...complete, point1: "", decision1: "", reason1: "" })).statusCode).toBe(
      303,
    );
    expect((await t.agent().get(publicUrl())).statusCode).toBe(404);
    const refused = await official.post(`${staffUrl()}/publiceren`);
    expect(refused.statusCode).toBe(400);
    expect(refused.body).toContain("Schrijf minstens één punt");
    expect((await loadReport(t.services.db.kysely, consultationId))?.publishedAt).toBeNull();
  });

  it("publishes a complete report with its figures, and mails each participant who wants mail once", async () => {
    const official = await t.agentFor(t.users.official);
    expect((await official.post(staffUrl(), complete)).statusCode).toBe(303);
    const staffPage = await official.get(staffUrl());
    expect(staffPage.body).toContain("4 ingevulde vragenlijsten.");
    t.mail.sent.length = 0;
    expect((await official.post(`${staffUrl()}/publiceren`)).statusCode).toBe(303);
    await t.drainOutbox();
    expect(t.mail.sent.map((m) => m.to)).toEqual([t.users.resident.email]);
    expect(t.mail.sent[0]!.text).toContain(publicUrl());

    const page = await t.agent().get(publicUrl());
    expect(page.statusCode).toBe(200);
    expect(page.body).toContain("<strong>Marktplein</strong>");
    expect(page.body).toContain("Overgenomen");
    expect(page.body).toContain("Er komen twaalf bomen.");
    expect(page.body).toContain("4 ingevulde vragenlijsten.");
    expect(page.body).toMatch(/Op papier<\/th>\s*<td[^>]*>1<\/td>\s*<td[^>]*>25%/);
    const consultationPage = `/raadplegingen/${consultationId}`;
    expect((await t.agent().get(consultationPage)).body).toContain(`href="${publicUrl()}"`);
    const english = t.agent();
    await english.get("/taal/en");
    expect((await english.get(publicUrl())).body).toContain("What we do with it");

    // Withdrawn for a correction and published again: nobody is mailed twice.
    expect((await official.post(`${staffUrl()}/intrekken`)).statusCode).toBe(303);
    expect((await t.agent().get(publicUrl())).statusCode).toBe(404);
    expect((await t.agent().get(consultationPage)).body).not.toContain(`href="${publicUrl()}"`);
    expect((await official.post(`${staffUrl()}/publiceren`)).statusCode).toBe(303);
    await t.drainOutbox();
    expect(t.mail.sent).toHaveLength(1);
    // A published report of a consultation staff took back to draft is not public either.
    const db = t.services.db.kysely;
    await db.updateTable("consultations").set({ published: 0 }).where("id", "=", consultationId).execute();
    expect((await t.agent().get(publicUrl())).statusCode).toBe(404);
    await db.updateTable("consultations").set({ published: 1 }).where("id", "=", consultationId).execute();
    expect((await t.agent().get(publicUrl())).statusCode).toBe(200);
    const log = await t.services.db.kysely
      .selectFrom("audit_log")
      .select("action")
      .where("action", "like", "consultations.report.%")
      .orderBy("id")
      .execute();
    expect(log.map((l) => l.action)).toEqual([
      "consultations.report.saved",
      "consultations.report.saved",
      "consultations.report.published",
      "consultations.report.withdrawn",
      "consultations.report.published",
    ]);
  });

  it("counts consultations with and without a published report on the accountability page", async () => {
    await newConsultation(t, "Speeltuin Oost");
    const page = await t.agent().get("/verantwoording");
    expect(page.statusCode).toBe(200);
    expect(page.body).toContain("1 raadpleging heeft een gepubliceerd verslag");
    expect(page.body).toContain("1 raadpleging heeft nog geen verslag.");
    expect(page.body).toContain(`href="${publicUrl()}"`);
  });
});
