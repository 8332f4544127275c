// The time plan in the browser's terms: staff set the windows in Amsterdam time (bad input is
// refused beside the field and changes nothing), the process page counts down in Dutch and
// English, proposals wait for their window, residents follow a process, and a phase change by
// hand on a planned process needs a logged reason. Outsiders, other sites and forged posts get nothing.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestApp, type TestApp } from "../../../../test/support/app";
import { testDatabases } from "../../../../test/support/databases";
import { describeAuditEntry } from "../../../core/audit/describe";
import { translator } from "../../../core/i18n/catalog";
import { budgetingManifest } from "../manifest";
import { budgetingPersonalData } from "../store/personal-data";
import { makeProcess, type OtherSite, otherSite, text } from "../test/fixtures";
import { findPlan } from "./store";

// The test clock starts on 26 November 2026, 11:00 in Amsterdam.
const plan = {
  proposalsOpenDate: "2026-12-01",
  proposalsOpenTime: "09:00",
  proposalsCloseDate: "2027-01-15",
  proposalsCloseTime: "17:00",
  votingOpenDate: "2027-03-05",
  votingOpenTime: "09:00",
  votingCloseDate: "2027-03-29",
  votingCloseTime: "09:00",
};
const sentence = (lang: "nl" | "en", action: string, details: string) =>
  describeAuditEntry(lang, translator(lang), { action, details: JSON.parse(details) }).sentence;

describe.each(testDatabases)("budgeting: the time plan's pages on $name", (database) => {
  let t: TestApp;
  let other: OtherSite;
  beforeAll(async () => {
    t = await createTestApp(database, { components: [budgetingManifest] });
    other = await otherSite(t);
  });
  afterAll(async () => {
    await t?.close();
  });
  const db = () => t.services.db.kysely;
  const windowRows = () => db().selectFrom("budget_windows").selectAll().orderBy("process_id").execute();

  it("saves the windows typed in Amsterdam time as UTC, logs it, and shows them back", async () => {
    const { process } = await makeProcess(t, { phase: "submit" });
    const admin = await t.agentFor(t.users.admin);
    const form = await admin.get(`/admin/begroting/${process.id}/planning`);
    expect(form.statusCode).toBe(200);
    expect(form.body).toContain('name="votingCloseTime"');
    expect((await admin.post(`/admin/begroting/${process.id}/planning`, plan)).statusCode).toBe(303);
    expect(await findPlan(db(), process.id)).toMatchObject({
      proposalsOpenAt: "2026-12-01T08:00:00.000Z",
      votingOpenAt: "2027-03-05T08:00:00.000Z",
      votingCloseAt: "2027-03-29T07:00:00.000Z", // summer time from 28 March
    });
    const again = await admin.get(`/admin/begroting/${process.id}/planning`);
    expect(again.body).toContain('value="2027-03-29"');
    expect(again.body).toContain('value="09:00"');
    const page = text(await admin.get(`/admin/begroting/${process.id}`));
    expect(page).toContain("van 5 maart 2027 om 09:00 tot 29 maart 2027 om 09:00");
    const row = await db()
      .selectFrom("audit_log")
      .select(["action", "details"])
      .where("subject", "=", `budget_process:${process.id}`)
      .where("action", "=", "budgeting.windows.saved")
      .executeTakeFirstOrThrow();
    expect(sentence("nl", row.action, row.details)).toContain("stemmen van 5 maart 2027 om 09:00 tot 29 maart 2027");
    expect(sentence("en", row.action, row.details)).toContain("voting from 5 March 2027 at 09:00 to 29 March 2027");
  });

  it("refuses bad windows with the message beside the field, keeps what was typed and changes nothing", async () => {
    const { process } = await makeProcess(t, { phase: "submit" });
    const admin = await t.agentFor(t.users.admin);
    await admin.post(`/admin/begroting/${process.id}/planning`, plan);
    const before = JSON.stringify(await windowRows());
    const cases: [Record<string, string>, string, string][] = [
      [{ votingOpenDate: "2027-02-30" }, "votingOpenDate", "Vul een datum in"],
      [{ votingOpenTime: "9 uur" }, "votingOpenTime", "Vul een tijd in als uu:mm"],
      [{ votingCloseDate: "", votingCloseTime: "" }, "votingCloseDate", "Vul zowel het openen als het sluiten in"],
      [{ votingCloseDate: "2027-03-01" }, "votingCloseDate", "Het sluiten moet na het openen komen."],
      [{ votingOpenDate: "2027-01-10" }, "votingOpenDate", "Stemmen kan pas openen als indienen gesloten is."],
      [{ proposalsOpenDate: "2026-11-02", proposalsCloseDate: "2026-11-20" }, "proposalsCloseDate", "al voorbij"],
    ];
    for (const [change, field, message] of cases) {
      const res = await admin.post(`/admin/begroting/${process.id}/planning`, { ...plan, ...change });
      expect(res.statusCode, field).toBe(400);
      const error = res.body.match(new RegExp(`id="field-${field}-error">([^<]*)<`));
      expect(error?.[1], field).toContain(message);
      for (const value of Object.values(change).filter(Boolean)) expect(res.body).toContain(`value="${value}"`);
    }
    expect(JSON.stringify(await windowRows())).toBe(before);
  });

  it("counts down on the process page in Dutch and English, and takes proposals only in their window", async () => {
    const { process } = await makeProcess(t, { phase: "submit" });
    await (await t.agentFor(t.users.admin)).post(`/admin/begroting/${process.id}/planning`, plan);
    let resident = await t.agentFor(t.users.resident);
    const nl = text(await resident.get(`/begroting/${process.id}`));
    expect(nl).toContain("Indienen opent op 1 december om 9:00.");
    expect(nl).toContain("Stemmen opent op 5 maart 2027 om 9:00.");
    expect(nl).not.toContain(`href="/begroting/${process.id}/indienen"`);
    expect((await resident.get(`/begroting/${process.id}/indienen`)).statusCode).toBe(409);
    const proposal = { title: "Bankje", description: "Bij de vijver", cost: "" };
    expect((await resident.post(`/begroting/${process.id}/indienen`, proposal)).statusCode).toBe(409);
    t.clock.set("2027-01-12T16:00:00Z"); // 17:00 in Amsterdam, three days before proposals close
    try {
      resident = await t.agentFor(t.users.resident); // a session of that day
      const open = text(await resident.get(`/begroting/${process.id}`));
      expect(open).toContain("Indienen sluit over 3 dagen, op 15 januari om 17:00.");
      expect(open).toContain(`href="/begroting/${process.id}/indienen"`);
      expect((await resident.post(`/begroting/${process.id}/indienen`, proposal)).statusCode).toBe(303);
      resident.cookies.set("inspraak_lang", "en");
      const en = text(await resident.get(`/begroting/${process.id}`));
      expect(en).toContain("Proposals close in 3 days, on 15 January at 17:00.");
      expect(en).toContain("Voting opens on 5 March at 9:00.");
      // At the close, before the job ran, the page and the form already say no.
      t.clock.set("2027-01-15T16:00:00Z");
      resident = await t.agentFor(t.users.resident);
      resident.cookies.set("inspraak_lang", "en");
      expect((await resident.post(`/begroting/${process.id}/indienen`, proposal)).statusCode).toBe(409);
      expect(text(await resident.get(`/begroting/${process.id}`))).toContain("Proposals are closed.");
    } finally {
      t.clock.set("2026-11-26T10:00:00.000Z");
    }
  });

  it("lets residents follow and stop following; visitors log in first", async () => {
    const { process } = await makeProcess(t, { phase: "submit" });
    const follows = () =>
      db().selectFrom("budget_follows").select("user_id").where("process_id", "=", process.id).execute();
    const resident = await t.agentFor(t.users.resident);
    expect(await resident.get(`/begroting/${process.id}`).then((r) => r.body)).toContain(
      `action="/begroting/${process.id}/volgen"`,
    );
    expect((await resident.post(`/begroting/${process.id}/volgen`, {})).statusCode).toBe(303);
    expect((await resident.post(`/begroting/${process.id}/volgen`, {})).statusCode).toBe(303);
    expect(await follows()).toEqual([{ user_id: t.users.resident.id }]);
    const page = await resident.get(`/begroting/${process.id}`);
    expect(text(page)).toContain("U volgt dit buurtbudget.");
    expect(page.body).toContain(`action="/begroting/${process.id}/ontvolgen"`);
    expect((await resident.post(`/begroting/${process.id}/ontvolgen`, {})).statusCode).toBe(303);
    expect(await follows()).toEqual([]);
    const visitor = t.agent();
    expect(await visitor.get(`/begroting/${process.id}`).then((r) => r.body)).not.toContain("/volgen");
    const anonymous = await visitor.post(`/begroting/${process.id}/volgen`, {});
    expect(anonymous.statusCode).toBe(303);
    expect(anonymous.headers.location).toContain("/inloggen");
    expect((await resident.post(`/begroting/${process.id}/volgen`, { _csrf: "" })).statusCode).toBe(403);
    const crossSite = await resident.post(`/begroting/${process.id}/volgen`, {}, { origin: "https://evil.example" });
    expect(crossSite.statusCode).toBe(403);
    const foreign = await t.agentFor(other.resident);
    foreign.host = other.host;
    expect((await foreign.post(`/begroting/${process.id}/volgen`, {})).statusCode).toBe(404);
    expect(await follows()).toEqual([]);
    // Personal data: the download lists what a person follows; deleting the account ends it.
    const leaving = await t.newUser();
    await (await t.agentFor(leaving)).post(`/begroting/${process.id}/volgen`, {});
    const person = { id: leaving.id, siteId: t.site.id };
    const data = (await budgetingPersonalData.export(db(), person, t.clock())) as { follows: unknown[] };
    expect(data.follows).toEqual([{ budget: process.title, createdAt: t.clock().toISOString() }]);
    await db()
      .transaction()
      .execute((trx) => budgetingPersonalData.erase(trx, person, t.clock()));
    expect(await follows()).toEqual([]);
  });

  it("refuses the plan to outsiders, residents, officials, other sites, forgeries, closed processes", async () => {
    const { process } = await makeProcess(t, { phase: "submit" });
    const { process: closed } = await makeProcess(t, { phase: "results" });
    const url = `/admin/begroting/${process.id}/planning`;
    const before = JSON.stringify(await windowRows());
    const anonymous = t.agent();
    expect((await anonymous.get(url)).headers.location ?? "").toContain("/inloggen");
    expect((await anonymous.post(url, plan)).headers.location ?? "").toContain("/inloggen");
    for (const user of [t.users.resident, t.users.official, t.users.moderator, t.users.council]) {
      const agent = await t.agentFor(user);
      expect((await agent.get(url)).statusCode, user.email ?? "").toBe(403);
      expect((await agent.post(url, plan)).statusCode, user.email ?? "").toBe(403);
    }
    const foreign = await t.agentFor(other.admin);
    foreign.host = other.host;
    expect((await foreign.get(url)).statusCode).toBe(404);
    expect((await foreign.post(url, plan)).statusCode).toBe(404);
    const admin = await t.agentFor(t.users.admin);
    expect((await admin.post(url, { ...plan, _csrf: "" })).statusCode).toBe(403);
    expect((await admin.post(url, plan, { origin: "https://evil.example" })).statusCode).toBe(403);
    expect((await admin.get(`/admin/begroting/${closed.id}/planning`)).statusCode).toBe(400);
    expect((await admin.post(`/admin/begroting/${closed.id}/planning`, plan)).statusCode).toBe(400);
    expect((await admin.post("/admin/begroting/abc/planning", plan)).statusCode).toBe(404);
    expect(JSON.stringify(await windowRows())).toBe(before);
  });

  it("needs a logged reason to move a planned phase by hand; opening the vote by hand mails followers", async () => {
    const { process } = await makeProcess(t, { phase: "review" });
    const admin = await t.agentFor(t.users.admin);
    await admin.post(`/admin/begroting/${process.id}/planning`, {
      ...plan,
      proposalsOpenDate: "",
      proposalsOpenTime: "",
      proposalsCloseDate: "",
      proposalsCloseTime: "",
    });
    const follower = await t.newUser();
    await (await t.agentFor(follower)).post(`/begroting/${process.id}/volgen`, {});
    const phase = async () =>
      (await db().selectFrom("budget_processes").select("phase").where("id", "=", process.id).executeTakeFirstOrThrow())
        .phase;
    for (const reason of ["", "  ", "kort"]) {
      const refused = await admin.post(`/admin/begroting/${process.id}/fase`, { phase: "vote", reason });
      expect(refused.statusCode).toBe(400);
      expect(refused.body).toMatch(/id="field-reason-error">Geef een reden van minstens 5 tekens/);
      expect(await phase()).toBe("review");
    }
    const opened = await admin.post(`/admin/begroting/${process.id}/fase`, {
      phase: "vote",
      reason: "Alle projecten zijn eerder klaar",
    });
    expect(opened.statusCode).toBe(303);
    expect(await phase()).toBe("vote");
    const mails = await db().selectFrom("outbox").select("payload").where("user_id", "=", follower.id).execute();
    expect(mails.map((m) => (JSON.parse(m.payload) as { subject: string }).subject)).toEqual([
      "Stemmen is open: Buurtbudget Noord",
    ]);
    const closed = await admin.post(`/admin/begroting/${process.id}/fase`, { phase: "results", reason: "Storing" });
    expect(closed.statusCode).toBe(303);
    expect(await phase()).toBe("results");
    const rows = await db()
      .selectFrom("audit_log")
      .select(["action", "actor_user_id", "details"])
      .where("subject", "=", `budget_process:${process.id}`)
      .where("action", "=", "budgeting.phase.changedByHand")
      .orderBy("id")
      .execute();
    expect(rows.map((r) => r.actor_user_id)).toEqual([t.users.admin.id, t.users.admin.id]);
    expect(sentence("nl", rows[1]!.action, rows[1]!.details)).toBe(
      "Fase van het buurtbudget met de hand veranderd van Stemmen naar Uitslag, buiten de planning om. Reden: Storing",
    );
    expect(sentence("en", rows[1]!.action, rows[1]!.details)).toBe(
      "Budget phase changed by hand from Voting to Results, outside the schedule. Reason: Storing",
    );
  });
});
