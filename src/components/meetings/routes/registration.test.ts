// Registering, the waiting list, confirming a guest and cancelling by the link in the mail.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { TestApp } from "../../../../test/support/app";
import { testDatabases } from "../../../../test/support/databases";
import { createMeetingsApp, linkIn, makeMeeting } from "../test/factories";

describe.each(testDatabases)("meeting registration on $name", (database) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createMeetingsApp(database);
  });
  afterAll(() => t.close());

  const registrations = (meetingId: number) =>
    t.services.db.kysely
      .selectFrom("meeting_registrations")
      .select(["email", "status"])
      .where("meeting_id", "=", meetingId)
      .orderBy("id")
      .execute();
  const count = async (meetingId: number) =>
    (
      await t.services.db.kysely
        .selectFrom("meetings")
        .select("confirmed_count")
        .where("id", "=", meetingId)
        .executeTakeFirstOrThrow()
    ).confirmed_count;

  it("gives places in turn, puts the rest on the waiting list, and moves it up on cancellation by link", async () => {
    const id = await makeMeeting(t, { capacity: 2 });
    const people = [await t.newUser(), await t.newUser(), await t.newUser()];
    for (const p of people) {
      const agent = await t.agentFor(p);
      const res = await agent.post(`/bijeenkomsten/${id}/aanmelden`, {
        dietary: "Vegetarisch",
        interpreter: "1",
        remarks: "",
      });
      expect(res.statusCode).toBe(303);
    }
    expect((await registrations(id)).map((r) => r.status)).toEqual(["confirmed", "confirmed", "waiting"]);
    expect(await count(id)).toBe(2);
    t.mail.sent.length = 0;
    await t.drainOutbox();
    const first = t.mail.sent.find((m) => m.to === people[0]!.email)!;
    expect(first.subject).toContain("Aangemeld");
    expect(t.mail.sent.find((m) => m.to === people[2]!.email)!.subject).toContain("Wachtlijst");

    // Cancel by the link, without logging in: GET shows a page, only POST cancels.
    const path = linkIn(first.text, "/bijeenkomsten/aanmelding/");
    const stranger = t.agent();
    const page = await stranger.get(path);
    expect(page.statusCode).toBe(200);
    expect((await registrations(id))[0]!.status).toBe("confirmed");
    t.mail.sent.length = 0;
    expect((await stranger.post(path)).statusCode).toBe(303);
    expect((await registrations(id)).map((r) => r.status)).toEqual(["cancelled", "confirmed", "confirmed"]);
    expect(await count(id)).toBe(2);
    await t.drainOutbox();
    const moved = t.mail.sent.find((m) => m.to === people[2]!.email)!;
    expect(moved.subject).toContain("Er is een plek voor u");

    // Cancelling by the link needs the page's CSRF token too; a wrong token is a 404.
    const again = linkIn(moved.text, "/bijeenkomsten/aanmelding/");
    expect((await stranger.post(again, { _csrf: "" })).statusCode).toBe(403);
    expect((await registrations(id))[2]!.status).toBe("confirmed");
    const wrong = path.replace(/[^/]+$/, "x".repeat(43));
    expect((await stranger.post(wrong)).statusCode).toBe(404);
  });

  it("a guest registers with name and address and gets a place only after confirming by the link", async () => {
    const id = await makeMeeting(t, { capacity: 5 });
    const guest = t.agent();
    t.mail.sent.length = 0;
    const res = await guest.post(`/bijeenkomsten/${id}/aanmelden`, {
      name: "Fatima Gast",
      email: "Fatima@Example.org",
      dietary: "",
      remarks: "Ik kom met de rolstoel",
    });
    expect(res.statusCode).toBe(200);
    expect(res.body).toContain("Kijk in uw e-mail");
    expect(await registrations(id)).toEqual([{ email: "fatima@example.org", status: "unconfirmed" }]);
    expect(await count(id)).toBe(0);
    await t.drainOutbox();
    const mail = t.mail.sent.find((m) => m.to === "fatima@example.org")!;
    const confirm = linkIn(mail.text, "/bevestigen/");
    expect((await guest.get(confirm)).statusCode).toBe(200);
    const done = await guest.post(confirm);
    expect(done.statusCode).toBe(303);
    expect(String(done.headers.location)).toMatch(/^\/bijeenkomsten\/aanmelding\/\d+\/[\w-]+$/);
    expect(await registrations(id)).toEqual([{ email: "fatima@example.org", status: "confirmed" }]);
    // Confirming twice changes nothing.
    await guest.post(confirm);
    expect(await count(id)).toBe(1);
  });

  it("the online link is only for people with a place", async () => {
    const id = await makeMeeting(t, {
      kind: "online",
      place: "",
      onlineUrl: "https://meet.example.org/abc",
      capacity: 1,
    });
    const outsider = await t.agent().get(`/bijeenkomsten/${id}`);
    expect(outsider.body).not.toContain("meet.example.org/abc");
    const a = await t.agentFor(await t.newUser());
    const b = await t.agentFor(await t.newUser());
    await a.post(`/bijeenkomsten/${id}/aanmelden`, {});
    await b.post(`/bijeenkomsten/${id}/aanmelden`, {});
    expect((await a.get(`/bijeenkomsten/${id}`)).body).toContain("meet.example.org/abc");
    expect((await b.get(`/bijeenkomsten/${id}`)).body).not.toContain("meet.example.org/abc");
    const api = await t.agent().get("/api/v1/meetings");
    expect(api.body).not.toContain("meet.example.org/abc");
  });

  it("refuses an unconfirmed account, a missing CSRF token and bad guest input, changing nothing", async () => {
    const id = await makeMeeting(t);
    const anonymous = await t.agent().post(`/bijeenkomsten/${id}/afmelden`, {});
    expect([401, 303]).toContain(anonymous.statusCode);
    const unverified = await t.agentFor(await t.newUser({ verified: false }));
    expect((await unverified.post(`/bijeenkomsten/${id}/aanmelden`, {})).statusCode).toBe(403);
    const guest = t.agent();
    expect(
      (await guest.post(`/bijeenkomsten/${id}/aanmelden`, { _csrf: "", name: "Jan", email: "jan@example.org" }))
        .statusCode,
    ).toBe(403);
    const bad = await guest.post(`/bijeenkomsten/${id}/aanmelden`, {
      name: "",
      email: "geen-adres",
      dietary: "x".repeat(301),
    });
    expect(bad.statusCode).toBe(400);
    expect(bad.body).toContain('id="field-name-error"');
    expect(bad.body).toContain('id="field-email-error"');
    expect(bad.body).toContain('id="field-dietary-error"');
    expect(bad.body).toContain('value="geen-adres"');
    expect(await registrations(id)).toEqual([]);
    const resident = await t.agentFor(await t.newUser());
    const long = await resident.post(`/bijeenkomsten/${id}/aanmelden`, {
      dietary: "Geen noten",
      remarks: "x".repeat(1001),
    });
    expect(long.statusCode).toBe(400);
    expect(long.body).toContain('id="field-remarks-error"');
    expect(long.body).toContain('value="Geen noten"');
    expect(await registrations(id)).toEqual([]);
  });

  it("closes registration when the meeting starts, and for a cancelled meeting", async () => {
    const id = await makeMeeting(t, { startsAt: "2026-11-26T10:30:00.000Z", endsAt: "2026-11-26T13:00:00.000Z" });
    const a = await t.agentFor(await t.newUser());
    t.clock.set("2026-11-26T10:30:00.000Z");
    expect((await a.post(`/bijeenkomsten/${id}/aanmelden`, {})).statusCode).toBe(409);
    t.clock.set("2026-11-26T10:00:00.000Z");
    expect(await registrations(id)).toEqual([]);
    const later = await makeMeeting(t);
    const official = await t.agentFor(t.users.official);
    expect(
      (await official.post(`/admin/bijeenkomsten/${later}/annuleren`, { reason: "De zaal is niet beschikbaar" }))
        .statusCode,
    ).toBe(303);
    expect((await a.post(`/bijeenkomsten/${later}/aanmelden`, {})).statusCode).toBe(409);
    expect(await registrations(later)).toEqual([]);
  });
});
