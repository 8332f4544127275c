// A ballot racing the close of the vote is refused: the ballot's transaction checks the phase again,
// and on PostgreSQL share-locks the process row, so it waits for a phase change in progress and
// then sees the vote closed. (SQLite runs one write transaction at a time: no race to wait for.)
import { sql } from "kysely";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestApp, type TestApp } from "../../../../test/support/app";
import { testDatabases } from "../../../../test/support/databases";
import { budgetingManifest } from "../manifest";
import { makeProcess } from "../test/fixtures";
import { castAsResident } from "./cast-ballot";

describe.each(testDatabases)("a ballot racing the close of the vote on $name", (database) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp(database, { components: [budgetingManifest] });
  });
  afterAll(async () => {
    await t?.close();
  });

  const ballotsOf = async (processId: number) =>
    t.services.db.kysely.selectFrom("budget_ballots").select("id").where("process_id", "=", processId).execute();

  it("is refused when the vote closed after the page loaded the process", async () => {
    const { process, projects } = await makeProcess(t);
    await t.services.db.kysely
      .updateTable("budget_processes")
      .set({ phase: "results" })
      .where("id", "=", process.id)
      .execute();
    const stale = castAsResident(t.services, process, t.users.resident.id, new Map([[projects[3]!.id, 1]]));
    await expect(stale).rejects.toMatchObject({ status: 409, messageKey: "budgeting.errors.voteClosed" });
    expect(await ballotsOf(process.id)).toEqual([]);
  });

  if (database.name !== "postgres") return;
  it("waits for a phase change in progress and is refused, so no ballot is saved after the count", async () => {
    const { process, projects } = await makeProcess(t);
    const db = t.services.db.kysely;
    let cast: Promise<unknown> = Promise.resolve();
    let settled = false;
    await db.transaction().execute(async (closing) => {
      await closing.updateTable("budget_processes").set({ phase: "results" }).where("id", "=", process.id).execute();
      cast = castAsResident(t.services, process, t.users.resident.id, new Map([[projects[3]!.id, 1]]));
      cast.then(
        () => (settled = true),
        () => (settled = true),
      );
      // Commit the close only once the ballot waits for the process row (or, without the lock, is done).
      while (!settled) {
        const { rows } = await sql<{ n: number }>`select count(*)::int as n from pg_stat_activity
          where datname = current_database() and wait_event_type = 'Lock'`.execute(db);
        if (rows[0]!.n > 0) break;
        await new Promise((resolve) => setTimeout(resolve, 10));
      }
    });
    await expect(cast).rejects.toMatchObject({ status: 409, messageKey: "budgeting.errors.voteClosed" });
    expect(await ballotsOf(process.id)).toEqual([]);
  });
});
