// Comments and replies reach the idea's author and the person replied to, by each one's choice
// (immediately, in the daily digest, never); never the commenter, and never twice.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { TestApp } from "../../../../test/support/app";
import { testDatabases } from "../../../../test/support/databases";
import type { User } from "../../../core/db/types";
import { createIdea, createIdeasApp } from "../test/factories";
import { commentAudience } from "./comment-fan-out";
import { sendDigests } from "./jobs";

describe("who hears about a comment", () => {
  it("tells the author and the person replied to, once each, never the commenter", () => {
    expect([...commentAudience(2, 1, null)]).toEqual([[1, "comment"]]);
    expect([...commentAudience(2, 1, 3)]).toEqual([
      [1, "comment"],
      [3, "reply"],
    ]);
    expect([...commentAudience(2, 1, 1)]).toEqual([[1, "reply"]]);
    expect([...commentAudience(1, 1, null)]).toEqual([]);
    expect([...commentAudience(3, 1, 3)]).toEqual([[1, "comment"]]);
  });
});

describe.each(testDatabases)("comment notifications on $name", (database) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createIdeasApp(database);
  });
  afterAll(async () => {
    await t?.close();
  });

  const setMode = (user: User, mode: "immediate" | "daily" | "never") =>
    t.services.db.kysely.updateTable("users").set({ notify_mode: mode }).where("id", "=", user.id).execute();
  const comment = async (user: User, ideaId: number, body: string, parentId?: number) => {
    const res = await (await t.agentFor(user)).post(`/ideeen/${ideaId}/reacties`, {
      body,
      ...(parentId ? { parentId: String(parentId) } : {}),
    });
    expect(res.statusCode).toBe(303);
    return (
      await t.services.db.kysely
        .selectFrom("idea_comments")
        .select("id")
        .where("body", "=", body)
        .executeTakeFirstOrThrow()
    ).id;
  };
  /** Delivers the outbox and returns the mails about `title` per recipient. */
  const deliver = async (title: string) => {
    t.mail.sent.length = 0;
    await t.drainOutbox();
    const mails = t.mail.sent.filter((m) => m.subject.includes(title));
    return (user: User) => mails.filter((m) => m.to === user.email);
  };

  it("mails the author about a comment, once even when following, and not the commenter", async () => {
    const author = await t.newUser({ name: "Indiener Ans" });
    const neighbour = await t.newUser({ name: "Buurman Bert" });
    const id = await createIdea(t, { author, title: "Boom op het plein" });
    expect((await (await t.agentFor(author)).post(`/ideeen/${id}/volgen`, {})).statusCode).toBe(303);
    await deliver("Boom op het plein");
    await comment(neighbour, id, "Mooi idee, ik doe mee.");
    const to = await deliver("Boom op het plein");
    expect(to(author).map((m) => m.subject)).toEqual(["Nieuwe reactie op uw idee 'Boom op het plein'"]);
    expect(to(author)[0]!.text).toContain("Mooi idee, ik doe mee.");
    // Not the commenter's name: the mail outlives a deleted account (the page shows the name as it is now).
    expect(to(author)[0]!.text).not.toContain("Buurman Bert");
    expect(to(neighbour)).toEqual([]);
    // The author answering on their own idea is not news for the author.
    await comment(author, id, "Dank je wel, Bert!");
    expect((await deliver("Boom op het plein"))(author)).toEqual([]);
  });

  it("mails the person replied to, also for a reply to a reply, and the author once when replied to", async () => {
    const author = await t.newUser({ name: "Indiener Ans" });
    const first = await t.newUser({ name: "Buurvrouw Cora" });
    const second = await t.newUser({ name: "Buurman Dirk" });
    const id = await createIdea(t, { author, title: "Speeltuin opknappen" });
    const top = await comment(first, id, "Graag een schommel erbij.");
    await deliver("Speeltuin opknappen");
    const reply = await comment(second, id, "Een schommel is een goed plan.", top);
    let to = await deliver("Speeltuin opknappen");
    expect(to(first).map((m) => m.subject)).toEqual(["Nieuwe reactie op uw reactie bij 'Speeltuin opknappen'"]);
    expect(to(author).map((m) => m.subject)).toEqual(["Nieuwe reactie op uw idee 'Speeltuin opknappen'"]);
    expect(to(second)).toEqual([]);
    // A reply to the reply hangs under the top comment, but the one replied to is its writer.
    await comment(first, id, "Dan zoek ik een schommel uit.", reply);
    to = await deliver("Speeltuin opknappen");
    expect(to(second)).toHaveLength(1);
    expect(to(first)).toEqual([]);
    // The author replied to: one mail, the reply.
    const own = await comment(author, id, "Ik vraag het na bij de gemeente.");
    await deliver("Speeltuin opknappen");
    await comment(second, id, "Laat het ons weten!", own);
    to = await deliver("Speeltuin opknappen");
    expect(to(author).map((m) => m.subject)).toEqual(["Nieuwe reactie op uw reactie bij 'Speeltuin opknappen'"]);
  });

  it("respects the choice: daily goes into the digest, never sends nothing, in the person's language", async () => {
    const daily = await t.newUser({ name: "Dagelijks Eva" });
    const never = await t.newUser({ name: "Nooit Frits" });
    const neighbour = await t.newUser({ name: "Buurvrouw Gea" });
    await setMode(daily, "daily");
    await setMode(never, "never");
    await t.services.db.kysely.updateTable("users").set({ language: "en" }).where("id", "=", daily.id).execute();
    const dailyIdea = await createIdea(t, { author: daily, title: "Fietsenrek bij de bieb" });
    const neverIdea = await createIdea(t, { author: never, title: "Bloembakken in de straat" });
    await comment(neighbour, dailyIdea, "Ja, graag meer rekken.");
    await comment(neighbour, neverIdea, "Bloemen maken de straat vrolijk.");
    expect((await deliver("Fietsenrek"))(daily)).toEqual([]);
    expect((await deliver("Bloembakken"))(never)).toEqual([]);
    const start = t.clock();
    t.clock.advanceDays(1);
    expect(await sendDigests(t.services, t.clock())).toBeGreaterThanOrEqual(1);
    t.mail.sent.length = 0;
    await t.drainOutbox();
    t.clock.set(start);
    const digest = t.mail.sent.filter((m) => m.to === daily.email);
    expect(digest).toHaveLength(1);
    expect(digest[0]!.text).toContain("Someone commented on your idea 'Fietsenrek bij de bieb'");
    expect(digest[0]!.text).toContain("Ja, graag meer rekken.");
    expect(t.mail.sent.filter((m) => m.to === never.email)).toEqual([]);
  });
});
