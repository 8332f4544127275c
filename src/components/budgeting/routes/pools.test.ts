// Pools (docs/budgeting.md, "Pools"): a city-wide pool and pools per area on one ballot page; each
// voter votes in the pools they are eligible for (verified address, letter code area, voting code
// for an address); category and ballot limits refused beside their pool; results and a .pb file
// per pool; the staff pages with bad input, outsiders and CSRF; exactly one ballot per voter per
// pool under concurrent saves.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestApp, type TestApp } from "../../../../test/support/app";
import { testDatabases } from "../../../../test/support/databases";
import { verifiedResident } from "../../../../test/support/participation";
import { addArea } from "../../../core/sites/store";
import { generateCodes } from "../commands/generate-codes";
import { budgetingManifest } from "../manifest";
import { listPools } from "../store/pools";
import { insertProject } from "../store/projects";
import { areaId, ballotOf, makePooledProcess, makeProcess, snapshot, text } from "../test/fixtures";

const plain = (body: string) =>
  text({ body })
    .replace(/<[^>]+>/g, " ")
    .replace(/\s+/g, " ");

/** The text of the error shown beside a pool's projects. */
const besidePool = (body: string, poolId: number | "main") => {
  const id = poolId === "main" ? "ballot-error" : `ballot-error-${poolId}`;
  const m = new RegExp(`id="${id}">([\\s\\S]*?)</div>`).exec(text({ body }));
  return m ? plain(m[1]!).trim() : null;
};

describe.each(testDatabases)("budgeting pools on $name", (database) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp(database, { components: [budgetingManifest] });
  });
  afterAll(async () => {
    await t?.close();
  });

  it("a resident of Noord votes in the city pool and in Noord's on one page; Zuid's is closed to them", async () => {
    const { process, pools, projects } = await makePooledProcess(t);
    const noord = await verifiedResident(t, { postcode: "1010 AB" });
    const agent = await t.agentFor(noord);
    // The process page names the pools and each project's pool.
    const processPage = plain((await agent.get(`/begroting/${process.id}`)).body);
    expect(processPage).toContain("Noord: € 50.000");
    expect(processPage).toContain("Bomen Noord — € 20.000 · Haalbaar · pot: Noord");
    const page = await agent.get(`/begroting/${process.id}/stemmen`);
    expect(page.statusCode).toBe(200);
    const body = plain(page.body);
    expect(body).toContain("Hele gemeente");
    expect(page.body).toContain(`id="ballot-projects-${pools.noord}"`);
    expect(page.body).toContain(`value="${projects["Bomen Noord"]}"`);
    expect(page.body).not.toContain(`value="${projects["Plein Zuid"]}"`);
    expect(body).toContain("Potten waarvoor u niet kunt stemmen");
    expect(body).toContain("Alleen bewoners van Zuid kunnen stemmen.");
    expect(body).toContain("Uit de categorie Groen: hoogstens 1 project.");

    const ids = (...names: string[]) => names.map((n) => String(projects[n]));
    const saved = await agent.post(`/begroting/${process.id}/stemmen`, {
      project: ids("Fietspad", "Bomen Noord", "Speeltuin Noord"),
    });
    expect(saved.statusCode).toBe(303);
    const key = `user:${noord.id}`;
    const first = await ballotOf(t, process.id, key);
    expect(first?.map((i) => i.projectId).sort()).toEqual(
      [projects.Fietspad!, projects["Bomen Noord"]!, projects["Speeltuin Noord"]!].sort(),
    );

    // A category limit: refused beside Noord's part, with the reason; nothing changes.
    const before = await snapshot(t);
    const twoGreen = await agent.post(`/begroting/${process.id}/stemmen`, {
      project: ids("Fietspad", "Bomen Noord", "Park Noord"),
    });
    expect(twoGreen.statusCode).toBe(400);
    expect(besidePool(twoGreen.body, pools.noord)).toBe(
      "U koos 2 projecten uit de categorie Groen. Kies er hoogstens 1 uit deze categorie.",
    );
    expect(besidePool(twoGreen.body, "main")).toBeNull();
    // What was typed is kept.
    expect(twoGreen.body).toMatch(new RegExp(`value="${projects["Park Noord"]}"[^>]*checked`));
    expect(await snapshot(t)).toBe(before);

    // Zuid's project: not their pool.
    const zuid = await agent.post(`/begroting/${process.id}/stemmen`, { project: ids("Fietspad", "Plein Zuid") });
    expect(zuid.statusCode).toBe(400);
    expect(besidePool(zuid.body, pools.zuid)).toBeNull(); // Zuid's part is not on their page…
    // …the summary says it.
    expect(plain(zuid.body)).toContain("Kies projecten (Zuid): u kunt niet stemmen voor deze pot.");
    expect(await snapshot(t)).toBe(before);

    // Over the city pool's budget (€ 70.000 + € 40.000 > € 100.000): beside the city pool only.
    const over = await agent.post(`/begroting/${process.id}/stemmen`, {
      project: ids("Fietspad", "Bibliotheek", "Speeltuin Noord"),
    });
    expect(over.statusCode).toBe(400);
    expect(besidePool(over.body, "main")).toBe(
      "Uw keuze kost € 110.000. Dat is € 10.000 meer dan het budget van € 100.000. Haal een of meer projecten weg.",
    );
    expect(besidePool(over.body, pools.noord)).toBeNull();
    expect(await snapshot(t)).toBe(before);

    // Leaving Noord empty is no vote there; leaving everything empty is refused.
    expect((await agent.post(`/begroting/${process.id}/stemmen`, { project: ids("Bibliotheek") })).statusCode).toBe(
      303,
    );
    expect((await ballotOf(t, process.id, key))?.map((i) => i.projectId)).toEqual([projects.Bibliotheek]);
    const empty = await agent.post(`/begroting/${process.id}/stemmen`, {});
    expect(empty.statusCode).toBe(400);
    expect(besidePool(empty.body, "main")).toContain("Kies minstens één project");
  });

  it("an account without a verified address votes only in the city pool", async () => {
    const { process, projects } = await makePooledProcess(t);
    const agent = await t.agentFor(t.users.resident);
    const page = await agent.get(`/begroting/${process.id}/stemmen`);
    expect(page.statusCode).toBe(200);
    expect(page.body).not.toContain(`value="${projects["Bomen Noord"]}"`);
    expect(plain(page.body)).toContain("Alleen bewoners van Noord kunnen stemmen.");
    const before = await snapshot(t);
    const refused = await agent.post(`/begroting/${process.id}/stemmen`, {
      project: [String(projects.Fietspad), String(projects["Bomen Noord"])],
    });
    expect(refused.statusCode).toBe(400);
    expect(await snapshot(t)).toBe(before);
    expect(
      (await agent.post(`/begroting/${process.id}/stemmen`, { project: String(projects.Fietspad) })).statusCode,
    ).toBe(303);
  });

  it("counts each pool with its own rule, shows the results per pool and exports a .pb per pool", async () => {
    const { process, pools, projects } = await makePooledProcess(t);
    const vote = async (postcode: string, names: string[]) => {
      const agent = await t.agentFor(await verifiedResident(t, { postcode }));
      const res = await agent.post(`/begroting/${process.id}/stemmen`, {
        project: names.map((n) => String(projects[n])),
      });
      expect(res.statusCode).toBe(303);
    };
    await vote("1010 AB", ["Fietspad", "Bomen Noord", "Speeltuin Noord"]);
    await vote("1011 AB", ["Bibliotheek", "Park Noord"]);
    await vote("1025 AB", ["Fietspad", "Plein Zuid"]);
    await vote("1026 AB", ["Fietspad"]);
    const admin = await t.agentFor(t.users.admin);
    expect((await admin.post(`/admin/begroting/${process.id}/fase`, { phase: "results" })).statusCode).toBe(303);

    const db = t.services.db.kysely;
    const poolResults = await db
      .selectFrom("budget_pool_results")
      .select(["pool_id", "voters", "outcome"])
      .where("pool_id", "in", [pools.noord, pools.zuid])
      .orderBy("pool_id")
      .execute();
    expect(poolResults.map((r) => [r.pool_id, r.voters])).toEqual([
      [pools.noord, 2],
      [pools.zuid, 1],
    ]);
    const noordWinners = JSON.parse(poolResults[0]!.outcome).winners as string[];
    // Noord: greedy within € 50.000: Bomen (1 vote, 20k), Park (1, 25k), Speeltuin (1, 15k): 45k + … fits two.
    expect(
      noordWinners.every((id) =>
        [projects["Bomen Noord"], projects["Park Noord"], projects["Speeltuin Noord"]].map(String).includes(id),
      ),
    ).toBe(true);
    const main = await db
      .selectFrom("budget_results")
      .select(["voters", "outcome"])
      .where("process_id", "=", process.id)
      .executeTakeFirstOrThrow();
    expect(main.voters).toBe(4);
    // The city pool, greedy within € 100.000: Fietspad (3 votes, € 70.000); Bibliotheek (€ 40.000) no longer fits.
    expect(JSON.parse(main.outcome).winners).toEqual([String(projects.Fietspad)]);

    const results = await t.agent().get(`/begroting/${process.id}/uitslag`);
    expect(results.statusCode).toBe(200);
    const body = plain(results.body);
    expect(body).toContain("Het geld is verdeeld over 3 potten.");
    for (const name of ["Hele gemeente", "Noord", "Zuid"]) expect(body).toContain(name);
    expect(results.body).toContain(`/begroting/${process.id}/potten/${pools.zuid}/stemmen.pb`);

    const pb = await t.agent().get(`/begroting/${process.id}/potten/${pools.noord}/stemmen.pb`);
    expect(pb.statusCode).toBe(200);
    expect(pb.body).toContain("district;Noord");
    expect(pb.body).toContain("budget;50000");
    expect(pb.body).toContain("num_votes;2");
    expect(pb.body).not.toContain("Fietspad");
    // The open-data page lists one file per pool.
    const openData = (await t.agent().get("/open-data")).body;
    for (const id of Object.values(pools))
      expect(openData).toContain(`/begroting/${process.id}/potten/${id}/stemmen.pb`);
    const mainPb = await t.agent().get(`/begroting/${process.id}/stemmen.pb`);
    expect(mainPb.body).toContain("num_votes;4");
    expect(mainPb.body).not.toContain("Bomen Noord");
    // A pool of another process is not found.
    const other = await makePooledProcess(t, "results");
    expect((await t.agent().get(`/begroting/${process.id}/potten/${other.pools.noord}/stemmen.pb`)).statusCode).toBe(
      404,
    );
  });

  it("a buurtbudget: letter-code residents of the buurt vote in it, and voting codes for its addresses", async () => {
    const db = t.services.db.kysely;
    const buurt = await addArea(db, t.site.id, `Oosterbuurt ${Date.now()}`, "");
    const { process } = await makeProcess(t, { budget: 50_000, projects: [["Bankjes", 5_000]] });
    const admin = await t.agentFor(t.users.admin);
    const created = await admin.post(`/admin/begroting/${process.id}/potten`, {});
    expect(created.statusCode).toBe(409); // in the vote phase pools are fixed
    await db.updateTable("budget_processes").set({ phase: "review" }).where("id", "=", process.id).execute();
    const ok = await admin.post(`/admin/begroting/${process.id}/potten`, {
      title: "Buurtbudget Oost",
      areaId: String(buurt.id),
      budget: "8.000",
      ballotType: "approval",
      minProjects: "0",
      method: "greedy",
      categoryLimits: "",
    });
    expect(ok.statusCode).toBe(303);
    const pool = (await listPools(db, { ...process, phase: "review" })).find((p) => p.areaId === buurt.id)!;
    const plant = await insertProject(
      db,
      process.id,
      { title: "Plantenbak", description: "", cost: 3_000, status: "feasible" },
      t.clock(),
    );
    await db.updateTable("budget_projects").set({ pool_id: pool.id }).where("id", "=", plant.id).execute();
    await db.updateTable("budget_processes").set({ phase: "vote" }).where("id", "=", process.id).execute();

    // Verified by a letter code that names the buurt (no postcode ranges needed).
    const letter = await verifiedResident(t, { postcode: "1010 AB" });
    await db.updateTable("users").set({ verified_area_id: buurt.id }).where("id", "=", letter.id).execute();
    const letterAgent = await t.agentFor(letter);
    expect((await letterAgent.get(`/begroting/${process.id}/stemmen`)).body).toContain(`value="${plant.id}"`);
    expect((await letterAgent.post(`/begroting/${process.id}/stemmen`, { project: String(plant.id) })).statusCode).toBe(
      303,
    );
    expect(await ballotOf(t, process.id, `user:${letter.id}`)).toEqual([{ projectId: plant.id, points: 1 }]);

    // A verified resident elsewhere: the buurt's pool is closed to them, and why.
    const elsewhere = await t.agentFor(await verifiedResident(t, { postcode: "1010 AB" }));
    const page = await elsewhere.get(`/begroting/${process.id}/stemmen`);
    expect(page.body).not.toContain(`value="${plant.id}"`);
    expect(plain(page.body)).toContain("Buurtbudget Oost");

    // Voting codes: one for an address in the buurt opens its pool; one without an area does not.
    const [buurtCode] = await generateCodes(t.services, process, 1, t.users.admin.id, buurt.id);
    const [plainCode] = await generateCodes(t.services, process, 1, t.users.admin.id);
    const anon = t.agent();
    const before = await snapshot(t);
    const refused = await anon.post(`/begroting/${process.id}/stemcode`, {
      code: plainCode!,
      project: String(plant.id),
    });
    expect(refused.statusCode).toBe(400);
    expect(besidePool(refused.body, pool.id)).toBe("U kunt niet stemmen voor deze pot. Haal de projecten hier weg.");
    expect(await snapshot(t)).toBe(before); // the code stays unused
    const byCode = await anon.post(`/begroting/${process.id}/stemcode`, {
      code: buurtCode!,
      project: String(plant.id),
    });
    expect(byCode.statusCode).toBe(303);
    const codeRow = await db
      .selectFrom("budget_voting_codes")
      .select(["id", "used_at"])
      .where("process_id", "=", process.id)
      .where("area_id", "=", buurt.id)
      .executeTakeFirstOrThrow();
    expect(codeRow.used_at).not.toBeNull();
    expect(await ballotOf(t, process.id, `code:${codeRow.id}`)).toEqual([{ projectId: plant.id, points: 1 }]);
  });

  describe("staff pages", () => {
    it("creates a pool, sets limits, puts projects in pools; bad input is refused beside its field", async () => {
      const { process, pools, projects } = await makePooledProcess(t, "review");
      const admin = await t.agentFor(t.users.admin);
      const list = await admin.get(`/admin/begroting/${process.id}/potten`);
      expect(list.statusCode).toBe(200);
      expect(plain(list.body)).toContain("Uit de categorie Groen: hoogstens 1 project.");
      const west = await addArea(t.services.db.kysely, t.site.id, `West ${Date.now()}`, "1040-1049");
      const valid = {
        title: "",
        areaId: String(west.id),
        budget: "10000",
        ballotType: "approval",
        minProjects: "0",
        maxProjects: "",
        pointsTotal: "10",
        pointsPerProject: "3",
        method: "greedy",
        add1Stop: "exhaustive",
        tieBreak: "votes",
        minVotes: "",
        limitMinProjects: "",
        limitMaxProjects: "",
        limitMinCost: "",
        limitMaxCost: "",
        categoryLimits: "",
      };
      const before = await snapshot(t);
      const cases: [Record<string, string>, string, string][] = [
        [{ areaId: "" }, "areaId", "Kies het gebied van deze pot."],
        [
          { areaId: String(await areaId(t, "Noord")) },
          "areaId",
          "Dit gebied heeft al een eigen pot. Kies een ander gebied.",
        ],
        [
          { categoryLimits: "Groen twee" },
          "categoryLimits",
          'Regel 1: schrijf de categorie, een dubbele punt en een aantal, bijvoorbeeld "Groen: 2".',
        ],
        [
          { categoryLimits: "Groen: 1\nSpelen: x" },
          "categoryLimits",
          'Regel 2: vul na de dubbele punt een heel getal in, bijvoorbeeld "Groen: 2".',
        ],
        [
          { categoryLimits: "Groen: 1\ngroen: 2" },
          "categoryLimits",
          "Regel 2: de categorie groen staat er al eerder in.",
        ],
        [
          { limitMinProjects: "3", limitMaxProjects: "2" },
          "limitMaxProjects",
          "Het maximum is kleiner dan het minimum.",
        ],
        [{ limitMinCost: "5.000", limitMaxCost: "1.000" }, "limitMaxCost", "Het maximum is kleiner dan het minimum."],
        [{ limitMaxProjects: "0" }, "limitMaxProjects", "Met een maximum van 0 kan niemand stemmen."],
        [{ limitMinCost: "1.000,50" }, "limitMinCost", "cent"],
      ];
      for (const [fields, field, message] of cases) {
        const res = await admin.post(`/admin/begroting/${process.id}/potten`, { ...valid, ...fields });
        expect(res.statusCode, JSON.stringify(fields)).toBe(400);
        const beside = (new RegExp(`id="field-${field}-error">([^<]*)<`).exec(text(res))?.[1] ?? "").replace(
          /&quot;/g,
          '"',
        );
        expect(beside, JSON.stringify(fields)).toContain(message);
        for (const value of Object.values(fields))
          if (value && !value.includes("\n")) expect(text(res)).toContain(value);
      }
      expect(await snapshot(t)).toBe(before);

      const created = await admin.post(`/admin/begroting/${process.id}/potten`, {
        ...valid,
        areaId: String(west.id),
        limitMaxProjects: "2",
        categoryLimits: "Groen: 1\r\nSpelen = 2",
      });
      expect(created.statusCode).toBe(303);
      const westPool = (await listPools(t.services.db.kysely, process)).find((p) => p.areaId === west.id)!;
      expect(westPool.limits).toMatchObject({
        maxProjects: 2,
        categories: [
          { category: "Groen", maxProjects: 1 },
          { category: "Spelen", maxProjects: 2 },
        ],
      });
      expect(westPool.settings.budget).toBe(10_000);

      // The main pool: a title and limits; its budget stays the process's.
      const main = await admin.post(`/admin/begroting/${process.id}/potten/${pools.main}`, {
        title: "Hele stad",
        limitMinCost: "",
        limitMaxCost: "",
        limitMinProjects: "1",
        limitMaxProjects: "",
        categoryLimits: "Verkeer: 1",
      });
      expect(main.statusCode).toBe(303);
      const mainPool = (await listPools(t.services.db.kysely, process)).find((p) => p.main)!;
      expect([mainPool.title, mainPool.settings.budget, mainPool.limits.minProjects]).toEqual([
        "Hele stad",
        100_000,
        1,
      ]);

      // Projects into pools, with a category; a pool of another process is refused.
      const other = await makePooledProcess(t, "review");
      const assignBefore = await snapshot(t);
      const badAssign = await admin.post(`/admin/begroting/${process.id}/potten/projecten`, {
        [`pool-${projects.Fietspad}`]: String(other.pools.noord),
        [`category-${projects.Fietspad}`]: "Verkeer",
      });
      expect(badAssign.statusCode).toBe(400);
      expect(new RegExp(`id="field-pool-${projects.Fietspad}-error">([^<]*)<`).exec(badAssign.body)?.[1]).toBe(
        "Deze waarde klopt niet.",
      );
      expect(await snapshot(t)).toBe(assignBefore);
      const assignAll = Object.fromEntries(
        Object.entries(projects).flatMap(([name, id]) => [
          [
            `pool-${id}`,
            String(
              name === "Fietspad"
                ? westPool.id
                : name.endsWith("Noord")
                  ? pools.noord
                  : name.endsWith("Zuid")
                    ? pools.zuid
                    : pools.main,
            ),
          ],
          [`category-${id}`, name === "Fietspad" ? "Verkeer " : ""],
        ]),
      );
      expect((await admin.post(`/admin/begroting/${process.id}/potten/projecten`, assignAll)).statusCode).toBe(303);
      const moved = await t.services.db.kysely
        .selectFrom("budget_projects")
        .select(["pool_id", "category"])
        .where("id", "=", projects.Fietspad!)
        .executeTakeFirstOrThrow();
      expect(moved).toEqual({ pool_id: westPool.id, category: "Verkeer" });
      const audit = await t.services.db.kysely
        .selectFrom("audit_log")
        .select("action")
        .where("subject", "=", `budget_process:${process.id}`)
        .execute();
      expect(audit.map((a) => a.action)).toEqual(
        expect.arrayContaining(["budgeting.pool.created", "budgeting.pool.updated", "budgeting.pool.assigned"]),
      );
    });

    it("refuses outsiders, requests without CSRF token and changes once the vote is open", async () => {
      const { process, pools } = await makePooledProcess(t, "review");
      const other = await makePooledProcess(t, "review");
      const before = await snapshot(t);
      const form = { title: "X", limitMaxProjects: "1", categoryLimits: "" };
      for (const who of [t.users.resident, t.users.official, t.users.moderator]) {
        const agent = await t.agentFor(who);
        expect((await agent.get(`/admin/begroting/${process.id}/potten`)).statusCode).toBe(403);
        expect((await agent.post(`/admin/begroting/${process.id}/potten/${pools.main}`, form)).statusCode).toBe(403);
        expect((await agent.post(`/admin/begroting/${process.id}/potten/projecten`, {})).statusCode).toBe(403);
      }
      const anonymous = await t.agent().get(`/admin/begroting/${process.id}/potten`);
      expect([302, 303, 401]).toContain(anonymous.statusCode);
      const admin = await t.agentFor(t.users.admin);
      expect(
        (await admin.post(`/admin/begroting/${process.id}/potten/${pools.main}`, { ...form, _csrf: "" })).statusCode,
      ).toBe(403);
      // Another process's pool id under this process: not found.
      expect((await admin.get(`/admin/begroting/${process.id}/potten/${other.pools.noord}`)).statusCode).toBe(404);
      await t.services.db.kysely
        .updateTable("budget_processes")
        .set({ phase: "vote" })
        .where("id", "=", process.id)
        .execute();
      const locked = await admin.post(`/admin/begroting/${process.id}/potten/${pools.main}`, form);
      expect(locked.statusCode).toBe(409);
      await t.services.db.kysely
        .updateTable("budget_processes")
        .set({ phase: "review" })
        .where("id", "=", process.id)
        .execute();
      expect(await snapshot(t)).toBe(before);
    });
  });

  it("keeps exactly one ballot per voter per pool when saves race, and the database refuses a second", async () => {
    const { process, projects } = await makePooledProcess(t);
    const voter = await verifiedResident(t, { postcode: "1010 AB" });
    const agent = await t.agentFor(voter);
    const papers = [
      ["Fietspad", "Bomen Noord"],
      ["Bibliotheek", "Park Noord"],
      ["Fietspad", "Speeltuin Noord"],
      ["Bibliotheek", "Bomen Noord", "Speeltuin Noord"],
    ].map((names) => names.map((n) => projects[n]!));
    const results = await Promise.all(
      papers.map((ids) => agent.post(`/begroting/${process.id}/stemmen`, { project: ids.map(String) })),
    );
    expect(results.map((r) => r.statusCode)).toEqual([303, 303, 303, 303]);
    const db = t.services.db.kysely;
    const rows = await db.selectFrom("budget_ballots").select("id").where("process_id", "=", process.id).execute();
    expect(rows).toHaveLength(1);
    // One whole paper, never a mix: one part per pool.
    const items = (await ballotOf(t, process.id, `user:${voter.id}`))!.map((i) => i.projectId).sort((a, b) => a - b);
    expect(papers.map((p) => [...p].sort((a, b) => a - b))).toContainEqual(items);
    await expect(
      db
        .insertInto("budget_ballots")
        .values({
          process_id: process.id,
          voter_key: `user:${voter.id}`,
          source: "online",
          user_id: voter.id,
          entered_by: null,
          created_at: t.clock().toISOString(),
          updated_at: t.clock().toISOString(),
        })
        .execute(),
    ).rejects.toThrow();
    await expect(
      db.insertInto("budget_pools").values({ process_id: process.id, main: 1, title: "", created_at: "x" }).execute(),
    ).rejects.toThrow();
  });
});
