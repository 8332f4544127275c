import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestApp, type TestApp } from "../../../../test/support/app";
import { testDatabases } from "../../../../test/support/databases";
import { codesCommand, importCommand, parseCodesArgs, parseImportArgs } from "../commands/pb-cli";
import { seedBudgeting } from "../commands/seed-demo";
import { addArea } from "../../../core/sites/store";
import { listPools } from "../store/pools";
import { budgetingManifest } from "../manifest";
import { parsePabulib, toElection } from "../pabulib/index";
import { findResult } from "../store/results";
import { makeProcess, snapshot, text } from "../test/fixtures";

const SMALL_PB = `META
key;value
description;Proefstemming
num_projects;3
num_votes;4
budget;100
vote_type;approval
rule;equalshares/add1
currency;EUR
PROJECTS
project_id;cost;name
a;60;Speeltuin
b;50;Bomen
c;40;Bankjes
VOTES
voter_id;vote
1;a
2;a,c
3;b
4;b,c
`;

const io = () => {
  const out: string[] = [];
  const err: string[] = [];
  return { out, err, io: { out: (s: string) => out.push(s), err: (s: string) => err.push(s) } };
};

describe.each(testDatabases)("budgeting: .pb import, results and export on $name", (database) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp(database, { components: [budgetingManifest] });
  });
  afterAll(async () => {
    await t?.close();
  });

  it("imports a .pb file as a finished process with explained results, and exports the same ballots", async () => {
    const admin = await t.agentFor(t.users.admin);
    expect((await admin.get("/admin/begroting/importeren")).statusCode).toBe(200);
    const res = await admin.post("/admin/begroting/importeren", { pb: SMALL_PB, title: "", method: "" });
    expect(res.statusCode).toBe(303);
    const process = await t.services.db.kysely
      .selectFrom("budget_processes")
      .selectAll()
      .where("title", "=", "Proefstemming")
      .executeTakeFirstOrThrow();
    expect(process).toMatchObject({ phase: "results", imported: 1, rule: "mes", completion: "add1", budget: 100 });
    const result = (await findResult(t.services.db.kysely, process.id))!;
    expect(result.voters).toBe(4);
    expect(result.outcome.totalCost).toBeLessThanOrEqual(100);
    const page = await t.agent().get(`/begroting/${process.id}/uitslag`);
    expect(page.statusCode).toBe(200);
    expect(text(page)).toContain("4 mensen stemden.");
    expect(page.body).toMatch(/Gekozen in ronde 1\. 2 kiezers betaalden samen de kosten/);
    expect(page.body).toContain('role="img"');
    // The file itself is listed on the open-data page; the results page only links there.
    expect(page.body).not.toContain("pabulib");
    expect(page.body).toContain('href="/open-data#open-data-budgeting"');
    expect((await t.agent().get("/open-data")).body).toContain(`href="/begroting/${process.id}/stemmen.pb"`);
    const exported = await t.agent().get(`/begroting/${process.id}/stemmen.pb`);
    expect(exported.statusCode).toBe(200);
    const again = toElection(parsePabulib(exported.body));
    const original = toElection(parsePabulib(SMALL_PB));
    expect(again.projects.map((p) => [p.id, p.cost])).toEqual(original.projects.map((p) => [p.id, p.cost]));
    expect(again.ballots.map((b) => [...b.projects].sort())).toEqual(
      original.ballots.map((b) => [...b.projects].sort()),
    );
    expect(exported.body).not.toContain("user:");
  });

  it("explains Equal Shares in plain words: each voter's part in money, and why votes and payers differ", async () => {
    // 4 voters, 100 EUR: 25 EUR each. "Speeltuin" (voters 1-3) is bought first and takes all the
    // money of voters 1-3; "Bankjes" (voters 1 and 4) is then paid by voter 4 alone: 2 votes, 1 payer.
    const pb = SMALL_PB.replace("Proefstemming", "Gelijke delen")
      .replace("rule;equalshares/add1", "rule;equalshares")
      .replace("a;60;Speeltuin\nb;50;Bomen\nc;40;Bankjes", "a;75;Speeltuin\nb;80;Bomen\nc;25;Bankjes")
      .replace("1;a\n2;a,c\n3;b\n4;b,c", "1;a,c\n2;a\n3;a\n4;c");
    const admin = await t.agentFor(t.users.admin);
    expect((await admin.post("/admin/begroting/importeren", { pb, title: "", method: "" })).statusCode).toBe(303);
    const process = await t.services.db.kysely
      .selectFrom("budget_processes")
      .select("id")
      .where("title", "=", "Gelijke delen")
      .executeTakeFirstOrThrow();
    const page = text(await t.agent().get(`/begroting/${process.id}/uitslag`));
    expect(page).toContain("€ 100 gedeeld door 4 kiezers is € 25 per kiezer.");
    expect(page).not.toContain("Method of Equal Shares");
    expect(page).toContain(
      "Gekozen in ronde 1. 3 kiezers betaalden samen de kosten van € 75. Ieder betaalde hoogstens € 25.",
    );
    expect(page).toContain(
      "Gekozen in ronde 2. Eén kiezer betaalde de kosten van € 25. " +
        "Nog 1 kiezer stemde erop, maar had zijn hele deel al uitgegeven",
    );
  });

  it("refuses a malformed .pb file naming the line, and imports nothing", async () => {
    const admin = await t.agentFor(t.users.admin);
    const before = await snapshot(t);
    const broken = SMALL_PB.replace("2;a,c", "2;a,zzz");
    const res = await admin.post("/admin/begroting/importeren", { pb: broken });
    expect(res.statusCode).toBe(400);
    expect(res.body).toContain("Fout in regel 18");
    for (const pb of [
      "",
      "hallo",
      SMALL_PB.replace("budget;100", "budget;veel"),
      SMALL_PB.replace("3;b", "1;b"),
      SMALL_PB.replace("b;50;Bomen", "b;50"),
    ]) {
      expect((await admin.post("/admin/begroting/importeren", { pb })).statusCode).toBe(400);
    }
    expect((await admin.post("/admin/begroting/importeren", { pb: "x".repeat(300_000) })).statusCode).toBe(413);
    expect((await admin.post("/admin/begroting/importeren", { pb: SMALL_PB, method: "random" })).statusCode).toBe(400);
    expect(await snapshot(t)).toBe(before);
  });

  it("hides results and the .pb export until the vote is over", async () => {
    const { process } = await makeProcess(t);
    expect((await t.agent().get(`/begroting/${process.id}/uitslag`)).statusCode).toBe(404);
    expect((await t.agent().get(`/begroting/${process.id}/stemmen.pb`)).statusCode).toBe(404);
    expect(
      (await (await t.agentFor(t.users.official)).get(`/admin/begroting/${process.id}/stemmen.pb`)).statusCode,
    ).toBe(200);
  });

  it("imports from the command line and makes voting codes as a CSV file", async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "pb-"));
    const file = path.join(dir, "proef.pb");
    fs.writeFileSync(file, SMALL_PB.replace("Proefstemming", "Proef via CLI"));
    const ok = io();
    expect(await importCommand(t.services, parseImportArgs([file, "--site", t.site.slug]), ok.io)).toBe(0);
    expect(ok.out[0]).toContain("Proef via CLI");
    const before = await snapshot(t);
    fs.writeFileSync(file, SMALL_PB.replace("VOTES", "STEMMEN"));
    const bad = io();
    expect(await importCommand(t.services, parseImportArgs([file, "--site", t.site.slug]), bad.io)).toBe(1);
    expect(bad.err[0]).toMatch(/line \d+/);
    expect(await importCommand(t.services, parseImportArgs([file, "--site", "bestaat-niet"]), io().io)).toBe(1);
    expect(await snapshot(t)).toBe(before);

    const { process } = await makeProcess(t);
    const csvFile = path.join(dir, "codes.csv");
    const codes = io();
    expect(
      await codesCommand(
        t.services,
        parseCodesArgs(["--process", String(process.id), "--count", "5", "--out", csvFile]),
        codes.io,
      ),
    ).toBe(0);
    const lines = fs.readFileSync(csvFile, "utf8").trim().split("\r\n");
    expect(lines).toHaveLength(6);
    expect(lines[1]).toContain(`/begroting/${process.id}/stemcode`);
    const stored = await t.services.db.kysely
      .selectFrom("budget_voting_codes")
      .select("id")
      .where("process_id", "=", process.id)
      .execute();
    expect(stored).toHaveLength(5);
    expect(await codesCommand(t.services, parseCodesArgs(["--process", "999999", "--count", "5"]), io().io)).toBe(1);
  });

  it("seeds a demo with a vote open, a city budget with district pools, one taking ideas, and Assen 2024", async () => {
    const db = t.services.db.kysely;
    const count = async () => (await db.selectFrom("budget_processes").select("id").execute()).length;
    const start = await count();
    for (const name of ["Bos en Lommer", "De Baarsjes"]) await addArea(db, t.site.id, name, "");
    await seedBudgeting(t.services, t.site.id);
    expect(await count()).toBe(start + 4);
    const city = await db
      .selectFrom("budget_processes")
      .selectAll()
      .where("title", "=", "Stadsdeelbudget West 2027")
      .executeTakeFirstOrThrow();
    const pools = await listPools(db, city);
    expect(pools.map((p) => [p.main, p.areaName, p.settings.budget])).toEqual([
      [true, null, 150_000],
      [false, "Bos en Lommer", 30_000],
      [false, "De Baarsjes", 25_000],
    ]);
    expect(pools[0]!.limits.categories).toEqual([{ category: "Groen", maxProjects: 2 }]);
    const perPool = await db
      .selectFrom("budget_projects")
      .select(["pool_id", (eb) => eb.fn.countAll<number>().as("n")])
      .where("process_id", "=", city.id)
      .groupBy("pool_id")
      .execute();
    expect(perPool.map((r) => Number(r.n)).sort()).toEqual([3, 3, 5]);
    const assen = await db
      .selectFrom("budget_processes")
      .selectAll()
      .where("title", "like", "Assen%")
      .executeTakeFirstOrThrow();
    expect(assen.phase).toBe("results");
    const outcome = (await findResult(db, assen.id))!.outcome;
    expect(outcome.winners).toHaveLength(9); // the official Assen 2024 outcome
    expect(outcome.totalCost).toBe(76_700);
  });
});
