import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestApp, type TestApp } from "../../../../test/support/app";
import { testDatabases } from "../../../../test/support/databases";
import { budgetingManifest } from "../manifest";
import { makeProcess, type OtherSite, otherSite, settingsForm, snapshot, text } from "../test/fixtures";

const validSettings = settingsForm({ title: "Buurtbudget Zuid", currency: "eur", method: "mes-add1" });

describe.each(testDatabases)("budgeting: admin pages on $name", (database) => {
  let t: TestApp;
  let other: OtherSite;
  beforeAll(async () => {
    t = await createTestApp(database, { components: [budgetingManifest] });
    other = await otherSite(t);
  });
  afterAll(async () => {
    await t?.close();
  });

  it("creates a process and edits its settings", async () => {
    const admin = await t.agentFor(t.users.admin);
    expect((await admin.get("/admin/begroting/nieuw")).statusCode).toBe(200);
    const res = await admin.post("/admin/begroting/nieuw", validSettings);
    expect(res.statusCode).toBe(303);
    const row = await t.services.db.kysely
      .selectFrom("budget_processes")
      .selectAll()
      .where("title", "=", "Buurtbudget Zuid")
      .executeTakeFirstOrThrow();
    expect(row).toMatchObject({
      site_id: t.site.id,
      budget: 50_000,
      currency: "EUR",
      phase: "submit",
      rule: "mes",
      completion: "add1",
    });
    const edit = await admin.post(`/admin/begroting/${row.id}/instellingen`, {
      ...validSettings,
      budget: "70000",
      method: "greedy",
      ballotType: "approval-minmax",
      minProjects: "1",
      maxProjects: "3",
    });
    expect(edit.statusCode).toBe(303);
    const after = await t.services.db.kysely
      .selectFrom("budget_processes")
      .selectAll()
      .where("id", "=", row.id)
      .executeTakeFirstOrThrow();
    expect(after).toMatchObject({
      budget: 70_000,
      rule: "greedy",
      ballot_type: "approval-minmax",
      min_projects: 1,
      max_projects: 3,
    });
  });

  it("refuses bad settings with field errors and changes nothing", async () => {
    const admin = await t.agentFor(t.users.admin);
    const otherArea = await t.services.db.kysely
      .selectFrom("areas")
      .select("id")
      .where("site_id", "=", other.siteId)
      .executeTakeFirstOrThrow();
    const before = await snapshot(t);
    const cases: Record<string, string>[] = [
      { ...validSettings, title: "" },
      { ...validSettings, budget: "12,50" },
      { ...validSettings, budget: "-5" },
      { ...validSettings, budget: "9".repeat(14) },
      { ...validSettings, ballotType: "ranking" },
      { ...validSettings, method: "random" },
      { ...validSettings, currency: "EURO" },
      { ...validSettings, minProjects: "4", maxProjects: "2" },
      { ...validSettings, ballotType: "cumulative", pointsTotal: "3", pointsPerProject: "5" },
      { ...validSettings, areaId: String(otherArea.id) },
      { ...validSettings, title: "x".repeat(201) },
      {},
    ];
    for (const form of cases) {
      const res = await admin.post("/admin/begroting/nieuw", form);
      expect(res.statusCode).toBe(400);
      expect(res.body).toContain("error-summary");
    }
    expect(await snapshot(t)).toBe(before);
  });

  it("closes the vote by moving to results, which counts the ballots", async () => {
    const { process, projects } = await makeProcess(t, { rule: "greedy", completion: "none" });
    const resident = await t.agentFor(t.users.resident);
    await resident.post(`/begroting/${process.id}/stemmen`, {
      project: [String(projects[0]!.id), String(projects[2]!.id)],
    });
    expect((await t.agent().get(`/begroting/${process.id}/uitslag`)).statusCode).toBe(404);
    const admin = await t.agentFor(t.users.admin);
    expect((await admin.post(`/admin/begroting/${process.id}/fase`, { phase: "results" })).statusCode).toBe(303);
    const page = await t.agent().get(`/begroting/${process.id}/uitslag`);
    expect(page.statusCode).toBe(200);
    expect(text(page)).toContain("1 persoon stemde. Er zijn 2 projecten gekozen.");
    expect(page.body).toContain("<svg");
    expect(page.body).toContain("<table");
    expect(text(page)).toContain("Gekozen. Dit project stond op plaats 1 in aantal stemmen.");
    const closed = await resident.post(`/begroting/${process.id}/stemmen`, { project: String(projects[3]!.id) });
    expect(closed.statusCode).toBe(409);
  });

  it("lets officials review projects with a public reason, and post updates", async () => {
    const { process, projects } = await makeProcess(t, { phase: "review" });
    const official = await t.agentFor(t.users.official);
    const missingReason = await official.post(`/admin/begroting/${process.id}/projecten/${projects[0]!.id}`, {
      cost: "45000",
      status: "infeasible",
      reason: "",
    });
    expect(missingReason.statusCode).toBe(400);
    expect(missingReason.body).toContain("Schrijf waarom het project niet haalbaar is.");
    const res = await official.post(`/admin/begroting/${process.id}/projecten/${projects[0]!.id}`, {
      cost: "45000",
      status: "infeasible",
      reason: "De grond is niet van de gemeente.",
    });
    expect(res.statusCode).toBe(303);
    const page = await t.agent().get(`/begroting/${process.id}`);
    expect(page.body).toContain("Waarom niet haalbaar: De grond is niet van de gemeente.");
    expect(
      (
        await official.post(`/admin/begroting/${process.id}/updates`, {
          projectId: String(projects[1]!.id),
          body: "De bomen zijn besteld.",
        })
      ).statusCode,
    ).toBe(303);
    expect((await t.agent().get(`/begroting/${process.id}`)).body).toContain("De bomen zijn besteld.");
    const before = await snapshot(t);
    const { projects: foreignProjects } = await makeProcess(t);
    const afterMake = await snapshot(t);
    expect(
      (
        await official.post(`/admin/begroting/${process.id}/updates`, {
          projectId: String(foreignProjects[0]!.id),
          body: "x",
        })
      ).statusCode,
    ).toBe(400);
    expect(
      (
        await official.post(`/admin/begroting/${process.id}/projecten/${foreignProjects[0]!.id}`, {
          cost: "1",
          status: "feasible",
        })
      ).statusCode,
    ).toBe(404);
    expect(await snapshot(t)).toBe(afterMake);
    expect(before).not.toBe(afterMake);
  });

  it("generates voting codes as a CSV download, stored only as hashes", async () => {
    const { process } = await makeProcess(t);
    const admin = await t.agentFor(t.users.admin);
    const res = await admin.post(`/admin/begroting/${process.id}/stemcodes`, { count: "3" });
    expect(res.statusCode).toBe(200);
    expect(res.headers["content-type"]).toContain("text/csv");
    expect(res.headers["cache-control"]).toBe("no-store");
    const lines = res.body.trim().split("\r\n");
    expect(lines).toHaveLength(4);
    const code = lines[1]!.split(";")[1]!;
    expect(code).toMatch(/^[A-Z2-9]{4}-[A-Z2-9]{4}-[A-Z2-9]{4}$/);
    const stored = await t.services.db.kysely
      .selectFrom("budget_voting_codes")
      .select("code_hash")
      .where("process_id", "=", process.id)
      .execute();
    expect(stored).toHaveLength(3);
    expect(JSON.stringify(stored)).not.toContain(code.replaceAll("-", ""));
    const before = await snapshot(t);
    for (const count of ["0", "abc", "10001", ""])
      expect((await admin.post(`/admin/begroting/${process.id}/stemcodes`, { count })).statusCode).toBe(400);
    expect(await snapshot(t)).toBe(before);
  });

  it("refuses every admin route to outsiders, residents, the wrong role and other sites", async () => {
    const { process, projects } = await makeProcess(t);
    const before = await snapshot(t);
    const gets = [
      "/admin/begroting",
      "/admin/begroting/nieuw",
      `/admin/begroting/${process.id}`,
      `/admin/begroting/${process.id}/instellingen`,
      `/admin/begroting/${process.id}/projecten/${projects[0]!.id}`,
      `/admin/begroting/${process.id}/papier`,
      `/admin/begroting/${process.id}/stemmen.pb`,
      "/admin/begroting/importeren",
    ];
    const posts: [string, Record<string, string>][] = [
      ["/admin/begroting/nieuw", validSettings],
      [`/admin/begroting/${process.id}/instellingen`, validSettings],
      [`/admin/begroting/${process.id}/fase`, { phase: "results" }],
      [`/admin/begroting/${process.id}/projecten`, { title: "X", cost: "1" }],
      [`/admin/begroting/${process.id}/projecten/${projects[0]!.id}`, { cost: "1", status: "feasible" }],
      [`/admin/begroting/${process.id}/stemcodes`, { count: "2" }],
      [`/admin/begroting/${process.id}/updates`, { body: "x" }],
      [`/admin/begroting/${process.id}/papier`, { project: String(projects[0]!.id) }],
      ["/admin/begroting/importeren", { pb: "META\nkey;value\n" }],
    ];
    const adminOnly = new Set([
      "/admin/begroting/nieuw",
      `/admin/begroting/${process.id}/instellingen`,
      `/admin/begroting/${process.id}/fase`,
      `/admin/begroting/${process.id}/projecten`,
      `/admin/begroting/${process.id}/stemcodes`,
      "/admin/begroting/importeren",
    ]);
    const anonymous = t.agent();
    for (const url of gets) expect((await anonymous.get(url)).headers.location ?? "").toContain("/inloggen");
    for (const [url, form] of posts) expect((await anonymous.post(url, form)).statusCode, url).toBe(303);
    for (const user of [t.users.resident, t.users.moderator, t.users.council]) {
      const agent = await t.agentFor(user);
      for (const url of gets) expect((await agent.get(url)).statusCode, `${user.email} GET ${url}`).toBe(403);
      for (const [url, form] of posts)
        expect((await agent.post(url, form)).statusCode, `${user.email} POST ${url}`).toBe(403);
    }
    const official = await t.agentFor(t.users.official);
    for (const [url, form] of posts.filter(([url]) => adminOnly.has(url)))
      expect((await official.post(url, form)).statusCode, url).toBe(403);
    // The other site's admin, on their own host, cannot find this site's process at all.
    const foreign = await t.agentFor(other.admin);
    foreign.host = other.host;
    for (const url of gets.filter((u) => u.includes(`/${process.id}`)))
      expect((await foreign.get(url)).statusCode, url).toBe(404);
    for (const [url, form] of posts.filter(([u]) => u.includes(`/${process.id}`)))
      expect((await foreign.post(url, form)).statusCode, url).toBe(404);
    expect((await foreign.get(`/begroting/${process.id}`)).statusCode).toBe(404);
    // And their session is not valid on this site's host (its CSRF token, bound to it, neither).
    foreign.host = "localhost";
    expect((await foreign.post(`/admin/begroting/${process.id}/fase`, { phase: "results" })).statusCode).toBe(403);
    expect((await foreign.get(`/admin/begroting/${process.id}`)).headers.location).toContain("/inloggen");
    const admin = await t.agentFor(t.users.admin);
    expect((await admin.post(`/admin/begroting/${process.id}/fase`, { _csrf: "", phase: "results" })).statusCode).toBe(
      403,
    );
    expect(
      (
        await admin.post(
          `/admin/begroting/${process.id}/fase`,
          { phase: "results" },
          { origin: "https://evil.example" },
        )
      ).statusCode,
    ).toBe(403);
    expect((await admin.post(`/admin/begroting/${process.id}/fase`, { phase: "later" })).statusCode).toBe(400);
    expect((await admin.post(`/admin/begroting/abc/fase`, { phase: "results" })).statusCode).toBe(404);
    expect(await snapshot(t)).toBe(before);
  });
});
