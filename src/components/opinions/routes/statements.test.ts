import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { iso } from "../../../core/db/time";
import type { TestApp } from "../../../../test/support/app";
import { testDatabases } from "../../../../test/support/databases";
import { makeConversation, opinionsTestApp, snapshot } from "../test/factories";

describe.each(testDatabases)("opinions: residents' statements on $name", (database) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await opinionsTestApp(database, { statementsPerHour: 3 });
  });
  afterAll(async () => {
    await t?.close();
  });
  const db = () => t.services.db.kysely;
  const statusOf = async (text: string) =>
    (await db().selectFrom("opinion_statements").select("status").where("text", "=", text).executeTakeFirst())?.status;

  it("holds a statement for moderation, or shows it at once, as the conversation says", async () => {
    const moderated = await makeConversation(t, { statementMode: "moderated" });
    const res = await t
      .agent()
      .post(`/gesprekken/${moderated.conversation.id}/stellingen`, { text: "Er moeten meer fietsenrekken komen" });
    expect(res.statusCode).toBe(303);
    expect(await statusOf("Er moeten meer fietsenrekken komen")).toBe("pending");
    const direct = await makeConversation(t, { statementMode: "direct" });
    await t
      .agent()
      .post(`/gesprekken/${direct.conversation.id}/stellingen`, { text: "Parkeren op de stoep moet verboden worden" });
    expect(await statusOf("Parkeren op de stoep moet verboden worden")).toBe("accepted");
  });

  it("re-renders the form with an error for a too short or too long statement, changing nothing", async () => {
    const { conversation } = await makeConversation(t, { statementMode: "direct" });
    const before = await snapshot(db());
    const short = await t.agent().post(`/gesprekken/${conversation.id}/stellingen`, { text: "ja" });
    expect(short.statusCode).toBe(400);
    expect(short.body).toContain("minstens 5 tekens");
    expect(short.body).toContain('href="#field-text"');
    const long = await t.agent().post(`/gesprekken/${conversation.id}/stellingen`, { text: "x".repeat(301) });
    expect(long.statusCode).toBe(400);
    expect(long.body).toContain("te lang");
    const missing = await t.agent().post(`/gesprekken/${conversation.id}/stellingen`, {});
    expect(missing.statusCode).toBe(400);
    expect(await snapshot(db())).toBe(before);
  });

  it("refuses statements where they are not allowed or the conversation is closed", async () => {
    const none = await makeConversation(t, { statementMode: "none" });
    const closed = await makeConversation(t, {
      statementMode: "direct",
      closesAt: iso(new Date(t.clock().getTime() - 1)),
    });
    const before = await snapshot(db());
    const a = await t.agent().post(`/gesprekken/${none.conversation.id}/stellingen`, { text: "Mijn eigen stelling" });
    expect(a.statusCode).toBe(409);
    expect(a.body).toContain("geen eigen stellingen");
    expect(
      (await t.agent().post(`/gesprekken/${closed.conversation.id}/stellingen`, { text: "Mijn eigen stelling" }))
        .statusCode,
    ).toBe(409);
    expect(await snapshot(db())).toBe(before);
  });

  it("rate-limits a visitor flooding statements, keeping the earlier ones", async () => {
    const { conversation } = await makeConversation(t, { statementMode: "moderated" });
    const agent = t.agent();
    for (let i = 0; i < 3; i++) {
      expect(
        (await agent.post(`/gesprekken/${conversation.id}/stellingen`, { text: `Overvloed stelling ${i}` })).statusCode,
      ).toBe(303);
    }
    const res = await agent.post(`/gesprekken/${conversation.id}/stellingen`, { text: "Overvloed stelling 3" });
    expect(res.statusCode).toBe(429);
    expect(res.headers["retry-after"]).toBeDefined();
    const kept = await db()
      .selectFrom("opinion_statements")
      .select("text")
      .where("conversation_id", "=", conversation.id)
      .where("is_seed", "=", 0)
      .execute();
    expect(kept.map((s) => s.text).sort()).toEqual([
      "Overvloed stelling 0",
      "Overvloed stelling 1",
      "Overvloed stelling 2",
    ]);
  });
});
