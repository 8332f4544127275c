// The reminder on the day before, once per person whatever how often the job runs, and the
// waiting list moving up after an account's deletion freed a place.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { TestApp } from "../../../../test/support/app";
import { testDatabases } from "../../../../test/support/databases";
import { createMeetingsApp, makeMeeting } from "../test/factories";
import { meetingsPersonalData } from "../store/personal-data";
import { fillFreedPlaces, sendMeetingReminders } from "./jobs";

describe.each(testDatabases)("meetings jobs on $name", (database) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createMeetingsApp(database);
  });
  afterAll(() => t.close());

  it("sends the reminder from the local day before, once, and only to people with a place", async () => {
    // 10 December 19:30 Amsterdam; the day before begins 8 December 23:00 UTC.
    const id = await makeMeeting(t, { capacity: 1 });
    const placed = await t.newUser();
    const waiting = await t.newUser();
    await (await t.agentFor(placed)).post(`/bijeenkomsten/${id}/aanmelden`, {});
    await (await t.agentFor(waiting)).post(`/bijeenkomsten/${id}/aanmelden`, {});
    await t.drainOutbox();
    t.mail.sent.length = 0;
    const runAt = async (at: string) => {
      t.clock.set(at); // the outbox worker sends what is due by the same clock
      return sendMeetingReminders(t.services, t.clock());
    };
    expect(await runAt("2026-12-08T22:59:00Z")).toBe(0);
    expect(await runAt("2026-12-08T23:00:00Z")).toBe(1);
    expect(await runAt("2026-12-09T12:00:00Z")).toBe(0);
    await t.drainOutbox();
    t.clock.set("2026-11-26T10:00:00.000Z");
    expect(t.mail.sent.map((m) => [m.to, m.subject])).toEqual([[placed.email, "Morgen: Buurtavond over het plein"]]);
    expect(t.mail.sent[0]!.text).toContain("/bijeenkomsten/aanmelding/");
  });

  it("a place freed by deleting an account goes to the next person waiting on the job's run", async () => {
    const id = await makeMeeting(t, { capacity: 1 });
    const leaving = await t.newUser();
    const next = await t.newUser();
    await (await t.agentFor(leaving)).post(`/bijeenkomsten/${id}/aanmelden`, {});
    await (await t.agentFor(next)).post(`/bijeenkomsten/${id}/aanmelden`, {});
    const k = t.services.db.kysely;
    await k
      .transaction()
      .execute((trx) => meetingsPersonalData.erase(trx, { id: leaving.id, siteId: t.site.id }, t.clock()));
    const counted = async () =>
      (await k.selectFrom("meetings").select("confirmed_count").where("id", "=", id).executeTakeFirstOrThrow())
        .confirmed_count;
    expect(await counted()).toBe(0);
    expect(await fillFreedPlaces(t.services, t.clock())).toBe(1);
    expect(await fillFreedPlaces(t.services, t.clock())).toBe(0);
    expect(await counted()).toBe(1);
    const rows = await k
      .selectFrom("meeting_registrations")
      .select(["user_id", "status"])
      .where("meeting_id", "=", id)
      .execute();
    expect(rows).toEqual([{ user_id: next.id, status: "confirmed" }]);
  });
});
