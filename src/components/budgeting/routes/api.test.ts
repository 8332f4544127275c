// The budgets API (/api/v1/budgets): the processes /begroting shows, one with its pools, projects
// and time plan, and the results once the vote has closed, with the stored outcome's numbers and
// the results page's sentences; bad ids, unknown ids and other sites' processes refused as the
// other APIs do; every response checked against the served OpenAPI document.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestApp, type TestApp } from "../../../../test/support/app";
import { testDatabases } from "../../../../test/support/databases";
import { shapeProblems } from "../../../../test/support/openapi-shape";
import { verifiedResident } from "../../../../test/support/participation";
import { ideasComponent } from "../../ideas/manifest";
import type { Outcome } from "../domain/types";
import { budgetingManifest } from "../manifest";
import { makePooledProcess, makeProcess, otherSite, text } from "../test/fixtures";
import { savePlan } from "../windows/store";

type Doc = Parameters<typeof shapeProblems>[0] & { paths: Record<string, unknown> };
/** The site's address as the test app's configuration gives it. */
const base = "http://localhost:3000";
const schema = (name: string) => ({ $ref: `#/components/schemas/${name}` });
/** Money in the API's texts has the non-breaking space Intl puts after "€"; the page's is read plain. */
const nbsp = (s: string) => s.replace(/\u00a0/g, " ");
const plain = (body: string) =>
  text({ body })
    .replace(/<[^>]+>/g, " ")
    .replace(/&#39;/g, "'")
    .replace(/&quot;/g, '"')
    .replace(/&amp;/g, "&")
    .replace(/\s+/g, " ");

describe.each(testDatabases)("the budgets API on $name", (database) => {
  let t: TestApp;
  let doc: Doc;
  beforeAll(async () => {
    // The ideas component serves the one OpenAPI document that the budgeting part joins.
    t = await createTestApp(database, { components: [ideasComponent, budgetingManifest] });
    doc = (await t.agent().get("/api/v1/openapi.json")).json();
  });
  afterAll(async () => {
    await t?.close();
  });

  const vote = async (processId: number, postcode: string, projectIds: number[]) => {
    const agent = await t.agentFor(await verifiedResident(t, { postcode }));
    const res = await agent.post(`/begroting/${processId}/stemmen`, { project: projectIds.map(String) });
    expect(res.statusCode).toBe(303);
  };
  const close = async (processId: number) => {
    const admin = await t.agentFor(t.users.admin);
    expect((await admin.post(`/admin/begroting/${processId}/fase`, { phase: "results" })).statusCode).toBe(303);
  };

  it("is part of the one OpenAPI document", () => {
    expect(Object.keys(doc.paths)).toEqual(
      expect.arrayContaining(["/ideas", "/budgets", "/budgets/{id}", "/budgets/{id}/results"]),
    );
  });

  it("lists the processes /begroting lists, with paging, and never another site's", async () => {
    const other = await otherSite(t);
    const elsewhere = await makeProcess(t, { siteId: other.siteId, title: "Elders" });
    await makeProcess(t, { title: "Oost", phase: "submit" });
    await makeProcess(t, { title: "West", phase: "results" });
    const res = await t.agent().get("/api/v1/budgets?pageSize=100");
    expect(res.statusCode).toBe(200);
    expect(res.headers["api-version"]).toBe("1.0.0");
    expect(res.headers["access-control-allow-origin"]).toBe("*");
    const body = res.json();
    expect(shapeProblems(doc, schema("BudgetPage"), body)).toEqual([]);
    const ids = body._embedded.budgets.map((b: { id: number }) => b.id);
    expect(ids).not.toContain(elsewhere.process.id);
    // The same processes, in the same order, as the public list page shows.
    const page = (await t.agent().get("/begroting")).body;
    const linked = [...page.matchAll(/href="\/begroting\/(\d+)"/g)].map((m) => Number(m[1]));
    expect(ids).toEqual(linked);
    expect(body.total).toBe(ids.length);
    const west = body._embedded.budgets.find((b: { title: string }) => b.title === "West");
    expect(west).toMatchObject({ phase: "results", resultsPublic: true, votingOpen: false, proposalsOpen: false });
    expect(west._links.results.href).toBe(`${base}/api/v1/budgets/${west.id}/results`);
    const oost = body._embedded.budgets.find((b: { title: string }) => b.title === "Oost");
    expect(oost).toMatchObject({ proposalsOpen: true, resultsPublic: false });
    expect(oost._links.results).toBeUndefined();

    const first = (await t.agent().get("/api/v1/budgets?pageSize=1")).json();
    expect(first._embedded.budgets).toHaveLength(1);
    expect(first.pages).toBe(ids.length);
    expect(first._links.next.href).toBe(`${base}/api/v1/budgets?page=2&pageSize=1`);
    expect(first._links.prev).toBeUndefined();
    // The open-data page points to it.
    expect((await t.agent().get("/open-data")).body).toContain('href="/api/v1/budgets"');
    // The other site sees only its own.
    const agent = t.agent();
    agent.host = other.host;
    const theirs = (await agent.get("/api/v1/budgets")).json();
    expect(theirs._embedded.budgets.map((b: { id: number }) => b.id)).toEqual([elsewhere.process.id]);
  });

  it("refuses bad paging with problem+json naming every invalid parameter", async () => {
    const res = await t.agent().get("/api/v1/budgets?page=0&pageSize=abc");
    expect(res.statusCode).toBe(400);
    expect(res.headers["content-type"]).toContain("application/problem+json");
    const problem = res.json();
    expect(shapeProblems(doc, schema("Problem"), problem)).toEqual([]);
    expect(problem.invalidParams.map((p: { name: string }) => p.name).sort()).toEqual(["page", "pageSize"]);
    expect(problem.invalidParams.find((p: { name: string }) => p.name === "page").reason).toBe(
      "Moet tussen 1 en 10000 liggen.",
    );
    expect((await t.agent().get("/api/v1/budgets?pageSize=101")).statusCode).toBe(400);
  });

  it("gives one process with its pools, projects (pool, area, category) and time plan", async () => {
    const { process, pools, projects } = await makePooledProcess(t, "submit");
    await savePlan(
      t.services.db.kysely,
      process.id,
      {
        proposalsOpenAt: "2020-01-01T08:00:00.000Z",
        proposalsCloseAt: "2099-02-01T22:59:00.000Z",
        votingOpenAt: "2099-03-01T08:00:00.000Z",
        votingCloseAt: "2099-03-15T19:00:00.000Z",
      },
      t.clock(),
    );
    const res = await t.agent().get(`/api/v1/budgets/${process.id}`);
    expect(res.statusCode).toBe(200);
    expect(res.headers["api-version"]).toBe("1.0.0");
    const body = res.json();
    expect(shapeProblems(doc, schema("BudgetDetail"), body)).toEqual([]);
    expect(body).toMatchObject({
      id: process.id,
      title: "Stadsbudget",
      budget: 100_000,
      currency: "EUR",
      phase: "submit",
      proposalsOpen: true,
      votingOpen: false,
      resultsPublic: false,
      windows: {
        proposalsOpenAt: "2020-01-01T08:00:00.000Z",
        proposalsCloseAt: "2099-02-01T22:59:00.000Z",
        votingOpenAt: "2099-03-01T08:00:00.000Z",
        votingCloseAt: "2099-03-15T19:00:00.000Z",
      },
    });
    expect(body.pools.map((p: { id: number; name: string; budget: number }) => [p.id, p.name, p.budget])).toEqual([
      [pools.main, "Hele gemeente", 100_000],
      [pools.noord, "Noord", 50_000],
      [pools.zuid, "Zuid", 30_000],
    ]);
    expect(body.pools[0]).toMatchObject({ main: true, area: null, method: "mes-add1", ballotType: "approval" });
    expect(body.pools[1]).toMatchObject({ main: false, method: "greedy", methodName: "Meeste stemmen eerst" });
    const bomen = body.projects.find((p: { id: number }) => p.id === projects["Bomen Noord"]);
    expect(bomen).toMatchObject({
      title: "Bomen Noord",
      cost: 20_000,
      status: "feasible",
      category: "Groen",
      poolId: pools.noord,
      area: { name: "Noord" },
      _links: { html: { href: `${base}/begroting/${process.id}/projecten/${bomen.id}` } },
    });
    const fietspad = body.projects.find((p: { id: number }) => p.id === projects.Fietspad);
    expect(fietspad).toMatchObject({ poolId: pools.main, area: null, category: "Verkeer" });
    expect(body.projects.find((p: { id: number }) => p.id === projects.Bibliotheek).category).toBeNull();
  });

  it("refuses the results before the vote closes and gives the stored outcome after", async () => {
    const { process, pools, projects } = await makePooledProcess(t);
    await vote(process.id, "1010 AB", [projects.Fietspad!, projects["Bomen Noord"]!, projects["Speeltuin Noord"]!]);
    await vote(process.id, "1011 AB", [projects.Bibliotheek!, projects["Park Noord"]!]);
    await vote(process.id, "1025 AB", [projects.Fietspad!, projects["Plein Zuid"]!]);
    await vote(process.id, "1026 AB", [projects.Fietspad!]);
    const url = `/api/v1/budgets/${process.id}/results`;
    const early = await t.agent().get(url);
    expect(early.statusCode).toBe(404);
    expect(early.headers["content-type"]).toContain("application/problem+json");
    expect(early.json()).toMatchObject({ status: 404, title: "Er is nog geen uitslag.", instance: url });
    expect(shapeProblems(doc, schema("Problem"), early.json())).toEqual([]);
    const detail = (await t.agent().get(`/api/v1/budgets/${process.id}`)).json();
    expect(detail.votingOpen).toBe(true);
    expect(detail._links.results).toBeUndefined();

    await close(process.id);
    const res = await t.agent().get(url);
    expect(res.statusCode).toBe(200);
    expect(res.headers["access-control-allow-origin"]).toBe("*");
    const body = res.json();
    expect(shapeProblems(doc, schema("BudgetResults"), body)).toEqual([]);
    expect(body.ballots).toEqual({ total: 4, verified: 4 });
    expect(body.pools.map((p: { id: number }) => p.id)).toEqual([pools.main, pools.noord, pools.zuid]);

    // The numbers are the stored outcome's, pool by pool.
    const db = t.services.db.kysely;
    const main = await db
      .selectFrom("budget_results")
      .select(["voters", "outcome"])
      .where("process_id", "=", process.id)
      .executeTakeFirstOrThrow();
    const others = await db
      .selectFrom("budget_pool_results")
      .select(["pool_id", "voters", "outcome"])
      .where("pool_id", "in", [pools.noord, pools.zuid])
      .execute();
    const stored = new Map([
      [pools.main, { voters: main.voters, outcome: JSON.parse(main.outcome) as Outcome }],
      ...others.map((r) => [r.pool_id, { voters: r.voters, outcome: JSON.parse(r.outcome) as Outcome }] as const),
    ]);
    for (const pool of body.pools) {
      const { voters, outcome } = stored.get(pool.id)!;
      expect(pool.voters).toBe(voters);
      expect(pool.totalCost).toBe(outcome.totalCost);
      expect(pool.winners).toEqual(outcome.winners.map(Number));
      expect(
        pool.projects.map((p: { externalId: string; votes: number; cost: number; selected: boolean }) => [
          p.externalId,
          p.votes,
          p.cost,
          p.selected,
        ]),
      ).toEqual(outcome.projects.map((p) => [p.id, p.votes, p.cost, p.selected]));
      expect(pool.projects.map((p: { explanationData: unknown }) => p.explanationData)).toEqual(
        outcome.projects.map((p) => p.explanation),
      );
    }
    const city = body.pools[0];
    expect(city.voters).toBe(4);
    expect(city.winners).toEqual([projects.Fietspad]);
    const fietspad = city.projects.find((p: { id: number }) => p.id === projects.Fietspad);
    expect(fietspad).toMatchObject({ title: "Fietspad", votes: 3, cost: 70_000, selected: true });

    // The sentences are the results page's own.
    const page = plain((await t.agent().get(`/begroting/${process.id}/uitslag`)).body);
    for (const pool of body.pools) {
      for (const p of pool.projects) expect(page).toContain(nbsp(p.explanation));
      for (const paragraph of pool.methodExplanation) expect(page).toContain(nbsp(paragraph));
    }
  });

  it("explains an Equal Shares count paragraph by paragraph, as the results page does", async () => {
    const { process, projects } = await makeProcess(t, { rule: "mes", completion: "add1" });
    const [speeltuin, bomen, moestuin] = projects;
    await vote(process.id, "1010 AB", [speeltuin!.id, moestuin!.id]);
    await vote(process.id, "1011 AB", [bomen!.id, moestuin!.id]);
    await vote(process.id, "1012 AB", [bomen!.id]);
    await close(process.id);
    const body = (await t.agent().get(`/api/v1/budgets/${process.id}/results`)).json();
    expect(shapeProblems(doc, schema("BudgetResults"), body)).toEqual([]);
    const [pool] = body.pools;
    expect(pool.method).toBe("mes-add1");
    expect(pool.methodExplanation.length).toBeGreaterThanOrEqual(3);
    expect(pool.methodExplanation[0]).toContain("3 kiezers");
    const funded = pool.projects.filter(
      (p: { explanationData: { kind: string } }) => p.explanationData.kind === "mes-funded",
    );
    expect(funded.length).toBeGreaterThan(0);
    const page = plain((await t.agent().get(`/begroting/${process.id}/uitslag`)).body);
    for (const paragraph of pool.methodExplanation) expect(page).toContain(nbsp(paragraph));
    for (const p of pool.projects) expect(page).toContain(nbsp(p.explanation));
  });

  it("gives an imported vote's results with the file's project ids beside ours", async () => {
    const pb = [
      "META",
      "key;value",
      "description;Ingelezen stemming",
      "num_projects;2",
      "num_votes;3",
      "budget;100",
      "vote_type;approval",
      "rule;greedy",
      "PROJECTS",
      "project_id;cost;name",
      "x;60;Bankjes",
      "y;50;Lantaarns",
      "VOTES",
      "voter_id;vote",
      "1;x",
      "2;x,y",
      "3;y",
      "",
    ].join("\n");
    const admin = await t.agentFor(t.users.admin);
    expect((await admin.post("/admin/begroting/importeren", { pb, title: "", method: "" })).statusCode).toBe(303);
    const process = await t.services.db.kysely
      .selectFrom("budget_processes")
      .select("id")
      .where("title", "=", "Ingelezen stemming")
      .executeTakeFirstOrThrow();
    const detail = (await t.agent().get(`/api/v1/budgets/${process.id}`)).json();
    expect(detail).toMatchObject({ imported: true, phase: "results", votingOpen: false, resultsPublic: true });
    const body = (await t.agent().get(`/api/v1/budgets/${process.id}/results`)).json();
    expect(shapeProblems(doc, schema("BudgetResults"), body)).toEqual([]);
    const [pool] = body.pools;
    const idOf = new Map(detail.projects.map((p: { id: number; title: string }) => [p.title, p.id]));
    expect(
      pool.projects.map((p: { id: number; externalId: string; votes: number }) => [p.id, p.externalId, p.votes]),
    ).toEqual([
      [idOf.get("Bankjes"), "x", 2],
      [idOf.get("Lantaarns"), "y", 2],
    ]);
    // Greedy within 100: one of the two (tie-break by id for imports), never both.
    expect(pool.winners).toHaveLength(1);
    expect(pool.totalCost).toBeLessThanOrEqual(100);
  });

  it("answers 404 for an unknown id, another site's process and a trailing slash; 400 for a bad id", async () => {
    const other = await otherSite(t);
    const theirs = await makeProcess(t, { siteId: other.siteId, phase: "results" });
    for (const url of [
      "/api/v1/budgets/999999",
      "/api/v1/budgets/999999/results",
      `/api/v1/budgets/${theirs.process.id}`,
      `/api/v1/budgets/${theirs.process.id}/results`,
      "/api/v1/budgets/",
    ]) {
      const res = await t.agent().get(url);
      expect(res.statusCode, url).toBe(404);
      expect(res.headers["content-type"], url).toContain("application/problem+json");
    }
    for (const bad of ["abc", "0", "-1", "1.5", "99999999999"]) {
      for (const url of [`/api/v1/budgets/${bad}`, `/api/v1/budgets/${bad}/results`]) {
        const res = await t.agent().get(url);
        expect(res.statusCode, url).toBe(400);
        const problem = res.json();
        expect(problem.invalidParams, url).toEqual([
          { name: "id", code: "budgeting.api.integer", reason: "Moet een heel getal zijn van 1 of meer." },
        ]);
      }
    }
  });
});
