// Pools in a real Chromium, with axe on every page in Dutch and English, with and without
// JavaScript: a verified resident of the Centrum votes on one page in the city-wide pool and in the
// Centrum's pool (Oost's pool is closed to them, with its rule); a category limit refuses the ballot
// beside the Centrum's pool (in both languages), what was ticked stays; with JavaScript each pool's
// total runs live; the corrected ballot is saved as one ballot with a part per pool; after the
// close the results show each pool on its own.
import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { andWaitForDocument, journeyModes, type JourneyMode } from "../../../../test/e2e/support/browser";
import { expectAccessible, expectLiveAccessible } from "../../../../test/e2e/support/accessibility";
import {
  headingOf,
  startJourneyWorld,
  type JourneyWorld,
  logInAs as logIn,
  submitForm as submit,
} from "../../../../test/e2e/support/journey";
import { withDatabase } from "../../../../test/e2e/support/seed";
import { addArea } from "../../../core/sites/store";
import { NO_LIMITS } from "../domain/ballot-limits";
import { insertPool, listPools, saveLimits } from "../store/pools";
import { defaultSettings, insertProcess } from "../store/processes";
import { insertProject } from "../store/projects";

const slug = (mode: JourneyMode) => (mode.javaScriptEnabled ? "js" : "nojs");
const people = (mode: JourneyMode) => ({
  resident: `pot-bewoner-${slug(mode)}@proef.example`,
  admin: `pot-beheer-${slug(mode)}@proef.example`,
});

interface Seeded {
  processId: number;
  pools: { main: number; centrum: number; oost: number };
  projects: Record<string, number>;
}
const seeded = new Map<string, Seeded>();

let world: JourneyWorld;
beforeAll(async () => {
  world = await startJourneyWorld(
    journeyModes.flatMap((mode) => [
      { email: people(mode).resident, name: `Bewoner ${slug(mode)}` },
      { email: people(mode).admin, name: `Beheerder ${slug(mode)}`, roles: ["admin" as const] },
    ]),
    { beforeStart: seedProcesses },
  );
}, 120_000);
afterAll(async () => {
  await world?.close();
});

const PROJECTS: [string, number, "main" | "centrum" | "oost", string][] = [
  ["Fietspad", 70_000, "main", "Verkeer"],
  ["Bibliotheek", 30_000, "main", ""],
  ["Bomen Centrum", 20_000, "centrum", "Groen"],
  ["Park Centrum", 25_000, "centrum", "Groen"],
  ["Speeltuin Centrum", 15_000, "centrum", "Spelen"],
  ["Plein Oost", 30_000, "oost", ""],
];

/** Per mode a city-wide process in the vote phase: € 100.000 for all, € 50.000 for the Centrum, € 30.000 for Oost. */
async function seedProcesses(databaseFile: string, { siteId }: { siteId: number }) {
  await withDatabase(databaseFile, async (db) => {
    const now = new Date();
    const centrum = await db.kysely
      .selectFrom("areas")
      .select("id")
      .where("site_id", "=", siteId)
      .where("name", "=", "Centrum")
      .executeTakeFirstOrThrow();
    const oost = await addArea(db.kysely, siteId, "Oost", "1090-1099");
    // Verified residents of the Centrum (DigiD; docs/participation.md).
    await db.kysely
      .updateTable("users")
      .set({ identity_verified_at: now.toISOString(), verified_postcode: "1012 AB" })
      .where(
        "email",
        "in",
        journeyModes.map((mode) => people(mode).resident),
      )
      .execute();
    for (const mode of journeyModes) {
      const process = await insertProcess(
        db.kysely,
        siteId,
        {
          ...defaultSettings,
          title: `Stadsbudget (${slug(mode)})`,
          budget: 100_000,
          rule: "greedy",
          completion: "none",
        },
        "vote",
        now,
      );
      const pool = (areaId: number, budget: number) =>
        insertPool(
          db.kysely,
          process.id,
          {
            title: "",
            areaId,
            budget,
            ballotType: "approval",
            minProjects: 0,
            maxProjects: null,
            pointsTotal: 10,
            pointsPerProject: 3,
            rule: "greedy",
            completion: "none",
            add1Stop: "exhaustive",
            tieBreak: "votes",
            minVotes: null,
          },
          now,
        );
      const pools = {
        main: (await listPools(db.kysely, process)).find((p) => p.main)!.id,
        centrum: await pool(centrum.id, 50_000),
        oost: await pool(oost.id, 30_000),
      };
      await saveLimits(db.kysely, process.id, pools.centrum, {
        ...NO_LIMITS,
        categories: [{ category: "Groen", maxProjects: 1 }],
      });
      const projects: Record<string, number> = {};
      for (const [title, cost, poolKey, category] of PROJECTS) {
        const p = await insertProject(db.kysely, process.id, { title, description: "", cost, status: "feasible" }, now);
        await db.kysely
          .updateTable("budget_projects")
          .set({ pool_id: poolKey === "main" ? null : pools[poolKey], category })
          .where("id", "=", p.id)
          .execute();
        projects[title] = p.id;
      }
      seeded.set(slug(mode), { processId: process.id, pools, projects });
    }
  });
}

const textOf = (page: Page, selector: string) =>
  page
    .locator(selector)
    .first()
    .innerText()
    .then((s) => s.replace(/\u00a0/g, " "));

async function choose(page: Page, s: Seeded, titles: string[]) {
  for (const [title, id] of Object.entries(s.projects)) {
    const box = page.locator(`#project-${id}`);
    if ((await box.count()) > 0) await box.setChecked(titles.includes(title));
  }
}

async function ballotItems(processId: number): Promise<number[]> {
  return withDatabase(world.server.databaseFile, async (db) =>
    (
      await db.kysely
        .selectFrom("budget_ballot_items")
        .innerJoin("budget_ballots", "budget_ballots.id", "budget_ballot_items.ballot_id")
        .select("budget_ballot_items.project_id")
        .where("budget_ballots.process_id", "=", processId)
        .orderBy("budget_ballot_items.project_id")
        .execute()
    ).map((r) => r.project_id),
  );
}

describe.each(journeyModes)("budget pools journey $name", (mode) => {
  it("votes in two pools on one page, with a category limit refused beside its pool", async () => {
    const s = seeded.get(slug(mode))!;
    const base = `/begroting/${s.processId}`;
    const resident = await world.open(mode);
    const r = resident.page;
    await logIn(r, people(mode).resident, `${base}/stemmen`);
    expect(new URL(r.url()).pathname).toBe(`${base}/stemmen`);
    // Both pools on one page; Oost's only as its rule.
    expect(await r.locator(`#ballot-projects`).count()).toBe(1);
    expect(await r.locator(`#ballot-projects-${s.pools.centrum}`).count()).toBe(1);
    expect(await r.locator(`#ballot-projects-${s.pools.oost}`).count()).toBe(0);
    expect(await textOf(r, ".budget-closed-pools")).toContain("Alleen bewoners van Oost kunnen stemmen.");
    expect(await textOf(r, `#ballot-total-${s.pools.centrum}`)).toBe("Gekozen: € 0 van € 50.000. Nog over: € 50.000.");
    await expectAccessible(r);

    // Two projects from Groen in the Centrum: refused beside the Centrum's pool.
    await choose(r, s, ["Fietspad", "Bomen Centrum", "Park Centrum"]);
    if (mode.javaScriptEnabled) {
      // Each pool's total runs on its own.
      await expect
        .poll(() => textOf(r, `#ballot-total-${s.pools.centrum}`))
        .toBe("Gekozen: € 45.000 van € 50.000. Nog over: € 5.000.");
      expect(await textOf(r, "#ballot-total")).toBe("Gekozen: € 70.000 van € 100.000. Nog over: € 30.000.");
      await expectLiveAccessible(r);
    }
    const refused = await submit(r, `${base}/stemmen`, "save");
    expect(refused.status).toBe(400);
    expect(await textOf(r, `#ballot-error-${s.pools.centrum}`)).toBe(
      "U koos 2 projecten uit de categorie Groen. Kies er hoogstens 1 uit deze categorie.",
    );
    expect(await r.locator("#ballot-error").count()).toBe(0);
    expect(await r.locator(`#project-${s.projects["Park Centrum"]}`).isChecked()).toBe(true);
    expect(await textOf(r, "[data-error-summary]")).toContain("Kies projecten (Centrum)");
    await expectAccessible(r);
    expect(await ballotItems(s.processId)).toEqual([]);

    // The same refusal in English.
    await andWaitForDocument(r, () => r.goto(`${base}/stemmen`));
    await expectAccessible(r);
    await andWaitForDocument(r, () => r.locator("header a[hreflang]").click());
    expect(await r.getAttribute("html", "lang")).toBe("en");
    await expectAccessible(r);
    await choose(r, s, ["Fietspad", "Bomen Centrum", "Park Centrum"]);
    expect((await submit(r, `${base}/stemmen`, "save")).status).toBe(400);
    expect(await textOf(r, `#ballot-error-${s.pools.centrum}`)).toBe(
      "You chose 2 projects from the category Groen. Choose at most 1 from this category.",
    );
    await expectAccessible(r);
    await andWaitForDocument(r, () => r.locator("header a[hreflang]").click());
    expect(await r.getAttribute("html", "lang")).toBe("nl");
    await expectAccessible(r);

    // One project from Groen: both parts saved, as one ballot.
    await choose(r, s, ["Fietspad", "Bomen Centrum", "Speeltuin Centrum"]);
    await submit(r, `${base}/stemmen`, "save");
    expect(new URL(r.url()).pathname).toBe(`${base}/stemmen`);
    expect(await textOf(r, "main [role=status]")).toBe("Uw stem is opgeslagen.");
    expect(await r.locator(`#project-${s.projects["Speeltuin Centrum"]}`).isChecked()).toBe(true);
    await expectAccessible(r);
    const ids = ["Fietspad", "Bomen Centrum", "Speeltuin Centrum"].map((t) => s.projects[t]!).sort((a, b) => a - b);
    expect(await ballotItems(s.processId)).toEqual(ids);

    // The admin closes the vote; the results show each pool.
    const admin = await world.open(mode);
    const a = admin.page;
    await logIn(a, people(mode).admin, `/admin/begroting/${s.processId}`);
    await expectAccessible(a);
    await a.locator("#field-phase").selectOption("results");
    await submit(a, `/admin/begroting/${s.processId}/fase`);
    expect(await textOf(a, "main [role=status]")).toBe("De fase is veranderd.");
    await expectAccessible(a);
    await andWaitForDocument(r, () => r.goto(`${base}/uitslag`));
    expect(await headingOf(r)).toBe(`Uitslag: Stadsbudget (${slug(mode)})`);
    const poolHeadings = await r.locator("main section.budget-pool-results > h2").allInnerTexts();
    expect(poolHeadings).toEqual(["Hele gemeente", "Centrum", "Oost"]);
    expect(await r.locator("main table").count()).toBe(3);
    await expectAccessible(r);

    await resident.finish();
    await admin.finish();
    // A whole journey took 600 s on the shared machine under load (load average 40): room to spare.
  }, 900_000);
});
