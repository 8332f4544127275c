// The demo's time plans: seeded relative to the demo's start, nothing happens at the start itself,
// the running vote closes on its own two weeks later, and the proposal round moves on by itself.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestApp, type TestApp } from "../../../../test/support/app";
import { testDatabases } from "../../../../test/support/databases";
import { seedBudgeting } from "../commands/seed-demo";
import { budgetingManifest } from "../manifest";
import { runProcessWindows } from "./job";
import { findPlan } from "./store";

describe.each(testDatabases)("budgeting: the demo's time plans on $name", (database) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp(database, { components: [budgetingManifest] });
  });
  afterAll(async () => {
    await t?.close();
  });

  it("open and close the demo's phases on their own, relative to the start", async () => {
    const db = t.services.db.kysely;
    const start = t.clock(); // 26 November 2026, 11:00 in Amsterdam
    await seedBudgeting(t.services, t.site.id);
    const byTitle = async (like: string) =>
      db.selectFrom("budget_processes").select(["id", "phase"]).where("title", "like", like).executeTakeFirstOrThrow();
    const voting = await byTitle("Buurtbudget Bos en Lommer%");
    const proposing = await byTitle("Groenbudget%");
    expect(await findPlan(db, voting.id)).toMatchObject({
      votingCloseAt: "2026-12-10T19:00:00.000Z", // 10 December, 20:00 in Amsterdam
      handled: { votingOpen: start.toISOString(), votingClose: null },
    });
    expect(await findPlan(db, proposing.id)).toMatchObject({
      proposalsCloseAt: "2026-12-03T16:00:00.000Z",
      votingOpenAt: "2026-12-04T08:00:00.000Z",
      votingCloseAt: "2026-12-18T16:00:00.000Z",
    });
    const page = (await t.agent().get(`/begroting/${voting.id}`)).body.replace(/\u00a0/g, " ");
    expect(page).toContain("Stemmen sluit over 14 dagen, op 10 december om 20:00.");
    expect(await runProcessWindows(t.services, start)).toEqual([]);
    const later = await runProcessWindows(t.services, new Date("2026-12-10T19:00:00.000Z"));
    expect(later.map((s) => [s.processId, s.boundary, s.to])).toEqual([
      [voting.id, "votingClose", "results"],
      [proposing.id, "proposalsClose", "review"],
      [proposing.id, "votingOpen", "vote"],
    ]);
    expect((await byTitle("Buurtbudget Bos en Lommer%")).phase).toBe("results");
    expect((await byTitle("Groenbudget%")).phase).toBe("vote");
  });
});
