// Limits on writing: a script posting hundreds of comments, reports or new ideas from one account
// is stopped with 429, while a resident writing a lot in an evening never notices a limit.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Agent, TestApp } from "../../../../test/support/app";
import { testDatabases } from "../../../../test/support/databases";
import { areaIds, createIdea, createIdeasApp } from "../test/factories";
import { WRITE_LIMITS } from "./write-limits";

type Table = "idea_comments" | "idea_reports" | "ideas";
const count = async (t: TestApp, table: Table) =>
  Number(
    (
      await t.services.db.kysely
        .selectFrom(table)
        .select((eb) => eb.fn.countAll<number>().as("n"))
        .executeTakeFirstOrThrow()
    ).n,
  );

describe.each(testDatabases)("limits on comments, reports and new ideas on $name", (database) => {
  let t: TestApp;
  let idea: number;
  let area: number;
  beforeAll(async () => {
    t = await createIdeasApp(database);
    idea = await createIdea(t);
    [area] = (await areaIds(t)) as [number];
  });
  afterAll(async () => {
    await t?.close();
  });

  const writes: Record<
    keyof typeof WRITE_LIMITS,
    { table: Table; send(agent: Agent, i: number): ReturnType<Agent["post"]> }
  > = {
    comment: {
      table: "idea_comments",
      send: (agent, i) => agent.post(`/ideeen/${idea}/reacties`, { body: `Reactie nummer ${i}` }),
    },
    report: {
      table: "idea_reports",
      send: (agent, i) => agent.post(`/ideeen/${idea}/melden`, { reason: `Dit klopt niet (${i})` }),
    },
    draft: {
      table: "ideas",
      send: (agent, i) =>
        agent.post("/ideeen", {
          title: `Een nieuw idee nummer ${i}`,
          body: "Een uitleg die lang genoeg is voor het formulier.",
          areaId: String(area),
          category: "green",
        }),
    },
  };

  for (const [kind, write] of Object.entries(writes) as [keyof typeof WRITE_LIMITS, (typeof writes)["comment"]][]) {
    const { limit, windowSeconds } = WRITE_LIMITS[kind];

    it(`refuses the ${kind} after ${limit} in a row: 429, Retry-After, a clear message, nothing saved`, async () => {
      const author = await t.newUser();
      const agent = await t.agentFor(author);
      for (let i = 0; i < limit; i++) expect((await write.send(agent, i)).statusCode, `${kind} ${i + 1}`).toBe(303);
      const before = await count(t, write.table);
      const refused = await write.send(agent, limit);
      expect(refused.statusCode).toBe(429);
      expect(Number(refused.headers["retry-after"])).toBeGreaterThan(0);
      expect(Number(refused.headers["retry-after"])).toBeLessThanOrEqual(windowSeconds);
      expect(refused.body).toContain("in korte tijd veel geplaatst");
      expect(await count(t, write.table)).toBe(before);
      // Someone else is not affected, and the author may write again once the window has passed.
      expect((await write.send(await t.agentFor(await t.newUser()), 0)).statusCode).toBe(303);
      t.clock.advance(windowSeconds * 1000);
      expect((await write.send(agent, limit + 1)).statusCode).toBe(303);
    });
  }

  it("never stops a resident who writes a comment every two minutes all evening", async () => {
    const agent = await t.agentFor(await t.newUser());
    for (let i = 0; i < 90; i++) {
      expect((await writes.comment.send(agent, i)).statusCode, `comment ${i + 1}`).toBe(303);
      t.clock.advance(2 * 60_000);
    }
  });

  it("says so in English too", async () => {
    const agent = await t.agentFor(await t.newUser());
    agent.cookies.set("inspraak_lang", "en");
    for (let i = 0; i < WRITE_LIMITS.report.limit; i++) await writes.report.send(agent, i);
    const refused = await writes.report.send(agent, 99);
    expect(refused.statusCode).toBe(429);
    expect(refused.body).toContain("a lot in a short time");
  });
});
