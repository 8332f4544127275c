// The expiry job may ignore one thing only: losing the race for an idea to another run. A database
// failure must reach the scheduler (which logs it), never vanish in the job.
import { sql } from "kysely";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { TestApp } from "../../../../test/support/app";
import { testDatabases } from "../../../../test/support/databases";
import { createIdea, createIdeasApp, ideaRow, setProcess } from "../test/factories";
import { expireIdeas, ideaJobs } from "./jobs";

const expireJob = ideaJobs.find((j) => j.name === "ideas.expire")!;

describe.each(testDatabases)("the expiry job's errors on $name", (database) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createIdeasApp(database);
    await setProcess(t, { support_days: 30 });
  });
  afterAll(async () => {
    await t?.close();
  });

  const expiryEvents = async (ids: number[]) =>
    (
      await t.services.db.kysely
        .selectFrom("idea_events")
        .select("idea_id")
        .where("idea_id", "in", ids)
        .where("to_state", "=", "expired")
        .execute()
    ).length;

  it("lets two runs race: each idea expires once, and the run that lost it carries on", async () => {
    const ids = [await createIdea(t), await createIdea(t), await createIdea(t)];
    const start = t.clock();
    t.clock.advanceDays(31);
    const [a, b] = await Promise.all([expireIdeas(t.services, t.clock()), expireIdeas(t.services, t.clock())]);
    expect(a + b).toBe(3);
    for (const id of ids) expect((await ideaRow(t, id)).state).toBe("expired");
    expect(await expiryEvents(ids)).toBe(3);
    t.clock.set(start);
  });

  it("throws a database failure in the middle of a run, and leaves that idea as it was", async () => {
    const id = await createIdea(t);
    const start = t.clock();
    t.clock.advanceDays(31);
    // The timeline table is away: writing the expiry's event fails inside the transaction.
    await sql`alter table idea_events rename to idea_events_away`.execute(t.services.db.kysely);
    try {
      await expect(expireIdeas(t.services, t.clock())).rejects.toThrow(/idea_events/);
    } finally {
      await sql`alter table idea_events_away rename to idea_events`.execute(t.services.db.kysely);
    }
    expect((await ideaRow(t, id)).state).toBe("open");
    expect(await expireIdeas(t.services, t.clock())).toBe(1);
    t.clock.set(start);
  });
});

describe.each(testDatabases)("the expiry job on a closed database on $name", (database) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createIdeasApp(database);
  });
  afterAll(async () => {
    await t?.close();
  });

  it("fails, so the scheduler logs it, instead of reporting nothing to do", async () => {
    await t.services.db.kysely.destroy();
    await expect(expireIdeas(t.services, t.clock())).rejects.toThrow();
    await expect(expireJob.run(t.services, t.clock())).rejects.toThrow();
  });
});
