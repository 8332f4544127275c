import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { TestApp } from "../../../../test/support/app";
import { testDatabases } from "../../../../test/support/databases";
import { makeConversation, opinionsTestApp, snapshot, votesOf } from "../test/factories";

describe.each(testDatabases)("opinions voting on $name", (database) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await opinionsTestApp(database);
  });
  afterAll(async () => {
    await t?.close();
  });

  it("lists conversations and shows one statement at a time with three answer buttons", async () => {
    const { conversation } = await makeConversation(t, { topic: "Parkeren in de straat" });
    const list = await t.agent().get("/gesprekken");
    expect(list.statusCode).toBe(200);
    expect(list.body).toContain(`href="/gesprekken/${conversation.id}"`);
    const page = await t.agent().get(`/gesprekken/${conversation.id}`);
    expect(page.statusCode).toBe(200);
    expect(page.body.match(/<h1/g)).toHaveLength(1);
    expect(page.body).toContain("Stelling 1 van 3");
    expect(page.body).toContain('name="vote" value="agree"');
    expect(page.body).toContain('name="vote" value="disagree"');
    expect(page.body).toContain('name="vote" value="pass"');
  });

  it("records a vote without JavaScript, never repeats an answered statement, ends when all are answered", async () => {
    const { conversation, statements } = await makeConversation(t);
    const agent = t.agent();
    const seen = new Set<number>();
    for (let i = 0; i < statements.length; i++) {
      const page = await agent.get(`/gesprekken/${conversation.id}`);
      const id = Number(/name="statement" value="(\d+)"/.exec(page.body)![1]);
      expect(seen.has(id)).toBe(false);
      seen.add(id);
      const res = await agent.post(`/gesprekken/${conversation.id}/stemmen`, { statement: String(id), vote: "agree" });
      expect(res.statusCode).toBe(303);
      expect(res.headers.location).toBe(`/gesprekken/${conversation.id}`);
    }
    const done = await agent.get(`/gesprekken/${conversation.id}`);
    expect(done.body).toContain("alle stellingen beantwoord");
    expect(await votesOf(t.services.db.kysely, conversation.id)).toHaveLength(3);
    expect(agent.cookies.get("inspraak_opinions")).toMatch(/^[\w-]{20,}$/);
  });

  it("answers the script with JSON holding the next statement", async () => {
    const { conversation, statements } = await makeConversation(t);
    const agent = t.agent();
    const res = await agent.post(
      `/gesprekken/${conversation.id}/stemmen`,
      { statement: String(statements[0]!.id), vote: "disagree" },
      { accept: "application/json" },
    );
    expect(res.statusCode).toBe(200);
    const body = res.json() as { statement: { id: number; text: string }; progressText: string };
    expect(body.statement.id).not.toBe(statements[0]!.id);
    expect(body.progressText).toBe("Stelling 2 van 3");
  });

  it("lets a participant change an answer from the list of their answers", async () => {
    const { conversation, statements } = await makeConversation(t);
    const agent = t.agent();
    await agent.post(`/gesprekken/${conversation.id}/stemmen`, { statement: String(statements[1]!.id), vote: "agree" });
    const answers = await agent.get(`/gesprekken/${conversation.id}/mijn-antwoorden`);
    expect(answers.statusCode).toBe(200);
    expect(answers.body).toContain(statements[1]!.text);
    expect(answers.body).toContain('aria-pressed="true"');
    // The three buttons form a named group: a fieldset whose legend screen readers announce.
    expect(answers.body).toContain('<fieldset class="opinion-answers__choices"><legend class="visually-hidden">');
    const change = await agent.post(`/gesprekken/${conversation.id}/stemmen`, {
      statement: String(statements[1]!.id),
      vote: "disagree",
      terug: "antwoorden",
    });
    expect(change.headers.location).toBe(`/gesprekken/${conversation.id}/mijn-antwoorden`);
    const votes = await votesOf(t.services.db.kysely, conversation.id);
    expect(votes).toHaveLength(1);
    expect(votes[0]!.vote).toBe(-1);
  });

  it("keeps anonymous participants apart: another visitor does not see my answers", async () => {
    const { conversation, statements } = await makeConversation(t);
    const mine = t.agent();
    await mine.post(`/gesprekken/${conversation.id}/stemmen`, { statement: String(statements[0]!.id), vote: "agree" });
    const other = await t.agent().get(`/gesprekken/${conversation.id}/mijn-antwoorden`);
    expect(other.body).not.toContain(statements[0]!.text);
  });

  it("counts an account as one participant in an account-only conversation and sends visitors to log in", async () => {
    const { conversation, statements } = await makeConversation(t, { participation: "account" });
    const before = await snapshot(t.services.db.kysely);
    const anonymous = await t
      .agent()
      .post(`/gesprekken/${conversation.id}/stemmen`, { statement: String(statements[0]!.id), vote: "agree" });
    expect(anonymous.statusCode).toBe(303);
    expect(anonymous.headers.location).toMatch(/^\/inloggen/);
    expect(await snapshot(t.services.db.kysely)).toBe(before);
    const page = await t.agent().get(`/gesprekken/${conversation.id}`);
    expect(page.body).toContain("Log in om mee te doen");
    const resident = await t.agentFor(t.users.resident);
    expect(
      (
        await resident.post(`/gesprekken/${conversation.id}/stemmen`, {
          statement: String(statements[0]!.id),
          vote: "pass",
        })
      ).statusCode,
    ).toBe(303);
    const participants = await t.services.db.kysely
      .selectFrom("opinion_participants")
      .selectAll()
      .where("conversation_id", "=", conversation.id)
      .execute();
    expect(participants).toHaveLength(1);
    expect(participants[0]!.user_id).toBe(t.users.resident.id);
  });
});
