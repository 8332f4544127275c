// The scheduled job that carries out a process's time plan: each boundary at its instant (not a
// millisecond before), the phase moved and the ballots counted once, followers mailed once per
// opening, a late job that finds the close already enforced, a crash in the middle of a step
// rolled back whole, and two workers on one database doing every step exactly once.
import { sql } from "kysely";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestApp, type TestApp } from "../../../../test/support/app";
import { testDatabases, workerPostgresUrl } from "../../../../test/support/databases";
import { openDatabase } from "../../../core/db/database";
import { HttpError } from "../../../core/http/errors";
import { localDateTimeToIso } from "../../../core/i18n/local-days";
import type { Services } from "../../../core/services";
import { castAsResident } from "../commands/cast-ballot";
import { budgetingManifest } from "../manifest";
import { makeProcess } from "../test/fixtures";
import { setFollowing } from "./follows";
import { runProcessWindows } from "./job";
import type { Windows } from "./rules";
import { findPlan, savePlan } from "./store";

const at = (day: string, time: string) => localDateTimeToIso(day, time);
const windows: Windows = {
  proposalsOpenAt: at("2027-02-01", "09:00"),
  proposalsCloseAt: at("2027-02-15", "17:00"),
  votingOpenAt: at("2027-03-05", "09:00"),
  votingCloseAt: at("2027-03-29", "09:00"),
};
const shift = (iso: string, ms: number) => new Date(Date.parse(iso) + ms);

describe.each(testDatabases)("budgeting: the time plan's job on $name", (database) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp(database, { components: [budgetingManifest] });
  });
  afterAll(async () => {
    await t?.close();
  });
  const db = () => t.services.db.kysely;

  /** A process in the proposal phase with the plan above and three followers, one who turned mail off. */
  async function planned(w: Windows = windows) {
    const { process, projects } = await makeProcess(t, { phase: "submit", title: `Plan ${Math.random()}` });
    await savePlan(db(), process.id, w, t.clock());
    const dutch = await t.newUser();
    const english = await t.newUser();
    await db().updateTable("users").set({ language: "en" }).where("id", "=", english.id).execute();
    const silent = await t.newUser();
    await db().updateTable("users").set({ notify_mode: "never" }).where("id", "=", silent.id).execute();
    for (const u of [dutch, english, silent]) await setFollowing(db(), process.id, u.id, true, t.clock());
    return { process, projects, dutch, english };
  }
  const phaseOf = async (id: number) =>
    (await db().selectFrom("budget_processes").select("phase").where("id", "=", id).executeTakeFirstOrThrow()).phase;
  const mailsTo = async (userIds: number[]) =>
    (
      await db()
        .selectFrom("outbox")
        .select("payload")
        .where("kind", "=", "mail")
        .where("user_id", "in", userIds)
        .execute()
    ).map((r) => (JSON.parse(r.payload) as { subject: string }).subject);
  const run = (when: Date, services: Services = t.services) => runProcessWindows(services, when);
  const mine = async (id: number, when: Date) => (await run(when)).filter((s) => s.processId === id);

  it("opens and closes each phase at its instant, once, and mails the followers at each opening", async () => {
    const { process, projects, dutch, english } = await planned();
    const followers = [dutch.id, english.id];
    expect(await mine(process.id, shift(windows.proposalsOpenAt!, -1))).toEqual([]);
    expect(await mine(process.id, shift(windows.proposalsOpenAt!, 0))).toEqual([
      { processId: process.id, boundary: "proposalsOpen", from: "submit", to: null, mails: 2 },
    ]);
    expect(await mine(process.id, shift(windows.proposalsOpenAt!, 0))).toEqual([]);
    expect(await mine(process.id, shift(windows.proposalsCloseAt!, -1))).toEqual([]);
    expect(await phaseOf(process.id)).toBe("submit");
    expect((await mine(process.id, shift(windows.proposalsCloseAt!, 0))).map((s) => s.to)).toEqual(["review"]);
    expect(await phaseOf(process.id)).toBe("review");
    expect(await mine(process.id, shift(windows.votingOpenAt!, -1))).toEqual([]);
    expect(await mine(process.id, shift(windows.votingOpenAt!, 1))).toEqual([
      { processId: process.id, boundary: "votingOpen", from: "review", to: "vote", mails: 2 },
    ]);
    expect(await phaseOf(process.id)).toBe("vote");

    // A ballot a millisecond before the close counts; one at the close is refused even though the
    // job has not run yet (actions check the close themselves).
    const voter = await t.newUser();
    const fresh = { ...process, phase: "vote" as const };
    t.clock.set(shift(windows.votingCloseAt!, -1));
    expect((await castAsResident(t.services, fresh, voter.id, new Map([[projects[0]!.id, 1]]))).ok).toBe(true);
    const late = await t.newUser();
    t.clock.set(shift(windows.votingCloseAt!, 0));
    await expect(castAsResident(t.services, fresh, late.id, new Map([[projects[1]!.id, 1]]))).rejects.toBeInstanceOf(
      HttpError,
    );
    t.clock.set("2026-11-26T10:00:00.000Z");
    expect(await mine(process.id, shift(windows.votingCloseAt!, -1))).toEqual([]);
    expect(await mine(process.id, shift(windows.votingCloseAt!, 0))).toEqual([
      { processId: process.id, boundary: "votingClose", from: "vote", to: "results", mails: 0 },
    ]);
    expect(await mine(process.id, shift(windows.votingCloseAt!, 86_400_000))).toEqual([]);
    expect(await phaseOf(process.id)).toBe("results");
    const result = await db().selectFrom("budget_results").selectAll().where("process_id", "=", process.id).execute();
    expect(result.map((r) => r.voters)).toEqual([1]);

    expect((await mailsTo(followers)).sort()).toEqual(
      [
        `Indienen is open: ${process.title}`,
        `Proposals are open: ${process.title}`,
        `Stemmen is open: ${process.title}`,
        `Voting is open: ${process.title}`,
      ].sort(),
    );
    const audits = await db()
      .selectFrom("audit_log")
      .select(["action", "actor_user_id", "details"])
      .where("subject", "=", `budget_process:${process.id}`)
      .orderBy("id")
      .execute();
    expect(audits.map((a) => [a.action, a.actor_user_id, JSON.parse(a.details)])).toEqual([
      ["budgeting.phase.scheduled", null, { from: "submit", to: "review" }],
      ["budgeting.phase.scheduled", null, { from: "review", to: "vote" }],
      ["budgeting.phase.scheduled", null, { from: "vote", to: "results" }],
    ]);
    // The mails reach the followers through the outbox, with the link to act and to unsubscribe.
    t.mail.sent.length = 0;
    t.clock.set(shift(windows.votingCloseAt!, 86_400_000)); // the outbox sends what is due by then
    await t.drainOutbox();
    t.clock.set("2026-11-26T10:00:00.000Z");
    const voting = t.mail.sent.find((m) => m.subject === `Voting is open: ${process.title}`)!;
    expect(voting.to).toBe(english.email);
    expect(voting.text).toContain(`/begroting/${process.id}/stemmen`);
    expect(voting.text).toContain("Voting is open until 29 March 2027 at 09:00.");
    expect(voting.text).toContain("/afmelden/");
  });

  it("leaves a phase staff moved by hand alone, and a job back after a whole window mails nobody", async () => {
    const { process, dutch, english } = await planned();
    // Staff closed the proposals early and opened the vote by hand already.
    await db().updateTable("budget_processes").set({ phase: "vote" }).where("id", "=", process.id).execute();
    const steps = await mine(process.id, shift(windows.votingOpenAt!, 0));
    expect(steps.map((s) => [s.boundary, s.to, s.mails])).toEqual([
      ["proposalsOpen", null, 0],
      ["proposalsClose", null, 0],
      ["votingOpen", null, 0],
    ]);
    expect(await mailsTo([dutch.id, english.id])).toEqual([]);
    const plan = await findPlan(db(), process.id);
    expect(plan!.handled.votingOpen).toBe(shift(windows.votingOpenAt!, 0).toISOString());
    expect(plan!.handled.votingClose).toBeNull();

    // A job that only runs after everything has passed does every step in order, and mails nobody
    // about windows that have closed again.
    const down = await planned();
    const late = await mine(down.process.id, shift(windows.votingCloseAt!, 3_600_000));
    expect(late.map((s) => [s.boundary, s.from, s.to, s.mails])).toEqual([
      ["proposalsOpen", "submit", null, 0],
      ["proposalsClose", "submit", "review", 0],
      ["votingOpen", "review", "vote", 0],
      ["votingClose", "vote", "results", 0],
    ]);
    expect(await phaseOf(down.process.id)).toBe("results");
    expect(await mailsTo([down.dutch.id, down.english.id])).toEqual([]);
  });

  it("rolls a step back whole when the process crashes in the middle, and does it once on the next run", async () => {
    const { process, dutch, english } = await planned();
    await db().updateTable("budget_processes").set({ phase: "review" }).where("id", "=", process.id).execute();
    await savePlan(db(), process.id, { ...windows, proposalsOpenAt: null, proposalsCloseAt: null }, t.clock());
    // The site's address is read after the phase moved, while the mails are being queued.
    const crashing: Services = {
      ...t.services,
      config: new Proxy(t.services.config, {
        get(target, key) {
          if (key === "publicUrl") throw new Error("killed in the middle of the step");
          return Reflect.get(target, key);
        },
      }),
    };
    const when = shift(windows.votingOpenAt!, 0);
    await expect(run(when, crashing)).rejects.toThrow("killed in the middle");
    expect(await phaseOf(process.id)).toBe("review");
    expect((await findPlan(db(), process.id))!.handled.votingOpen).toBeNull();
    expect(await mailsTo([dutch.id, english.id])).toEqual([]);
    const audits = () =>
      db().selectFrom("audit_log").select("id").where("subject", "=", `budget_process:${process.id}`).execute();
    expect(await audits()).toHaveLength(0);
    expect((await mine(process.id, when)).map((s) => [s.to, s.mails])).toEqual([["vote", 2]]);
    expect(await mine(process.id, when)).toEqual([]);
    expect(await mailsTo([dutch.id, english.id])).toHaveLength(2);
    expect(await audits()).toHaveLength(1);
  });

  it("does every step exactly once when two workers run the job at the same moment", async () => {
    // PostgreSQL: a second connection pool on the same schema, as a second process has. SQLite is
    // one process by design: two runs at once in it.
    let second: Services = t.services;
    let close = async () => {};
    if (database.name === "postgres") {
      const schema = (await sql<{ s: string }>`select current_schema() as s`.execute(db())).rows[0]!.s;
      const other = openDatabase(await workerPostgresUrl(), { searchPath: schema, poolSize: 5 });
      second = { ...t.services, db: other };
      close = () => other.close();
    }
    try {
      const made = [];
      for (let i = 0; i < 8; i++) {
        const p = await planned({ ...windows, proposalsOpenAt: null, proposalsCloseAt: null });
        await db().updateTable("budget_processes").set({ phase: "review" }).where("id", "=", p.process.id).execute();
        made.push(p);
      }
      const ids = made.map((m) => m.process.id);
      const followers = made.flatMap((m) => [m.dutch.id, m.english.id]);
      for (const when of [shift(windows.votingOpenAt!, 0), shift(windows.votingCloseAt!, 0)]) {
        const [a, b] = await Promise.all([run(when), run(when, second)]);
        const steps = [...a, ...b].filter((s) => ids.includes(s.processId));
        expect(steps).toHaveLength(ids.length);
        expect(new Set(steps.map((s) => s.processId)).size).toBe(ids.length);
      }
      for (const id of ids) expect(await phaseOf(id)).toBe("results");
      expect(await mailsTo(followers)).toHaveLength(followers.length);
      const results = await db()
        .selectFrom("budget_results")
        .select("process_id")
        .where("process_id", "in", ids)
        .execute();
      expect(results).toHaveLength(ids.length);
      const audits = await db()
        .selectFrom("audit_log")
        .select("subject")
        .where("action", "=", "budgeting.phase.scheduled")
        .where(
          "subject",
          "in",
          ids.map((id) => `budget_process:${id}`),
        )
        .execute();
      expect(audits).toHaveLength(2 * ids.length);
    } finally {
      await close();
    }
  }, 60_000);
});
