// Amounts (budgets and costs) from 0 to MAX_AMOUNT are stored and counted exactly on both
// databases; above it every way in refuses them with a clear message. On PostgreSQL the columns
// used to be 32-bit, so anything above 2^31 was a 500.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestApp, type TestApp } from "../../../../test/support/app";
import { testDatabases } from "../../../../test/support/databases";
import { MAX_AMOUNT } from "../domain/amounts";
import { budgetingManifest } from "../manifest";
import { makeProcess, settingsForm, snapshot, text } from "../test/fixtures";

const settings = settingsForm({ title: "Stadsbegroting", description: "", budget: "5000000000" });

const pbWithBudget = (budget: string, cost = "60") =>
  `META\nkey;value\ndescription;Groot\nnum_projects;1\nnum_votes;1\nbudget;${budget}\nvote_type;approval\n` +
  `PROJECTS\nproject_id;cost;name\na;${cost};Brug\nVOTES\nvoter_id;vote\n1;a\n`;

describe.each(testDatabases)("budgeting: amounts above 2^31 on $name", (database) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp(database, { components: [budgetingManifest] });
  });
  afterAll(async () => {
    await t?.close();
  });
  const db = () => t.services.db.kysely;

  it("stores budgets and costs up to the maximum as exact numbers and counts them", async () => {
    const admin = await t.agentFor(t.users.admin);
    expect((await admin.post("/admin/begroting/nieuw", settings)).statusCode).toBe(303);
    const process = await db()
      .selectFrom("budget_processes")
      .selectAll()
      .where("title", "=", "Stadsbegroting")
      .executeTakeFirstOrThrow();
    expect(process.budget).toBe(5_000_000_000);

    const add = await admin.post(`/admin/begroting/${process.id}/projecten`, {
      title: "Nieuwe brug",
      description: "",
      cost: "3000000000",
    });
    expect(add.statusCode).toBe(303);
    const resident = await t.agentFor(t.users.resident);
    const proposed = await resident.post(`/begroting/${process.id}/indienen`, {
      title: "Tunnel",
      description: "",
      cost: String(2 ** 31),
    });
    expect(proposed.statusCode).toBe(303);
    const tunnel = await db()
      .selectFrom("budget_projects")
      .selectAll()
      .where("title", "=", "Tunnel")
      .executeTakeFirstOrThrow();
    expect(tunnel.cost).toBe(2 ** 31);
    const review = await admin.post(`/admin/begroting/${process.id}/projecten/${tunnel.id}`, {
      cost: String(MAX_AMOUNT),
      status: "feasible",
      reason: "",
    });
    expect(review.statusCode).toBe(303);
    const costs = await db()
      .selectFrom("budget_projects")
      .select(["title", "cost"])
      .where("process_id", "=", process.id)
      .orderBy("title")
      .execute();
    expect(costs).toEqual([
      { title: "Nieuwe brug", cost: 3_000_000_000 },
      { title: "Tunnel", cost: MAX_AMOUNT },
    ]);
    expect(typeof costs[0]!.cost).toBe("number");

    await admin.post(`/admin/begroting/${process.id}/fase`, { phase: "vote" });
    const brug = (
      await db().selectFrom("budget_projects").select("id").where("title", "=", "Nieuwe brug").executeTakeFirstOrThrow()
    ).id;
    expect((await resident.post(`/begroting/${process.id}/stemmen`, { project: String(brug) })).statusCode).toBe(303);
    expect((await admin.post(`/admin/begroting/${process.id}/fase`, { phase: "results" })).statusCode).toBe(303);
    const results = await t.agent().get(`/begroting/${process.id}/uitslag`);
    expect(results.statusCode).toBe(200);
    expect(text(results)).toContain("3.000.000.000");
  });

  it("refuses amounts above the maximum on every form and in a .pb import, changing nothing", async () => {
    const { process, projects } = await makeProcess(t, { phase: "submit" });
    const admin = await t.agentFor(t.users.admin);
    const resident = await t.agentFor(t.users.resident);
    const tooMuch = String(MAX_AMOUNT + 1);
    const before = await snapshot(t);
    const answers = [
      await admin.post("/admin/begroting/nieuw", { ...settings, title: "Te groot", budget: tooMuch }),
      await admin.post(`/admin/begroting/${process.id}/instellingen`, { ...settings, budget: tooMuch }),
      await admin.post(`/admin/begroting/${process.id}/projecten`, { title: "Duur", description: "", cost: tooMuch }),
      await resident.post(`/begroting/${process.id}/indienen`, { title: "Duur", description: "", cost: tooMuch }),
      await admin.post(`/admin/begroting/${process.id}/projecten/${projects[0]!.id}`, {
        cost: tooMuch,
        status: "feasible",
        reason: "",
      }),
    ];
    for (const res of answers) {
      expect(res.statusCode).toBe(400);
      expect(text(res)).toContain("hoogstens 1.000.000.000.000");
    }
    for (const pb of [pbWithBudget(tooMuch), pbWithBudget("100", tooMuch)]) {
      const res = await admin.post("/admin/begroting/importeren", { pb, title: "", method: "" });
      expect(res.statusCode).toBe(400);
      expect(text(res)).toContain("1000000000000");
    }
    expect(await snapshot(t)).toBe(before);
  });
});
