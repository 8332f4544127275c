// The staff side of consultations in a real Chromium, with axe on every page (and its other
// language), with and without JavaScript: an official creates a consultation with a timeline
// (after a refused attempt), adds a survey, builds questions of several types with the
// no-JavaScript builder (one of them refused first) and previews the survey. Then a resident
// answers it page by page (a wrong number refused beside its field first), saves to continue
// later, comes back, checks the summary and sends; the official sees it in the results and in
// the participation report's figures.
import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { expectAccessible } from "../../../../test/e2e/support/accessibility";
import { andWaitForDocument, journeyModes, type JourneyMode } from "../../../../test/e2e/support/browser";
import { headingOf, logInAs, startJourneyWorld, type JourneyWorld } from "../../../../test/e2e/support/journey";

const slug = (mode: JourneyMode) => (mode.javaScriptEnabled ? "js" : "nojs");
const OFFICIAL = "ambtenaar@proef.example";
const RESIDENT = "bewoner@proef.example";

let world: JourneyWorld;
beforeAll(async () => {
  world = await startJourneyWorld([
    { email: OFFICIAL, name: "Ambtenaar Proef", roles: ["official"] },
    { email: RESIDENT, name: "Bewoner Proef", verified: true },
  ]);
}, 120_000);
afterAll(async () => {
  await world?.close();
});

const submit = (page: Page) =>
  andWaitForDocument(page, () => page.locator("main form.site-form button[type=submit]").first().click());
const follow = (page: Page, name: string) =>
  andWaitForDocument(page, () => page.getByRole("link", { name, exact: true }).first().click());

describe.each(journeyModes)("consultation journey $name", (mode) => {
  it("builds a survey that a resident answers; staff find the answer in the results and the report", async () => {
    const { page, finish } = await world.open(mode);
    await logInAs(page, OFFICIAL, "/admin/raadplegingen");
    await expectAccessible(page);

    await follow(page, "Nieuwe raadpleging maken");
    await expectAccessible(page);
    await page.locator("#field-title").fill("ab");
    await page.locator("#field-summary").fill("Hoe moet het Marktplein worden?");
    await page.locator("#field-phase1Name").fill("Inbreng");
    await page.locator("#field-phase1Start").fill("2027-03-15");
    await page.locator("#field-phase1End").fill("2027-03-01");
    const refused = await submit(page);
    expect(refused.status).toBe(400);
    await expectAccessible(page);
    expect(await page.locator("#field-phase1End-error").innerText()).toContain("vóór de eerste dag");
    await page.locator("#field-title").fill(`Marktplein (${slug(mode)})`);
    await page.locator("#field-phase1End").fill("2027-03-31");
    await submit(page);
    expect(await headingOf(page)).toBe("Raadpleging bewerken");
    const consultationPath = new URL(page.url()).pathname;
    await expectAccessible(page);

    await follow(page, "Vragenlijst toevoegen");
    await expectAccessible(page);
    await page.locator("#field-title").fill("Vragenlijst Marktplein");
    await page.locator("#field-closesOn").fill("2099-03-31");
    await page.locator("#field-published").selectOption("1");
    await submit(page);
    const surveyPath = new URL(page.url()).pathname.replace("/admin", "");
    expect(await headingOf(page)).toBe("Vragenlijst Marktplein");
    await expectAccessible(page);

    const addQuestion = async (type: string, fill: Record<string, string>, refusedFirst = false, onPage = 0) => {
      await page.locator("main select[name=soort]").nth(onPage).selectOption(type);
      await andWaitForDocument(page, () => page.getByRole("button", { name: "Vraag toevoegen" }).nth(onPage).click());
      await expectAccessible(page);
      if (refusedFirst) {
        expect((await submit(page)).status).toBe(400);
        await expectAccessible(page);
      }
      for (const [name, value] of Object.entries(fill)) await page.locator(`#field-${name}`).fill(value);
      await submit(page);
      expect(await headingOf(page)).toBe("Vragenlijst Marktplein");
      await expectAccessible(page);
    };
    await addQuestion("single", { label: "Komt u vaak op het plein?", choices: "Ja\nNee" }, true);
    await addQuestion("grid", {
      label: "Hoe veilig voelt u zich?",
      rows: "Overdag\n's Avonds",
      choices: "Veilig\nOnveilig",
    });
    await addQuestion("ranking", { label: "Wat is het belangrijkst?", choices: "Bomen\nBankjes" });
    await addQuestion("area", { label: "Waar woont u?" });
    await andWaitForDocument(page, () => page.getByRole("button", { name: "Pagina toevoegen" }).click());
    await expectAccessible(page);
    await addQuestion("number", { label: "Hoe vaak per week komt u er?" }, false, 1);

    await follow(page, "Bekijk zoals inwoners het zien");
    await expectAccessible(page);
    expect(await page.locator("main").innerText()).toContain("Hoe veilig voelt u zich?");
    await finish();

    // A resident answers, in a browser of their own.
    const resident = await world.open(mode);
    const r = resident.page;
    await logInAs(r, RESIDENT, surveyPath);
    expect(await headingOf(r)).toBe("Vragenlijst Marktplein");
    await expectAccessible(r);
    await follow(r, "Begin met de vragenlijst");
    await expectAccessible(r);
    await r.getByLabel("Ja", { exact: true }).check();
    await r.locator(`#field-q${await questionId(r, "Hoe veilig voelt u zich?")}-0-0`).check();
    const press = (name: string) => andWaitForDocument(r, () => r.getByRole("button", { name, exact: true }).click());
    await press("Volgende pagina");
    await expectAccessible(r);
    const often = r.getByLabel("Hoe vaak per week komt u er?");
    await often.fill("heel vaak");
    expect((await press("Naar het overzicht")).status).toBe(400);
    await expectAccessible(r);
    expect(await often.inputValue()).toBe("heel vaak");
    await often.fill("3");
    await press("Bewaren en later verder gaan");
    expect(await r.locator("main").innerText()).toContain("Uw antwoorden zijn bewaard.");
    await expectAccessible(r);
    await follow(r, "Verder gaan");
    await expectAccessible(r);
    expect(await r.getByLabel("Ja", { exact: true }).isChecked()).toBe(true);
    await press("Volgende pagina");
    await expectAccessible(r);
    expect(await r.getByLabel("Hoe vaak per week komt u er?").inputValue()).toBe("3");
    await press("Naar het overzicht");
    expect(await headingOf(r)).toBe("Uw antwoorden: Vragenlijst Marktplein");
    await expectAccessible(r);
    expect(await r.locator("main").innerText()).toContain("Overdag: Veilig");
    await press("Antwoorden versturen");
    expect(await headingOf(r)).toBe("Bedankt voor uw antwoorden");
    await expectAccessible(r);
    await resident.finish();

    // The official finds that answer in the results and in the figures of the participation
    // report (results-journey.test.ts goes on from there: moderation, writing and publishing).
    const staff = await world.open(mode);
    const s = staff.page;
    await logInAs(s, OFFICIAL, `/admin${surveyPath}/resultaten`);
    await expectAccessible(s);
    expect(await s.locator("main").innerText()).toContain("1 deelnemer");
    await andWaitForDocument(s, () => s.goto(`${consultationPath}/verslag`));
    await expectAccessible(s);
    expect(await s.locator("main").innerText()).toContain("1 ingevulde vragenlijst.");
    await staff.finish();
  }, 600_000);
});

/** A question's id, from the fieldset its legend names. */
async function questionId(page: Page, legend: string): Promise<string> {
  const id = await page
    .locator("fieldset", { has: page.locator("legend", { hasText: legend }) })
    .first()
    .getAttribute("id");
  return String(id).replace("field-q", "");
}
