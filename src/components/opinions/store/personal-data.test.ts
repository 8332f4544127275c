// A person's conversation data is whole in the download, and deleting the account applies the
// rules of docs/personal-data.md: in an open conversation participation and votes go (and the
// analysis is redone); in a closed one the votes stay counted on a participant without account.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { TEST_PASSWORD, type TestApp } from "../../../../test/support/app";
import { testDatabases } from "../../../../test/support/databases";
import type { CurrentUser } from "../../../core/auth/sessions";
import type { Role, User } from "../../../core/db/types";
import { iso } from "../../../core/db/time";
import { castVote } from "../commands/cast-vote";
import { submitStatement } from "../commands/submit-statement";
import type { Conversation, Statement } from "./tables";
import { makeConversation, opinionsTestApp, votesOf } from "../test/factories";
import { voteCountsByStatement } from "./votes";

const asCurrentUser = (u: User): CurrentUser => ({
  id: u.id,
  siteId: u.site_id,
  displayName: u.display_name,
  email: u.email!,
  emailVerified: true,
  language: u.language,
  roles: new Set<Role>(["resident"]),
  participant: { level: "email", verifiedPostcode: null, verifiedBirthdate: null },
});

describe.each(testDatabases)("opinions: a person's data on $name", (database) => {
  let t: TestApp;
  let person: User;
  let open: { conversation: Conversation; statements: Statement[] };
  let closed: { conversation: Conversation; statements: Statement[] };
  let ownStatement: Statement;
  beforeAll(async () => {
    t = await opinionsTestApp(database);
    person = await t.newUser({ email: "olga@example.org", name: "Olga Opinie" });
    const other = await t.newUser();
    open = await makeConversation(t, { participation: "account", statementMode: "direct", topic: "Open gesprek" });
    closed = await makeConversation(t, { participation: "account", topic: "Gesloten gesprek" });
    const db = t.services.db.kysely;
    const vote = (c: typeof open, user: User, i: number, choice: "agree" | "disagree" | "pass") =>
      castVote(t.services, {
        siteId: t.site.id,
        conversationId: c.conversation.id,
        statementId: c.statements[i]!.id,
        choice,
        user: asCurrentUser(user),
        identity: () => ({ kind: "user", userId: user.id }),
      });
    for (const c of [open, closed]) {
      await vote(c, person, 0, "agree");
      await vote(c, person, 1, "disagree");
      await vote(c, other, 0, "pass");
    }
    ownStatement = await submitStatement(t.services, {
      siteId: t.site.id,
      conversationId: open.conversation.id,
      text: "Meer fietsenrekken bij het station",
      user: asCurrentUser(person),
      identity: () => ({ kind: "user", userId: person.id }),
    });
    await db
      .updateTable("opinion_conversations")
      .set({ closes_at: iso(t.clock()) })
      .where("id", "=", closed.conversation.id)
      .execute();
  });
  afterAll(async () => {
    await t?.close();
  });

  it("puts each conversation with the person's votes and statements in the download, with dates", async () => {
    const data = (await (await t.agentFor(person)).get("/account/gegevens.json")).json().contributions.opinions;
    expect(data.conversations.map((c: { topic: string }) => c.topic)).toEqual(["Open gesprek", "Gesloten gesprek"]);
    for (const c of data.conversations) {
      expect(c.joinedAt).toEqual(expect.any(String));
      expect(c.votes.map((v: { vote: string }) => v.vote)).toEqual(["agree", "disagree"]);
      expect(c.votes.every((v: { votedAt: string; statement: string }) => v.votedAt && v.statement)).toBe(true);
    }
    expect(data.conversations[0].statements).toEqual([
      expect.objectContaining({ text: "Meer fietsenrekken bij het station", status: "accepted" }),
    ]);
  });

  it("removes participation in the open conversation, keeps the closed one counted without the account", async () => {
    const db = t.services.db.kysely;
    const openVersion = (
      await db
        .selectFrom("opinion_conversations")
        .select("changes_version")
        .where("id", "=", open.conversation.id)
        .executeTakeFirstOrThrow()
    ).changes_version;
    const closedVotes = await votesOf(db, closed.conversation.id);
    const closedCounts = await voteCountsByStatement(db, closed.conversation.id);
    const res = await (await t.agentFor(person)).post("/account/verwijderen", { password: TEST_PASSWORD });
    expect(res.statusCode).toBe(303);

    expect(await db.selectFrom("opinion_participants").select("id").where("user_id", "=", person.id).execute()).toEqual(
      [],
    );
    expect((await votesOf(db, open.conversation.id)).map((v) => v.vote)).toEqual([0]);
    const after = await db
      .selectFrom("opinion_conversations")
      .select("changes_version")
      .where("id", "=", open.conversation.id)
      .executeTakeFirstOrThrow();
    expect(after.changes_version).toBeGreaterThan(openVersion);
    const statement = await db
      .selectFrom("opinion_statements")
      .selectAll()
      .where("id", "=", ownStatement.id)
      .executeTakeFirstOrThrow();
    expect(statement).toMatchObject({ text: "Meer fietsenrekken bij het station", author_participant_id: null });

    expect(await votesOf(db, closed.conversation.id)).toEqual(closedVotes);
    expect(await voteCountsByStatement(db, closed.conversation.id)).toEqual(closedCounts);
    for (const row of await db.selectFrom("outbox").select("payload").execute()) {
      expect(row.payload).not.toContain("olga@example.org");
      expect(row.payload).not.toContain("Olga Opinie");
    }
  });
});
