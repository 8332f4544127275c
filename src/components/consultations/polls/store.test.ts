// The poll store on both databases: one vote per person held by the database itself, choices keep
// their votes through a text fix, and closing is idempotent.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { TestApp } from "../../../../test/support/app";
import { testDatabases } from "../../../../test/support/databases";
import { createConsultationsApp } from "../test/factories";
import { choiceIds, newPoll, publishedConsultation } from "../test/page-factories";
import { castVote, closePoll, getPoll, homePolls, updatePoll, voteCounts } from "./store";

describe.each(testDatabases)("the poll store on $name", (database) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createConsultationsApp(database);
  });
  afterAll(async () => {
    await t?.close();
  });

  it("counts one vote per person, also when the insert is tried directly", async () => {
    const db = t.services.db.kysely;
    const poll = await newPoll(t, await publishedConsultation(t));
    const [a, b] = await choiceIds(t, poll);
    const person = await t.newUser();
    const results = await Promise.all([
      castVote(db, poll, a!, person.id, t.clock()),
      castVote(db, poll, b!, person.id, t.clock()),
    ]);
    expect(results.filter(Boolean)).toHaveLength(1);
    await expect(
      db
        .insertInto("poll_votes")
        .values({ poll_id: poll, choice_id: a!, user_id: person.id, created_at: t.clock().toISOString() })
        .execute(),
    ).rejects.toThrow();
    await castVote(db, poll, b!, (await t.newUser()).id, t.clock());
    const counts = await voteCounts(db, poll);
    expect([...counts.values()].reduce((x, y) => x + y, 0)).toBe(2);
  });

  it("keeps votes on their choice through a text fix, and closes once", async () => {
    const db = t.services.db.kysely;
    const consultation = await publishedConsultation(t);
    const id = await newPoll(t, consultation, { onHome: true });
    const [a] = await choiceIds(t, id);
    await castVote(db, id, a!, t.users.resident.id, t.clock());
    const poll = (await getPoll(db, t.site.id, id))!;
    await updatePoll(
      db,
      poll,
      {
        question: "Nieuwe vraag?",
        choices: ["Veel groen", "Spelen", "Bankjes"],
        results: "afterClose",
        onHome: true,
        published: true,
      },
      t.clock(),
    );
    const changed = (await getPoll(db, t.site.id, id))!;
    expect(changed.choices.map((c) => c.label)).toEqual(["Veel groen", "Spelen", "Bankjes"]);
    expect(changed.choices[0]!.id).toBe(a);
    expect((await voteCounts(db, id)).get(a!)).toBe(1);
    expect((await homePolls(db, t.site.id)).map((p) => p.id)).toContain(id);
    expect(await closePoll(db, id, t.clock())).toBe(true);
    const first = (await getPoll(db, t.site.id, id))!.closed_at;
    t.clock.advance(60_000);
    expect(await closePoll(db, id, t.clock())).toBe(false);
    expect((await getPoll(db, t.site.id, id))!.closed_at).toBe(first);
    expect(await getPoll(db, t.site.id + 1000, id)).toBeUndefined();
  });
});
