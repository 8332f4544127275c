import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { TestApp } from "../../../../test/support/app";
import { testDatabases } from "../../../../test/support/databases";
import { supportIdea } from "../commands/support-idea";
import { asCurrentUser, bulkResidents, createIdea, createIdeasApp, ideaRow, setProcess } from "../test/factories";
import { expireIdeas, sendDigests, sendReminders } from "./jobs";

describe.each(testDatabases)("scheduled jobs of ideas on $name", (database) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createIdeasApp(database);
  });
  /** Mail rows in the outbox filed under an account, whose payload contains `text`. */
  const mailRowsFor = async (userId: number, text: string) =>
    (
      await t.services.db.kysely
        .selectFrom("outbox")
        .select("payload")
        .where("kind", "=", "mail")
        .where("user_id", "=", userId)
        .execute()
    ).filter((r) => r.payload.includes(text)).length;
  afterAll(async () => {
    await t?.close();
  });

  it("expires open ideas at their deadline once, freezes supports, and tells the author", async () => {
    await setProcess(t, { support_days: 30 });
    const id = await createIdea(t);
    expect(await expireIdeas(t.services, t.clock())).toBe(0);
    const start = t.clock();
    t.clock.advanceDays(30);
    expect(await expireIdeas(t.services, t.clock())).toBeGreaterThanOrEqual(1);
    expect(await expireIdeas(t.services, t.clock())).toBe(0);
    expect((await ideaRow(t, id)).state).toBe("expired");
    t.mail.sent.length = 0;
    await t.drainOutbox();
    t.clock.set(start);
    expect(
      t.mail.sent.some((m) => m.to === t.users.resident.email && m.text.includes("niet op tijd genoeg steun")),
    ).toBe(true);
    const events = await t.services.db.kysely
      .selectFrom("idea_events")
      .select(["actor_role", "to_state"])
      .where("idea_id", "=", id)
      .execute();
    expect(events).toContainEqual({ actor_role: "system", to_state: "expired" });
    await setProcess(t, { support_days: 90 });
  });

  it("reminds officials at half-term and one week before the due date, each once", async () => {
    await setProcess(t, { threshold: 1, response_days: 42 });
    const id = await createIdea(t);
    const [u] = await bulkResidents(t, 1);
    await supportIdea(t.services, t.site, asCurrentUser(u!), id);
    const start = Date.parse((await ideaRow(t, id)).forwarded_at!);
    const day = (n: number) => new Date(start + n * 86_400_000);
    const begin = t.clock();
    const toOfficial = async (now: Date) => {
      t.clock.set(now);
      await sendReminders(t.services, now);
      t.mail.sent.length = 0;
      await t.drainOutbox();
      return t.mail.sent.filter((m) => m.to === t.users.official.email && m.subject.includes("Meer bankjes")).length;
    };
    // Forwarded 26 November 11:00 (Amsterdam), due through 7 January: half-term falls on day 21 in
    // the afternoon, and "one week before" starts at midnight on 1 January (day 35 + 13 hours).
    expect(await toOfficial(day(21))).toBe(0);
    expect(await toOfficial(day(21.5))).toBe(1);
    expect(await toOfficial(day(22))).toBe(0);
    expect(await toOfficial(day(35.5))).toBe(0);
    expect(await toOfficial(day(35.6))).toBe(1);
    expect(await toOfficial(day(40))).toBe(0);
    // Each reminder is filed under its recipient's account, so deleting that account removes it.
    expect(await mailRowsFor(t.users.official.id, "Meer bankjes")).toBe(2);
    t.clock.set(begin);
    await setProcess(t, { threshold: 100 });
  });

  it("collects daily-digest notifications into one mail a day", async () => {
    const id = await createIdea(t);
    const reader = await t.newUser();
    await t.services.db.kysely.updateTable("users").set({ notify_mode: "daily" }).where("id", "=", reader.id).execute();
    await (await t.agentFor(reader)).post(`/ideeen/${id}/volgen`);
    const official = await t.agentFor(t.users.official);
    await official.post(`/admin/ideeen/${id}/bericht`, { text: "Eerste bericht van de gemeente." });
    await official.post(`/admin/ideeen/${id}/bericht`, { text: "Tweede bericht van de gemeente." });
    t.mail.sent.length = 0;
    await t.drainOutbox();
    expect(t.mail.sent.filter((m) => m.to === reader.email)).toHaveLength(0);
    expect(await sendDigests(t.services, t.clock())).toBe(0);
    const begin = t.clock();
    t.clock.advanceDays(1);
    expect(await sendDigests(t.services, t.clock())).toBe(1);
    expect(await sendDigests(t.services, t.clock())).toBe(0);
    await t.drainOutbox();
    t.clock.set(begin);
    const digest = t.mail.sent.filter((m) => m.to === reader.email);
    expect(digest).toHaveLength(1);
    expect(digest[0]!.text).toContain("Eerste bericht");
    expect(digest[0]!.text).toContain("Tweede bericht");
    expect(await mailRowsFor(reader.id, "")).toBe(1);
  });

  it("shows an idea without reactions for 14 days on the officials' dashboard, until someone reacts", async () => {
    const id = await createIdea(t, { title: "Niemand reageerde hierop" });
    expect((await (await t.agentFor(t.users.official)).get("/admin/ideeen")).body).not.toContain(
      "Niemand reageerde hierop",
    );
    t.clock.advanceDays(14);
    try {
      const official = await t.agentFor(t.users.official);
      // The author's own support is not a reaction.
      await (await t.agentFor(t.users.resident)).post(`/ideeen/${id}/steunen`);
      expect((await official.get("/admin/ideeen")).body).toContain("Niemand reageerde hierop");
      await (await t.agentFor(await t.newUser())).post(`/ideeen/${id}/reacties`, {
        body: "Ik vind het een goed idee.",
      });
      expect((await official.get("/admin/ideeen")).body).not.toContain("Niemand reageerde hierop");
    } finally {
      t.clock.advanceDays(-14);
    }
  });
});
