// Amount fields in budgeting forms read money the way people type it ("40.000", "€ 40.000,-"),
// through the one parser in core/i18n/amount.ts; cents are refused with a message that says so.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestApp, type TestApp } from "../../../../test/support/app";
import { testDatabases } from "../../../../test/support/databases";
import { budgetingManifest } from "../manifest";
import { makeProcess, settingsForm, snapshot } from "../test/fixtures";

const settings = settingsForm({ title: "Buurtbudget Bedragen", budget: "€ 40.000" });

describe.each(testDatabases)("budgeting: amounts typed the Dutch way on $name", (database) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp(database, { components: [budgetingManifest] });
  });
  afterAll(async () => {
    await t?.close();
  });
  const db = () => t.services.db.kysely;

  it("understands a budget of '€ 40.000' as forty thousand", async () => {
    const admin = await t.agentFor(t.users.admin);
    expect((await admin.post("/admin/begroting/nieuw", settings)).statusCode).toBe(303);
    const row = await db()
      .selectFrom("budget_processes")
      .select("budget")
      .where("title", "=", settings.title)
      .executeTakeFirstOrThrow();
    expect(Number(row.budget)).toBe(40_000);
  });

  it("understands costs of '40.000' and '2.500,-' in the admin, review and proposal forms", async () => {
    const { process, projects } = await makeProcess(t, { phase: "submit" });
    const admin = await t.agentFor(t.users.admin);
    const added = await admin.post(`/admin/begroting/${process.id}/projecten`, {
      title: "Bankjes",
      description: "",
      cost: "40.000",
    });
    expect(added.statusCode).toBe(303);
    const reviewed = await admin.post(`/admin/begroting/${process.id}/projecten/${projects[0]!.id}`, {
      cost: "€ 12.500",
      status: "feasible",
      reason: "",
    });
    expect(reviewed.statusCode).toBe(303);
    const resident = await t.agentFor(t.users.resident);
    const proposed = await resident.post(`/begroting/${process.id}/indienen`, {
      title: "Fietsenrek",
      description: "Bij de school",
      cost: "2.500,-",
    });
    expect(proposed.statusCode).toBe(303);
    const costs = await db()
      .selectFrom("budget_projects")
      .select(["title", "cost"])
      .where("process_id", "=", process.id)
      .execute();
    const byTitle = Object.fromEntries(costs.map((c) => [c.title, c.cost === null ? null : Number(c.cost)]));
    expect(byTitle.Bankjes).toBe(40_000);
    expect(byTitle[projects[0]!.title]).toBe(12_500);
    expect(byTitle.Fietsenrek).toBe(2_500);
  });

  it("refuses cents and nonsense with a message that says what to type, changing nothing", async () => {
    const admin = await t.agentFor(t.users.admin);
    const before = await snapshot(t);
    const cents = await admin.post("/admin/begroting/nieuw", { ...settings, budget: "40.000,50" });
    expect(cents.statusCode).toBe(400);
    expect(cents.body).toContain("Vul een bedrag zonder centen in, bijvoorbeeld 40.000.");
    const nonsense = await admin.post("/admin/begroting/nieuw", { ...settings, budget: "veertig" });
    expect(nonsense.statusCode).toBe(400);
    expect(nonsense.body).toContain("Vul een bedrag in, bijvoorbeeld 40.000.");
    admin.cookies.set("inspraak_lang", "en");
    const english = await admin.post("/admin/begroting/nieuw", { ...settings, budget: "4.00.0" });
    expect(english.statusCode).toBe(400);
    expect(english.body).toContain("Enter an amount, for example 40,000.");
    expect(await snapshot(t)).toBe(before);
  });
});
