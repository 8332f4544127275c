import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { TestApp } from "../../../../test/support/app";
import { testDatabases } from "../../../../test/support/databases";
import { asCurrentUser, bulkResidents, createIdea, createIdeasApp, ideaRow, setProcess } from "../test/factories";
import { supportIdea } from "../commands/support-idea";

describe.each(testDatabases)("council and officials on $name", (database) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createIdeasApp(database);
    await setProcess(t, { threshold: 2 });
  });
  afterAll(async () => {
    await t?.close();
  });

  async function forwardedIdea(title = "Zebrapad bij de school"): Promise<number> {
    const id = await createIdea(t, { title });
    for (const u of await bulkResidents(t, 2)) await supportIdea(t.services, t.site, asCurrentUser(u), id);
    expect((await ideaRow(t, id)).state).toBe("forwarded");
    return id;
  }

  it("walks an idea from forwarded to scheduled, answered, in progress and completed, with a timeline", async () => {
    const id = await forwardedIdea();
    const council = await t.agentFor(t.users.council);
    const official = await t.agentFor(t.users.official);
    expect((await council.get("/admin/ideeen/raad")).body).toContain("Zebrapad bij de school");
    expect((await council.get(`/admin/ideeen/${id}/agenderen`)).statusCode).toBe(200);
    expect((await council.post(`/admin/ideeen/${id}/agenderen`, { meetingDate: "2026-12-15" })).statusCode).toBe(303);
    expect((await ideaRow(t, id)).state).toBe("scheduled");
    expect(
      (
        await official.post(`/admin/ideeen/${id}/antwoorden`, {
          kind: "adopted",
          text: "We leggen in het voorjaar een zebrapad aan bij de school.",
        })
      ).statusCode,
    ).toBe(303);
    const answered = await ideaRow(t, id);
    expect(answered.state).toBe("answered");
    expect(answered.answer_kind).toBe("adopted");
    expect((await official.post(`/admin/ideeen/${id}/voortgang`, { action: "start" })).statusCode).toBe(303);
    expect(
      (await official.post(`/admin/ideeen/${id}/bericht`, { text: "De schilders komen volgende week." })).statusCode,
    ).toBe(303);
    expect((await official.post(`/admin/ideeen/${id}/voortgang`, { action: "complete" })).statusCode).toBe(303);
    expect((await ideaRow(t, id)).state).toBe("completed");
    const page = await t.agent().get(`/ideeen/${id}`);
    for (const text of [
      "Genoeg steun: doorgestuurd",
      "Op de agenda gezet",
      "Antwoord van de gemeente",
      "Overgenomen",
      "Uitvoering gestart",
      "De schilders komen volgende week.",
      "Klaar",
    ]) {
      expect(page.body).toContain(text);
    }
    t.mail.sent.length = 0;
    await t.drainOutbox();
    const authorMails = t.mail.sent.filter((m) => m.to === t.users.resident.email);
    expect(authorMails.some((m) => m.text.includes("We leggen in het voorjaar een zebrapad aan"))).toBe(true);
  });

  it("refuses these forms to residents, the wrong role and another site, and changes nothing", async () => {
    const id = await forwardedIdea("Bankjes bij de vijver");
    const resident = await t.agentFor(t.users.resident);
    const moderator = await t.agentFor(t.users.moderator);
    const council = await t.agentFor(t.users.council);
    expect((await resident.post(`/admin/ideeen/${id}/agenderen`, { meetingDate: "2026-12-15" })).statusCode).toBe(403);
    expect(
      (
        await moderator.post(`/admin/ideeen/${id}/antwoorden`, {
          kind: "adopted",
          text: "Een antwoord dat lang genoeg is om te tellen.",
        })
      ).statusCode,
    ).toBe(403);
    expect(
      (
        await council.post(`/admin/ideeen/${id}/antwoorden`, {
          kind: "adopted",
          text: "Een antwoord dat lang genoeg is om te tellen.",
        })
      ).statusCode,
    ).toBe(403);
    expect((await resident.get("/admin/ideeen")).statusCode).toBe(403);
    expect((await t.agent().get("/admin/ideeen/raad")).statusCode).toBe(303);
    const { createSite } = await import("../../../core/sites/store");
    const other = await createSite(
      t.services.db.kysely,
      { slug: `x${id}`, name: "Elders", hosts: [`elders${id}.example`] },
      t.clock(),
    );
    const foreignCouncil = await t.agentFor(await t.newUser({ siteId: other.id, roles: ["council"] }));
    foreignCouncil.host = `elders${id}.example`;
    expect((await foreignCouncil.post(`/admin/ideeen/${id}/agenderen`, { meetingDate: "2026-12-15" })).statusCode).toBe(
      404,
    );
    expect((await ideaRow(t, id)).state).toBe("forwarded");
  });

  it("answers bad input with the form and its errors, and 409 for a step that does not fit the state", async () => {
    const id = await forwardedIdea("Speelplek voor tieners");
    const council = await t.agentFor(t.users.council);
    const official = await t.agentFor(t.users.official);
    for (const meetingDate of ["", "2026-13-45", "morgen", "2026-02-30"]) {
      const res = await council.post(`/admin/ideeen/${id}/agenderen`, { meetingDate });
      expect(res.statusCode).toBe(400);
      expect(res.body).toContain("error-summary");
    }
    const bad = await official.post(`/admin/ideeen/${id}/antwoorden`, { kind: "maybe", text: "kort" });
    expect(bad.statusCode).toBe(400);
    expect(bad.body).toContain("Kies wat de gemeente met het idee doet.");
    expect(bad.body).toContain("minstens 20 tekens");
    expect((await official.post(`/admin/ideeen/${id}/voortgang`, { action: "forward" })).statusCode).toBe(400);
    expect((await official.post(`/admin/ideeen/${id}/voortgang`, { action: "complete" })).statusCode).toBe(409);
    expect(
      (await official.post(`/admin/ideeen/${id}/antwoorden`, { kind: "adopted", text: "x".repeat(10_001) })).statusCode,
    ).toBe(400);
    expect(
      (
        await official.post(`/admin/ideeen/${id}/antwoorden`, {
          _csrf: "",
          kind: "adopted",
          text: "Een antwoord dat lang genoeg is.",
        })
      ).statusCode,
    ).toBe(403);
    expect((await ideaRow(t, id)).state).toBe("forwarded");
    const open = await createIdea(t);
    expect((await council.post(`/admin/ideeen/${open}/agenderen`, { meetingDate: "2026-12-15" })).statusCode).toBe(409);
    expect((await ideaRow(t, open)).state).toBe("open");
  });

  it("lists forwarded ideas by due date, exports the agenda, and shows overdue answers publicly", async () => {
    const first = await forwardedIdea("Eerste doorgestuurd");
    t.clock.advanceDays(1);
    await forwardedIdea("Tweede doorgestuurd");
    const council = await t.agentFor(t.users.council);
    const list = (await council.get("/admin/ideeen/raad")).body;
    expect(list.indexOf("Eerste doorgestuurd")).toBeLessThan(list.indexOf("Tweede doorgestuurd"));
    const csv = await council.get("/admin/ideeen/raad/agenda.csv");
    expect(csv.headers["content-type"]).toContain("text/csv");
    expect(csv.body.split("\r\n")[0]).toBe("id,title,area,state,supports,forwarded_at,due_at,meeting_at,url");
    expect((await council.get("/admin/ideeen/raad/agenda")).body).toContain("Agenda");
    t.clock.advanceDays(42);
    const page = await t.agent().get(`/ideeen/${first}`);
    expect(page.body).toContain("te laat. De gemeente had uiterlijk op");
    expect((await (await t.agentFor(t.users.official)).get("/admin/ideeen")).body).toContain("Eerste doorgestuurd");
    t.clock.advanceDays(-43);
  });

  it("lets admins change the promise's settings with validation", async () => {
    const admin = await t.agentFor(t.users.admin);
    expect((await admin.get("/admin/ideeen/instellingen")).statusCode).toBe(200);
    const bad = await admin.post("/admin/ideeen/instellingen", {
      title: "R",
      threshold: "-3",
      supportDays: "abc",
      responseDays: "0",
      countAfterThreshold: "2",
      councilName: "",
      councilEmails: "geen-adres",
    });
    expect(bad.statusCode).toBe(400);
    const ok = await admin.post("/admin/ideeen/instellingen", {
      title: "Ronde 2027",
      threshold: "50",
      supportDays: "60",
      responseDays: "28",
      countAfterThreshold: "1",
      councilName: "Commissie Noord",
      councilEmails: "a@noord.example, b@noord.example",
    });
    expect(ok.statusCode).toBe(303);
    const p = await t.services.db.kysely
      .selectFrom("idea_processes")
      .selectAll()
      .where("site_id", "=", t.site.id)
      .executeTakeFirstOrThrow();
    expect([p.threshold, p.support_days, p.response_days, p.council_emails]).toEqual([
      50,
      60,
      28,
      "a@noord.example\nb@noord.example",
    ]);
    expect(
      (await (await t.agentFor(t.users.official)).post("/admin/ideeen/instellingen", { title: "Hack" })).statusCode,
    ).toBe(403);
    const id = await createIdea(t);
    expect((await t.agent().get(`/ideeen/${id}`)).body).toMatch(
      /Als 50 mensen dit idee vóór [^<]+ steunen, komt het op de agenda van Commissie Noord/,
    );
    expect((await t.agent().get(`/ideeen/${id}`)).body).toContain("binnen 4 weken");
    await setProcess(t, { threshold: 2 });
  });
});
