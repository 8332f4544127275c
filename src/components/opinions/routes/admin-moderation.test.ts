import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { TestApp } from "../../../../test/support/app";
import { testDatabases } from "../../../../test/support/databases";
import { analyzeChangedConversations } from "../jobs/analyze-conversations";
import { loadAnalysis } from "../store/analyses";
import { insertStatement } from "../store/statements";
import { anotherSite, makeConversation, opinionsTestApp, snapshot } from "../test/factories";

describe.each(testDatabases)("opinions moderation on $name", (database) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await opinionsTestApp(database);
  });
  afterAll(async () => {
    await t?.close();
  });
  const db = () => t.services.db.kysely;

  async function pendingStatement(text = "Een stelling van een bewoner") {
    const made = await makeConversation(t);
    const statement = await insertStatement(db(), made.conversation.id, { text, status: "pending" }, t.clock());
    return { ...made, statement };
  }

  it("shows waiting statements and lets a moderator accept one", async () => {
    const { conversation, statement } = await pendingStatement("Wacht op een moderator");
    const moderator = await t.agentFor(t.users.moderator);
    const page = await moderator.get(`/admin/gesprekken/${conversation.id}/moderatie`);
    expect(page.statusCode).toBe(200);
    expect(page.body).toContain("Wacht op een moderator");
    const res = await moderator.post(`/admin/gesprekken/${conversation.id}/stellingen/${statement.id}/accepteren`);
    expect(res.statusCode).toBe(303);
    const row = await db()
      .selectFrom("opinion_statements")
      .selectAll()
      .where("id", "=", statement.id)
      .executeTakeFirstOrThrow();
    expect(row.status).toBe("accepted");
    expect(row.moderated_by).toBe(t.users.moderator.id);
  });

  it("rejects with a reason; the rejected statement leaves the analysis, the report and the export", async () => {
    const { conversation, statements } = await makeConversation(t, { statementMode: "direct" });
    const accepted = await insertStatement(
      db(),
      conversation.id,
      { text: "Later afgewezen stelling", status: "accepted" },
      t.clock(),
    );
    const agent = t.agent();
    for (const s of [...statements, accepted])
      await agent.post(`/gesprekken/${conversation.id}/stemmen`, { statement: String(s.id), vote: "agree" });
    const admin = await t.agentFor(t.users.admin);
    const missing = await admin.post(`/admin/gesprekken/${conversation.id}/stellingen/${accepted.id}/afwijzen`, {
      reason: "",
    });
    expect(missing.statusCode).toBe(400);
    expect(missing.body).toContain("Schrijf waarom");
    const res = await admin.post(`/admin/gesprekken/${conversation.id}/stellingen/${accepted.id}/afwijzen`, {
      reason: "Beledigend",
    });
    expect(res.statusCode).toBe(303);
    const row = await db()
      .selectFrom("opinion_statements")
      .selectAll()
      .where("id", "=", accepted.id)
      .executeTakeFirstOrThrow();
    expect([row.status, row.rejection_reason]).toEqual(["rejected", "Beledigend"]);
    await analyzeChangedConversations(t.services, t.clock());
    const analysis = await loadAnalysis(db(), conversation.id);
    expect(analysis!.result.statements.map((s) => s.statement)).not.toContain(accepted.id);
    expect((await t.agent().get(`/gesprekken/${conversation.id}/resultaten`)).body).not.toContain(
      "Later afgewezen stelling",
    );
    expect((await t.agent().get(`/gesprekken/${conversation.id}/export/comments.csv`)).body).not.toContain(
      "Later afgewezen stelling",
    );
    expect((await agent.get(`/gesprekken/${conversation.id}/mijn-antwoorden`)).body).not.toContain(
      "Later afgewezen stelling",
    );
    const vote = await agent.post(`/gesprekken/${conversation.id}/stemmen`, {
      statement: String(accepted.id),
      vote: "disagree",
    });
    expect(vote.statusCode).toBe(409);
  });

  it("refuses outsiders, residents and officials, other sites' statements, and requests without CSRF", async () => {
    const { conversation, statement } = await pendingStatement();
    const site = await anotherSite(t);
    const foreign = await makeConversation(t, { siteId: site.id });
    const foreignStatement = await insertStatement(
      db(),
      foreign.conversation.id,
      { text: "Stelling elders", status: "pending" },
      t.clock(),
    );
    const before = await snapshot(db());
    const accept = `/admin/gesprekken/${conversation.id}/stellingen/${statement.id}/accepteren`;
    const reject = `/admin/gesprekken/${conversation.id}/stellingen/${statement.id}/afwijzen`;
    expect((await t.agent().post(accept)).headers.location).toMatch(/^\/inloggen/);
    expect((await t.agent().get(`/admin/gesprekken/${conversation.id}/moderatie`)).headers.location).toMatch(
      /^\/inloggen/,
    );
    for (const user of [t.users.resident, t.users.official, t.users.council]) {
      const agent = await t.agentFor(user);
      expect((await agent.get(`/admin/gesprekken/${conversation.id}/moderatie`)).statusCode).toBe(403);
      expect((await agent.post(accept)).statusCode).toBe(403);
      expect((await agent.post(reject, { reason: "Zomaar" })).statusCode).toBe(403);
    }
    const moderator = await t.agentFor(t.users.moderator);
    expect((await moderator.get(`/admin/gesprekken/${foreign.conversation.id}/moderatie`)).statusCode).toBe(404);
    expect(
      (
        await moderator.post(
          `/admin/gesprekken/${foreign.conversation.id}/stellingen/${foreignStatement.id}/accepteren`,
        )
      ).statusCode,
    ).toBe(404);
    // A statement id from another site under this site's conversation is not found either.
    expect(
      (await moderator.post(`/admin/gesprekken/${conversation.id}/stellingen/${foreignStatement.id}/accepteren`))
        .statusCode,
    ).toBe(404);
    expect((await moderator.post(`/admin/gesprekken/${conversation.id}/stellingen/abc/accepteren`)).statusCode).toBe(
      404,
    );
    expect((await moderator.post(accept, { _csrf: "" })).statusCode).toBe(403);
    expect((await moderator.post(reject, { reason: "x".repeat(501) })).statusCode).toBe(400);
    expect(await snapshot(db())).toBe(before);
  });

  it("does not moderate the municipality's own seed statements", async () => {
    const { conversation, statements } = await makeConversation(t);
    const moderator = await t.agentFor(t.users.moderator);
    const res = await moderator.post(`/admin/gesprekken/${conversation.id}/stellingen/${statements[0]!.id}/afwijzen`, {
      reason: "Waarom niet",
    });
    expect(res.statusCode).toBe(409);
  });
});
