import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { TestApp } from "../../../../test/support/app";
import { testDatabases } from "../../../../test/support/databases";
import { anotherSite, makeConversation, opinionsTestApp, snapshot } from "../test/factories";

const valid = {
  topic: "Hoe ervaart u het parkeren in uw straat?",
  introduction: "We willen weten wat u vindt.",
  seeds: "Ik vind snel een plek.\nEr zijn te veel auto's.\n\nEr zijn te veel auto's.",
  statementMode: "moderated",
  participation: "anonymous",
  opensOn: "2026-11-20",
  closesOn: "2026-12-31",
};

describe.each(testDatabases)("opinions admin: conversations on $name", (database) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await opinionsTestApp(database);
  });
  afterAll(async () => {
    await t?.close();
  });
  const db = () => t.services.db.kysely;

  it("lets an admin create a conversation with seed statements and local dates", async () => {
    const admin = await t.agentFor(t.users.admin);
    const form = await admin.get("/admin/gesprekken/nieuw");
    expect(form.statusCode).toBe(200);
    expect(form.body).toContain('for="field-topic"');
    const res = await admin.post("/admin/gesprekken/nieuw", valid);
    expect(res.statusCode).toBe(303);
    const conversation = await db()
      .selectFrom("opinion_conversations")
      .selectAll()
      .where("topic", "=", valid.topic)
      .executeTakeFirstOrThrow();
    expect(conversation.opens_at).toBe("2026-11-19T23:00:00.000Z"); // midnight in Amsterdam (winter time)
    expect(conversation.closes_at).toBe("2026-12-31T23:00:00.000Z"); // the end of 31 December
    const seeds = await db()
      .selectFrom("opinion_statements")
      .select("text")
      .where("conversation_id", "=", conversation.id)
      .execute();
    expect(seeds.map((s) => s.text)).toEqual(["Ik vind snel een plek.", "Er zijn te veel auto's."]);
    expect(res.headers.location).toBe(`/gesprekken/${conversation.id}`);
    const audit = await db()
      .selectFrom("audit_log")
      .select("action")
      .where("subject", "=", `opinion-conversation:${conversation.id}`)
      .execute();
    expect(audit.map((a) => a.action)).toContain("opinions.conversation.create");
  });

  it("re-renders the form with per-field errors for bad input, changing nothing", async () => {
    const admin = await t.agentFor(t.users.official);
    const before = await snapshot(db());
    const bad = await admin.post("/admin/gesprekken/nieuw", {
      ...valid,
      topic: "",
      opensOn: "31-12-2026",
      statementMode: "sometimes",
    });
    expect(bad.statusCode).toBe(400);
    expect(bad.body).toContain('href="#field-topic"');
    expect(bad.body).toContain('href="#field-opensOn"');
    expect(bad.body).toContain('href="#field-statementMode"');
    const order = await admin.post("/admin/gesprekken/nieuw", {
      ...valid,
      opensOn: "2026-12-10",
      closesOn: "2026-12-01",
    });
    expect(order.statusCode).toBe(400);
    expect(order.body).toContain("einddatum moet op of na de begindatum");
    const longSeed = await admin.post("/admin/gesprekken/nieuw", { ...valid, seeds: "x".repeat(301) });
    expect(longSeed.statusCode).toBe(400);
    const impossible = await admin.post("/admin/gesprekken/nieuw", { ...valid, opensOn: "2026-02-30" });
    expect(impossible.statusCode).toBe(400);
    const huge = await admin.post("/admin/gesprekken/nieuw", { ...valid, introduction: "x".repeat(300_000) });
    expect(huge.statusCode).toBe(413);
    expect(await snapshot(db())).toBe(before);
  });

  it("refuses outsiders, residents and moderators on the management pages", async () => {
    const { conversation } = await makeConversation(t);
    const before = await snapshot(db());
    const outsider = t.agent();
    expect((await outsider.get("/admin/gesprekken")).headers.location).toMatch(/^\/inloggen/);
    expect((await outsider.post("/admin/gesprekken/nieuw", valid)).headers.location).toMatch(/^\/inloggen/);
    const resident = await t.agentFor(t.users.resident);
    expect((await resident.get("/admin/gesprekken")).statusCode).toBe(403);
    expect((await resident.post("/admin/gesprekken/nieuw", valid)).statusCode).toBe(403);
    expect((await resident.post(`/admin/gesprekken/${conversation.id}`, valid)).statusCode).toBe(403);
    expect((await resident.post(`/admin/gesprekken/${conversation.id}/sluiten`)).statusCode).toBe(403);
    const moderator = await t.agentFor(t.users.moderator);
    expect((await moderator.get("/admin/gesprekken")).statusCode).toBe(200);
    expect((await moderator.get("/admin/gesprekken/nieuw")).statusCode).toBe(403);
    expect((await moderator.post(`/admin/gesprekken/${conversation.id}/sluiten`)).statusCode).toBe(403);
    expect(await snapshot(db())).toBe(before);
  });

  it("edits and closes a conversation; a closed conversation refuses votes", async () => {
    const { conversation, statements } = await makeConversation(t);
    const admin = await t.agentFor(t.users.admin);
    const edit = await admin.get(`/admin/gesprekken/${conversation.id}`);
    expect(edit.statusCode).toBe(200);
    expect(edit.body).toContain(conversation.topic);
    const saved = await admin.post(`/admin/gesprekken/${conversation.id}`, {
      ...valid,
      topic: "Nieuw onderwerp",
      seeds: "Een extra stelling",
    });
    expect(saved.statusCode).toBe(303);
    const after = await db()
      .selectFrom("opinion_conversations")
      .select("topic")
      .where("id", "=", conversation.id)
      .executeTakeFirstOrThrow();
    expect(after.topic).toBe("Nieuw onderwerp");
    expect((await admin.post(`/admin/gesprekken/${conversation.id}/sluiten`)).statusCode).toBe(303);
    const vote = await t
      .agent()
      .post(`/gesprekken/${conversation.id}/stemmen`, { statement: String(statements[0]!.id), vote: "agree" });
    expect(vote.statusCode).toBe(409);
  });

  it("never edits or closes another site's conversation, and needs a CSRF token", async () => {
    const site = await anotherSite(t);
    const { conversation } = await makeConversation(t, { siteId: site.id });
    const own = await makeConversation(t);
    const before = await snapshot(db());
    const admin = await t.agentFor(t.users.admin);
    expect((await admin.get(`/admin/gesprekken/${conversation.id}`)).statusCode).toBe(404);
    expect((await admin.post(`/admin/gesprekken/${conversation.id}`, valid)).statusCode).toBe(404);
    expect((await admin.post(`/admin/gesprekken/${conversation.id}/sluiten`)).statusCode).toBe(404);
    expect((await admin.get("/admin/gesprekken")).body).not.toContain(`/admin/gesprekken/${conversation.id}"`);
    expect((await admin.post(`/admin/gesprekken/${own.conversation.id}/sluiten`, { _csrf: "" })).statusCode).toBe(403);
    expect((await admin.post("/admin/gesprekken/nieuw", { ...valid, _csrf: "wrong" })).statusCode).toBe(403);
    expect(await snapshot(db())).toBe(before);
  });
});
