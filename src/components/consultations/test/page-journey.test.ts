// The public consultation page in a real Chromium, with axe on every page (and its other language),
// with and without JavaScript: an official makes a consultation visible with a timeline and a poll;
// a resident finds it in the list, votes (after a refused attempt without a choice), sees the
// results as table and chart, and follows the consultation.
import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { expectAccessible } from "../../../../test/e2e/support/accessibility";
import { andWaitForDocument, journeyModes, type JourneyMode } from "../../../../test/e2e/support/browser";
import { headingOf, logInAs, startJourneyWorld, type JourneyWorld } from "../../../../test/e2e/support/journey";

// Progress on stderr: on a loaded machine a slow journey and a stuck one look alike otherwise.
const progress = (step: number) => process.stderr.write(`page journey step ${step}\n`);
const slug = (mode: JourneyMode) => (mode.javaScriptEnabled ? "js" : "nojs");
const OFFICIAL = "ambtenaar@pagina.example";
const RESIDENT = (mode: JourneyMode) => `bewoner-${slug(mode)}@pagina.example`;
const day = (offset: number) => new Date(Date.now() + offset * 86_400_000).toISOString().slice(0, 10);

let world: JourneyWorld;
beforeAll(async () => {
  world = await startJourneyWorld([
    { email: OFFICIAL, name: "Ambtenaar Pagina", roles: ["official"] },
    ...journeyModes.map((mode) => ({ email: RESIDENT(mode), name: `Bewoner ${slug(mode)}` })),
  ]);
}, 120_000);
afterAll(async () => {
  await world?.close();
});

const submit = (page: Page) =>
  andWaitForDocument(page, () => page.locator("main form.site-form button[type=submit]").first().click());
const follow = (page: Page, name: string) =>
  andWaitForDocument(page, () => page.getByRole("link", { name, exact: true }).first().click());

describe.each(journeyModes)("public consultation journey $name", (mode) => {
  it("shows a consultation with its timeline and poll; a resident votes and follows", async () => {
    const title = `Speelplein (${slug(mode)})`;
    const staff = await world.open(mode);
    let page = staff.page;
    await logInAs(page, OFFICIAL, "/admin/raadplegingen/nieuw");
    await expectAccessible(page);
    progress(1);
    await page.locator("#field-title").fill(title);
    await page.locator("#field-summary").fill("Wat wilt u op het speelplein?");
    await page.locator("#field-published").selectOption("1");
    await page.locator("#field-phase1Name").fill("Informatie");
    await page.locator("#field-phase1Start").fill(day(-20));
    await page.locator("#field-phase1End").fill(day(-10));
    await page.locator("#field-phase2Name").fill("Inbreng");
    await page.locator("#field-phase2Start").fill(day(-9));
    await page.locator("#field-phase2End").fill(day(20));
    await submit(page);
    expect(await headingOf(page)).toBe("Raadpleging bewerken");
    await expectAccessible(page);
    progress(2);
    await follow(page, "Peilingen");
    await expectAccessible(page);
    progress(3);
    await follow(page, "Peiling toevoegen");
    await expectAccessible(page);
    progress(4);
    await page.locator("#field-question").fill("Wat moet er komen?");
    await page.locator("#field-choices").fill("Schommels\nEen zandbak");
    await page.locator("#field-published").selectOption("1");
    await submit(page);
    expect(await headingOf(page)).toBe("Peiling bewerken");
    await expectAccessible(page);
    progress(5);
    await staff.finish();

    const resident = await world.open(mode);
    page = resident.page;
    await logInAs(page, RESIDENT(mode), "/raadplegingen");
    await expectAccessible(page);
    progress(6);
    await follow(page, title);
    expect(await headingOf(page)).toBe(title);
    await expectAccessible(page);
    progress(7);
    const current = page.locator('main li[aria-current="step"]');
    expect(await current.innerText()).toContain("Inbreng");

    const poll = page.locator("main section.poll").first();
    const refused = await andWaitForDocument(page, () => poll.getByRole("button", { name: "Stem" }).click());
    expect(refused.status).toBe(400);
    await expectAccessible(page);
    progress(8);
    expect(await page.locator("main").innerText()).toContain("Kies een van de antwoorden.");
    await page.getByLabel("Een zandbak").check();
    await andWaitForDocument(page, () =>
      page.locator("main section.poll").getByRole("button", { name: "Stem" }).click(),
    );
    await expectAccessible(page);
    progress(9);
    const main = await page.locator("main").innerText();
    expect(main).toContain("U koos: Een zandbak");
    expect(await page.locator("main section.poll table").innerText()).toMatch(/Een zandbak\s+1\s+100%/);
    expect(await page.locator("main section.poll svg rect").count()).toBe(2);

    await andWaitForDocument(page, () => page.getByRole("button", { name: "Volgen", exact: true }).click());
    await expectAccessible(page);
    progress(10);
    expect(await page.locator("main").innerText()).toContain("U volgt deze raadpleging.");
    await resident.finish();
  }, 900_000);
});
