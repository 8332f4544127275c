import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { iso } from "../../../core/db/time";
import type { TestApp } from "../../../../test/support/app";
import { testDatabases } from "../../../../test/support/databases";
import { insertStatement } from "../store/statements";
import { anotherSite, makeConversation, opinionsTestApp, snapshot, votesOf } from "../test/factories";

describe.each(testDatabases)("opinions voting refusals on $name", (database) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await opinionsTestApp(database, { votesPerMinute: 5, votesPerMinutePerIp: 8, statementsPerHour: 2 });
  });
  afterAll(async () => {
    await t?.close();
  });
  const db = () => t.services.db.kysely;

  it("refuses a vote on a closed conversation with 409 and a clear message, changing nothing", async () => {
    const { conversation, statements } = await makeConversation(t, {
      closesAt: iso(new Date(t.clock().getTime() - 1000)),
    });
    const before = await snapshot(db());
    const res = await t
      .agent()
      .post(`/gesprekken/${conversation.id}/stemmen`, { statement: String(statements[0]!.id), vote: "agree" });
    expect(res.statusCode).toBe(409);
    expect(res.body).toContain("Dit gesprek is gesloten");
    const json = await t
      .agent()
      .post(
        `/gesprekken/${conversation.id}/stemmen`,
        { statement: String(statements[0]!.id), vote: "agree" },
        { accept: "application/json" },
      );
    expect(json.statusCode).toBe(409);
    expect(json.json().message).toContain("gesloten");
    expect(await snapshot(db())).toBe(before);
  });

  it("refuses a vote before the conversation opens", async () => {
    const { conversation, statements } = await makeConversation(t, {
      opensAt: iso(new Date(t.clock().getTime() + 86_400_000)),
    });
    const res = await t
      .agent()
      .post(`/gesprekken/${conversation.id}/stemmen`, { statement: String(statements[0]!.id), vote: "agree" });
    expect(res.statusCode).toBe(409);
    expect(res.body).toContain("nog niet begonnen");
  });

  it("refuses votes on rejected and waiting statements with 409", async () => {
    const { conversation } = await makeConversation(t);
    const rejected = await insertStatement(
      db(),
      conversation.id,
      { text: "Afgewezen stelling", status: "rejected", rejectionReason: "scheldwoord" },
      t.clock(),
    );
    const pending = await insertStatement(
      db(),
      conversation.id,
      { text: "Wachtende stelling", status: "pending" },
      t.clock(),
    );
    const before = await snapshot(db());
    const a = await t
      .agent()
      .post(`/gesprekken/${conversation.id}/stemmen`, { statement: String(rejected.id), vote: "agree" });
    expect(a.statusCode).toBe(409);
    expect(a.body).toContain("afgewezen");
    const b = await t
      .agent()
      .post(`/gesprekken/${conversation.id}/stemmen`, { statement: String(pending.id), vote: "agree" });
    expect(b.statusCode).toBe(409);
    expect(await snapshot(db())).toBe(before);
  });

  it("answers malformed, missing, wrong-type and unknown input with a 4xx and changes nothing", async () => {
    const { conversation, statements } = await makeConversation(t);
    const other = await makeConversation(t);
    const before = await snapshot(db());
    const url = `/gesprekken/${conversation.id}/stemmen`;
    const s = String(statements[0]!.id);
    expect((await t.agent().post(url, { statement: s, vote: "maybe" })).statusCode).toBe(400);
    expect((await t.agent().post(url, { statement: s })).statusCode).toBe(400);
    expect((await t.agent().post(url, { statement: "abc", vote: "agree" })).statusCode).toBe(400);
    expect((await t.agent().post(url, { statement: [s, s], vote: "agree" })).statusCode).toBe(400);
    expect((await t.agent().post(url, { statement: "99999999", vote: "agree" })).statusCode).toBe(404);
    expect((await t.agent().post(url, { statement: String(other.statements[0]!.id), vote: "agree" })).statusCode).toBe(
      404,
    );
    expect((await t.agent().post(`/gesprekken/xyz/stemmen`, { statement: s, vote: "agree" })).statusCode).toBe(404);
    expect((await t.agent().post(url, { statement: s, vote: "agree", pad: "x".repeat(300_000) })).statusCode).toBe(413);
    expect(await snapshot(db())).toBe(before);
  });

  it("refuses a vote without a CSRF token or from another website with 403", async () => {
    const { conversation, statements } = await makeConversation(t);
    const before = await snapshot(db());
    const form = { statement: String(statements[0]!.id), vote: "agree" };
    expect((await t.agent().post(`/gesprekken/${conversation.id}/stemmen`, { ...form, _csrf: "" })).statusCode).toBe(
      403,
    );
    expect(
      (await t.agent().post(`/gesprekken/${conversation.id}/stemmen`, form, { origin: "https://evil.example" }))
        .statusCode,
    ).toBe(403);
    expect(
      (await t.agent().post(`/gesprekken/${conversation.id}/stellingen`, { text: "Een nieuwe stelling", _csrf: "" }))
        .statusCode,
    ).toBe(403);
    expect(await snapshot(db())).toBe(before);
  });

  it("never shows or accepts another site's conversation", async () => {
    const site = await anotherSite(t);
    const { conversation, statements } = await makeConversation(t, {
      siteId: site.id,
      topic: "Geheim van de andere stad",
    });
    const before = await snapshot(db());
    for (const path of ["", "/resultaten", "/mijn-antwoorden", "/export/votes.csv"]) {
      const res = await t.agent().get(`/gesprekken/${conversation.id}${path}`);
      expect(res.statusCode).toBe(404);
      expect(res.body).not.toContain("Geheim van de andere stad");
    }
    expect((await t.agent().get("/gesprekken")).body).not.toContain("Geheim van de andere stad");
    expect(
      (
        await t
          .agent()
          .post(`/gesprekken/${conversation.id}/stemmen`, { statement: String(statements[0]!.id), vote: "agree" })
      ).statusCode,
    ).toBe(404);
    expect(
      (await t.agent().post(`/gesprekken/${conversation.id}/stellingen`, { text: "Een stelling van buiten" }))
        .statusCode,
    ).toBe(404);
    expect(await snapshot(db())).toBe(before);
  });

  it("rate-limits an anonymous visitor flooding votes with 429 and Retry-After, keeping earlier votes", async () => {
    t.clock.advance(61_000); // a fresh window: earlier tests voted from the same IP address
    const seeds = Array.from({ length: 8 }, (_, i) => `Stelling nummer ${i + 1}`);
    const { conversation, statements } = await makeConversation(t, { seeds });
    const agent = t.agent();
    for (const s of statements.slice(0, 5)) {
      expect(
        (await agent.post(`/gesprekken/${conversation.id}/stemmen`, { statement: String(s.id), vote: "agree" }))
          .statusCode,
      ).toBe(303);
    }
    const flooded = await agent.post(`/gesprekken/${conversation.id}/stemmen`, {
      statement: String(statements[5]!.id),
      vote: "agree",
    });
    expect(flooded.statusCode).toBe(429);
    expect(Number(flooded.headers["retry-after"])).toBeGreaterThan(0);
    const json = await agent.post(
      `/gesprekken/${conversation.id}/stemmen`,
      { statement: String(statements[5]!.id), vote: "agree" },
      { accept: "application/json" },
    );
    expect(json.statusCode).toBe(429);
    expect(json.headers["retry-after"]).toBeDefined();
    expect(await votesOf(t.services.db.kysely, conversation.id)).toHaveLength(5);
    // Throwing the cookie away does not help: the IP address has its own limit.
    let refused = 0;
    for (let i = 0; i < 4; i++) {
      const res = await t
        .agent()
        .post(`/gesprekken/${conversation.id}/stemmen`, { statement: String(statements[6]!.id), vote: "pass" });
      if (res.statusCode === 429) refused++;
    }
    expect(refused).toBeGreaterThan(0);
    t.clock.advance(61_000);
    expect(
      (
        await agent.post(`/gesprekken/${conversation.id}/stemmen`, {
          statement: String(statements[5]!.id),
          vote: "agree",
        })
      ).statusCode,
    ).toBe(303);
  });
});
