// The participatory-budgeting journey in a real Chromium, with axe on every page (and its other
// language), with and without JavaScript: a resident proposes a project in another budget that
// takes ideas; a resident of the area fills an approval ballot (the
// running total from the server without JavaScript, live with it), saves it and changes it; a
// voting-code holder votes without an account; an admin closes the vote by moving the process to
// results; the resident, the code holder and the admin see the results with chart, table and an
// explanation per project.
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
import { seedServices, withDatabase } from "../../../../test/e2e/support/seed";
import { generateCodes } from "../commands/generate-codes";
import { defaultSettings, insertProcess } from "../store/processes";
import { insertProject } from "../store/projects";
import { DEFAULT_PROJECTS } from "./fixtures";

const slug = (mode: JourneyMode) => (mode.javaScriptEnabled ? "js" : "nojs");
const people = (mode: JourneyMode) => ({
  resident: `bewoner-${slug(mode)}@proef.example`,
  admin: `beheer-${slug(mode)}@proef.example`,
});

interface Seeded {
  processId: number;
  projects: Record<string, number>;
  code: string;
  submitProcessId: number;
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

/** One process per mode in the vote phase, for the area the residents live in (postcode 1012). */
async function seedProcesses(databaseFile: string, { siteId }: { siteId: number }) {
  await withDatabase(databaseFile, async (db) => {
    const now = new Date();
    const area = await db.kysely
      .selectFrom("areas")
      .select("id")
      .where("site_id", "=", siteId)
      .where("name", "=", "Centrum")
      .executeTakeFirstOrThrow();
    // The residents live in the Centrum and verified that through DigiD (a budget for an area
    // asks a verified resident of it; docs/participation.md).
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
          title: `Buurtbudget Centrum (${slug(mode)})`,
          budget: 60_000,
          areaId: area.id,
          description: "Bewoners van het Centrum beslissen samen hoe € 60.000 wordt besteed.",
        },
        "vote",
        now,
      );
      const projects: Record<string, number> = {};
      for (const [title, cost] of DEFAULT_PROJECTS)
        projects[title] = (
          await insertProject(
            db.kysely,
            process.id,
            { title, description: `${title} in het Centrum`, cost, status: "feasible" },
            now,
          )
        ).id;
      const [code] = await generateCodes(seedServices(db, now), process, 1, null);
      const ideas = await insertProcess(
        db.kysely,
        siteId,
        {
          ...defaultSettings,
          title: `Groenbudget (${slug(mode)})`,
          budget: 20_000,
          description: "Hebt u een idee voor meer groen? Dien het in.",
        },
        "submit",
        now,
      );
      seeded.set(slug(mode), { processId: process.id, projects, code: code!, submitProcessId: ideas.id });
    }
  });
}

const flash = (page: Page) => page.locator("main [role=status]").first().innerText();
/** Text with non-breaking spaces (Intl money: "€ 60.000") as plain spaces, for readable asserts. */
const textOf = (page: Page, selector: string) =>
  page
    .locator(selector)
    .first()
    .innerText()
    .then((s) => s.replace(/\u00a0/g, " "));
const total = (page: Page) => textOf(page, "[data-ballot-total]");

/** Ticks exactly these projects on the ballot. */
async function choose(page: Page, s: Seeded, titles: string[]) {
  for (const [title, id] of Object.entries(s.projects))
    await page.locator(`#project-${id}`).setChecked(titles.includes(title));
}

async function ballotOf(processId: number, voterKeyPrefix: string): Promise<number[][]> {
  return withDatabase(world.server.databaseFile, async (db) => {
    const ballots = await db.kysely
      .selectFrom("budget_ballots")
      .select("id")
      .where("process_id", "=", processId)
      .where("voter_key", "like", `${voterKeyPrefix}%`)
      .execute();
    const result: number[][] = [];
    for (const b of ballots)
      result.push(
        (
          await db.kysely
            .selectFrom("budget_ballot_items")
            .select("project_id")
            .where("ballot_id", "=", b.id)
            .orderBy("project_id")
            .execute()
        ).map((i) => i.project_id),
      );
    return result;
  });
}

describe.each(journeyModes)("budgeting journey $name", (mode) => {
  it("goes from a ballot and a voting code to the results with an explanation per project", async () => {
    const s = seeded.get(slug(mode))!;
    const base = `/begroting/${s.processId}`;
    const ids = (titles: string[]) => titles.map((t) => s.projects[t]!).sort((a, b) => a - b);

    // The resident proposes a project in a budget that takes ideas.
    const resident = await world.open(mode);
    const r = resident.page;
    const ideas = `/begroting/${s.submitProcessId}`;
    await logIn(r, people(mode).resident, ideas);
    await expectAccessible(r);
    await andWaitForDocument(r, () => r.locator(`main a[href="${ideas}/indienen"]`).click());
    await expectAccessible(r);
    const noTitle = await submit(r, `${ideas}/indienen`);
    expect(noTitle.status).toBe(400);
    expect(await r.locator("#field-title-error").innerText()).not.toBe("");
    await expectAccessible(r);
    await r.locator("#field-title").fill(`Geveltuintjes (${slug(mode)})`);
    await r.locator("#field-cost").fill("2500");
    await submit(r, `${ideas}/indienen`);
    expect(new URL(r.url()).pathname).toBe(ideas);
    expect(await flash(r)).toBe("Bedankt! Uw project is ingediend. De gemeente beoordeelt het.");
    expect(await r.locator("main").innerText()).toContain(`Geveltuintjes (${slug(mode)})`);
    await expectAccessible(r);

    // The resident opens the process in the vote phase and the ballot.
    await andWaitForDocument(r, () => r.goto(base));
    expect(await headingOf(r)).toBe(`Buurtbudget Centrum (${slug(mode)})`);
    await expectAccessible(r);
    await andWaitForDocument(r, () => r.locator(`main a[href="${base}/stemmen"]`).click());
    expect(await total(r)).toBe("Gekozen: € 0 van € 60.000. Nog over: € 60.000.");
    await expectAccessible(r);

    // Too much: the total says so (the server's without JavaScript, live with it) and saving is refused.
    await choose(r, s, ["Speeltuin", "Bomen"]);
    if (mode.javaScriptEnabled) {
      await expect.poll(() => total(r)).toBe("Gekozen: € 70.000 van € 60.000. Dat is € 10.000 te veel.");
      await expectLiveAccessible(r);
    } else {
      expect(await total(r)).toBe("Gekozen: € 0 van € 60.000. Nog over: € 60.000.");
      const checked = await submit(r, `${base}/stemmen`, "check");
      expect(checked.status).toBe(200);
      expect(await total(r)).toMatch(/^Gekozen: € 70\.000 van € 60\.000\. Dat is € 10\.000 te veel\.$/);
      expect(await textOf(r, "[data-error-summary]")).toContain("€ 10.000 meer dan het budget");
      await expectAccessible(r);
    }
    const refused = await submit(r, `${base}/stemmen`, "save");
    expect(refused.status).toBe(400);
    expect(await textOf(r, "[data-error-summary]")).toContain("meer dan het budget");
    expect(await r.locator(`#project-${s.projects.Bomen}`).isChecked()).toBe(true);
    await expectAccessible(r);
    expect(await ballotOf(s.processId, "user:")).toEqual([]);

    // Within the budget: saved.
    await choose(r, s, ["Speeltuin", "Moestuin"]);
    if (mode.javaScriptEnabled)
      await expect.poll(() => total(r)).toBe("Gekozen: € 60.000 van € 60.000. Nog over: € 0.");
    await submit(r, `${base}/stemmen`, "save");
    expect(new URL(r.url()).pathname).toBe(`${base}/stemmen`);
    expect(await flash(r)).toBe("Uw stem is opgeslagen.");
    expect(await r.locator(`#project-${s.projects.Moestuin}`).isChecked()).toBe(true);
    expect(await total(r)).toBe("Gekozen: € 60.000 van € 60.000. Nog over: € 0.");
    await expectAccessible(r);
    expect(await ballotOf(s.processId, "user:")).toEqual([ids(["Speeltuin", "Moestuin"])]);

    // Changed while the vote is open: the saved ballot is replaced, not added to.
    await choose(r, s, ["Bomen", "Moestuin", "Buurtfeest"]);
    await submit(r, `${base}/stemmen`, "save");
    expect(await flash(r)).toBe("Uw stem is opgeslagen.");
    await expectAccessible(r);
    expect(await ballotOf(s.processId, "user:")).toEqual([ids(["Bomen", "Moestuin", "Buurtfeest"])]);

    // A voting-code holder, without an account.
    const holder = await world.open(mode);
    const h = holder.page;
    await andWaitForDocument(h, () => h.goto("/begroting"));
    await expectAccessible(h);
    await andWaitForDocument(h, () => h.getByRole("link", { name: `Buurtbudget Centrum (${slug(mode)})` }).click());
    expect(new URL(h.url()).pathname).toBe(base);
    await expectAccessible(h);
    await andWaitForDocument(h, () => h.getByRole("link", { name: "Stemmen met een stemcode" }).click());
    expect(new URL(h.url()).pathname).toBe(`${base}/stemcode`);
    await expectAccessible(h);
    await h.locator("#field-code").fill("AAAA-BBBB-CCCC");
    await choose(h, s, ["Speeltuin", "Buurtfeest"]);
    const wrongCode = await submit(h, `${base}/stemcode`, "save");
    expect(wrongCode.status).toBe(400);
    expect(await h.locator("#field-code-error").innerText()).toContain("Met deze stemcode kunt u niet stemmen");
    await expectAccessible(h);
    await h.locator("#field-code").fill(s.code.toLowerCase());
    await submit(h, `${base}/stemcode`, "save");
    expect(new URL(h.url()).pathname).toBe(base);
    expect(await flash(h)).toBe("Bedankt! Uw stem is opgeslagen. Uw stemcode is nu gebruikt.");
    await expectAccessible(h);
    expect(await ballotOf(s.processId, "code:")).toEqual([ids(["Speeltuin", "Buurtfeest"])]);

    // The admin closes the vote by moving the process to results.
    const admin = await world.open(mode);
    const a = admin.page;
    await logIn(a, people(mode).admin, "/admin/begroting");
    await expectAccessible(a);
    await andWaitForDocument(a, () => a.getByRole("link", { name: `Buurtbudget Centrum (${slug(mode)})` }).click());
    expect(new URL(a.url()).pathname).toBe(`/admin/begroting/${s.processId}`);
    await expectAccessible(a);
    // The page for paper ballots, open during the vote.
    await andWaitForDocument(a, () => a.getByRole("link", { name: "Papieren stemmen invoeren" }).click());
    expect(new URL(a.url()).pathname).toBe(`/admin/begroting/${s.processId}/papier`);
    expect(await a.locator(`main input#project-${s.projects.Speeltuin}`).count()).toBe(1);
    await expectAccessible(a);
    await andWaitForDocument(a, () => a.goto(`/admin/begroting/${s.processId}`));
    await expectAccessible(a);
    await a.locator("#field-phase").selectOption("results");
    await submit(a, `/admin/begroting/${s.processId}/fase`);
    expect(await flash(a)).toBe("De fase is veranderd.");
    await expectAccessible(a);

    // Everyone sees the same results: winners, chart, and a table with a reason per project.
    // The resident finds them from the process page; the others open them directly.
    await andWaitForDocument(r, () => r.goto(base));
    await expectAccessible(r);
    await andWaitForDocument(r, () => r.getByRole("link", { name: "Uitslag bekijken" }).click());
    for (const page of [r, h, a]) {
      if (page !== r) await andWaitForDocument(page, () => page.goto(`${base}/uitslag`));
      expect(await headingOf(page)).toBe(`Uitslag: Buurtbudget Centrum (${slug(mode)})`);
      expect(await page.locator("main figure [role=img] svg rect").count()).toBe(4);
      const rows = page.locator("main table tbody tr");
      expect(await rows.count()).toBe(4);
      for (let i = 0; i < 4; i++)
        expect((await rows.nth(i).locator("td").last().innerText()).trim().length).toBeGreaterThan(20);
      // Buurtfeest is on both ballots (the resident's and the code holder's) and is chosen.
      const buurtfeest = rows.filter({ hasText: "Buurtfeest" });
      expect(await buurtfeest.locator("td").first().innerText()).toBe("2");
      expect(await buurtfeest.locator("td").nth(2).innerText()).toBe("Ja");
      await expectAccessible(page);
    }

    // The ballot is closed now.
    const closed = await andWaitForDocument(r, () => r.goto(`${base}/stemmen`));
    expect(closed.status).toBe(409);
    await expectAccessible(r);

    await resident.finish();
    await holder.finish();
    await admin.finish();
  }, 600_000);
});
