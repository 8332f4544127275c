// The results side of a survey in a real Chromium, with axe on every page (and its other
// language), with and without JavaScript: an official reads the results, filters them by
// participation level, hides an open answer (after a refused attempt) and tags one with a new
// theme, makes the results public while the survey is open and looks at the public page. Then the
// participation report: the official writes it (after a refused half-filled point) and publishes
// it; a visitor reaches it from the consultation's page and prints it. The seeded responses have
// no accounts, so nobody is mailed (report/routes.test.ts covers the mail).
import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { expectAccessible } from "../../../../test/e2e/support/accessibility";
import { andWaitForDocument, journeyModes, type JourneyMode } from "../../../../test/e2e/support/browser";
import { headingOf, logInAs, startJourneyWorld, type JourneyWorld } from "../../../../test/e2e/support/journey";
import { withDatabase } from "../../../../test/e2e/support/seed";
import { grid, shortText, single } from "../domain/test-questions";
import { saveConsultation } from "../store/consultations";
import { saveResponse } from "../store/responses";
import { createSurvey, insertQuestion, surveyPages } from "../store/surveys";

const slug = (mode: JourneyMode) => (mode.javaScriptEnabled ? "js" : "nojs");
const OFFICIAL = "resultaten@proef.example";
const surveys = new Map<string, number>();
const consultations = new Map<string, number>();

let world: JourneyWorld;
beforeAll(async () => {
  world = await startJourneyWorld([{ email: OFFICIAL, name: "Ambtenaar Resultaten", roles: ["official"] }], {
    beforeStart: (file, seeded) =>
      withDatabase(file, async (db) => {
        const now = new Date();
        for (const mode of journeyModes) {
          const c = await saveConsultation(
            db.kysely,
            seeded.siteId,
            null,
            {
              title: `Park (${slug(mode)})`,
              summary: "Wat wilt u?",
              body: "",
              contactUserId: null,
              areaIds: [],
              phases: [],
              published: true,
            },
            now,
          );
          consultations.set(slug(mode), c);
          const id = await createSurvey(
            db.kysely,
            seeded.siteId,
            c,
            { title: `Vragenlijst park (${slug(mode)})`, intro: "", closesOn: "2099-12-31", published: true },
            now,
          );
          surveys.set(slug(mode), id);
          const [page] = await surveyPages(db.kysely, id);
          const q1 = await insertQuestion(db.kysely, id, page!.id, { ...single(0), label: "Komt u vaak in het park?" });
          const q2 = await insertQuestion(db.kysely, id, page!.id, { ...grid(0), label: "Hoe veilig voelt u zich?" });
          const q3 = await insertQuestion(db.kysely, id, page!.id, { ...shortText(0), label: "Wat mist u?" });
          const answers: [number, unknown][][] = [
            [
              [q1, 0],
              [q2, [0, 1]],
              [q3, "Meer bankjes in de schaduw"],
            ],
            [
              [q1, 1],
              [q2, [1, 1]],
              [q3, "Een hondenlosloopveld"],
            ],
            [[q1, 0]],
          ];
          for (const [i, a] of answers.entries())
            await saveResponse(
              db.kysely,
              {
                surveyId: id,
                userId: null,
                source: i === 2 ? "paper" : "anonymous",
                answers: new Map(a as [number, never][]),
                submittedAt: now,
              },
              now,
            );
        }
      }),
  });
}, 120_000);
afterAll(async () => {
  await world?.close();
});

const follow = (page: Page, name: string) =>
  andWaitForDocument(page, () => page.getByRole("link", { name, exact: true }).first().click());
const press = (page: Page, name: string) =>
  andWaitForDocument(page, () => page.getByRole("button", { name, exact: true }).first().click());

describe.each(journeyModes)("survey results journey $name", (mode) => {
  it("reads, filters and moderates the results, then publishes them", async () => {
    const { page, finish } = await world.open(mode);
    const id = surveys.get(slug(mode))!;
    await logInAs(page, OFFICIAL, `/admin/vragenlijsten/${id}/resultaten`);
    expect(await headingOf(page)).toBe(`Resultaten: Vragenlijst park (${slug(mode)})`);
    await expectAccessible(page);
    expect(await page.locator("main").innerText()).toContain("3 deelnemers");

    await page.locator("#field-niveau").selectOption("papier");
    await press(page, "Toon resultaten");
    await expectAccessible(page);
    expect(await page.locator("main").innerText()).toContain("1 deelnemer van 3 in totaal");

    await follow(page, "Lees de antwoorden op: Wat mist u?");
    await expectAccessible(page);
    const refused = await press(page, "Verbergen");
    expect(refused.status).toBe(400);
    await expectAccessible(page);
    const reason = page.locator("main input[name=reden]").first();
    await reason.fill("Noemt een adres");
    await press(page, "Verbergen");
    await expectAccessible(page);
    expect(await page.locator("main").innerText()).toContain("Verborgen. Reden: Noemt een adres");

    await page.locator("#field-naam").fill("Groen");
    await press(page, "Thema toevoegen");
    await expectAccessible(page);
    await page.getByRole("checkbox", { name: "Groen" }).first().check();
    await press(page, "Opslaan: thema's van antwoord 1");
    await expectAccessible(page);

    await follow(page, "Terug naar de resultaten");
    await expectAccessible(page);
    expect(await page.locator("main").innerText()).toMatch(/Groen\s+1\s+50%/);
    await press(page, "Resultaten nu al openbaar maken");
    await expectAccessible(page);
    await follow(page, "Bekijk de openbare resultaten");
    await expectAccessible(page);
    const shown = await page.locator("main").innerText();
    expect(shown).toContain("1 open antwoord");
    expect(shown).not.toContain("bankjes");
    await finish();
  }, 300_000);
});

describe.each(journeyModes)("participation report journey $name", (mode) => {
  it("writes and publishes the report; a visitor finds it on the consultation's page and prints it", async () => {
    const id = consultations.get(slug(mode))!;
    const staff = await world.open(mode);
    let page = staff.page;
    await logInAs(page, OFFICIAL, `/admin/raadplegingen/${id}/verslag`);
    expect(await headingOf(page)).toBe(`Verslag: Park (${slug(mode)})`);
    await expectAccessible(page);
    expect(await page.locator("main").innerText()).toContain("3 ingevulde vragenlijsten.");

    // A point without its decision and reason: refused, each message beside its field.
    await page.locator("#field-point1").fill("Meer bankjes in de schaduw");
    const refused = await press(page, "Verslag opslaan");
    expect(refused.status).toBe(400);
    await expectAccessible(page, { otherLanguage: false });
    expect(await page.locator("#field-decision1-error").innerText()).toBe("Kies wat de gemeente met dit punt doet.");
    expect(await page.locator("#field-reason1-error").innerText()).toBe("Schrijf waarom.");
    expect(await page.locator("#field-point1").inputValue()).toBe("Meer bankjes in de schaduw");

    await page.locator("#field-asked").fill("Hoe gebruikt u het **park**, en wat mist u?");
    await page.locator("#field-heard").fill("Mensen willen schaduw en een plek voor honden.");
    await page.locator("#field-decision1").selectOption("adopted");
    await page.locator("#field-reason1").fill("Er komen zes bankjes onder de bomen.");
    await page.locator("#field-point2").fill("Een hondenlosloopveld");
    await page.locator("#field-decision2").selectOption("not");
    await page.locator("#field-reason2").fill("Het park is daarvoor te klein.");
    await press(page, "Verslag opslaan");
    await expectAccessible(page);
    expect(await page.locator("main").innerText()).toContain("Het verslag is opgeslagen.");
    await press(page, "Verslag publiceren");
    await expectAccessible(page);
    const published = await page.locator("main").innerText();
    expect(published).toContain("Dit verslag is gepubliceerd.");
    expect(published).toContain("3 ingevulde vragenlijsten.");
    await staff.finish();

    const visitor = await world.open(mode);
    page = visitor.page;
    await andWaitForDocument(page, () => page.goto(`/raadplegingen/${id}`));
    await expectAccessible(page);
    await follow(page, "Bekijk het verslag");
    await expectAccessible(page);
    expect(await headingOf(page)).toBe(`Wat we deden met uw inbreng: Park (${slug(mode)})`);
    const report = await page.locator("main").innerText();
    expect(report).toContain("3 ingevulde vragenlijsten.");
    expect(report).toMatch(/Meer bankjes in de schaduw\s+Overgenomen — Er komen zes bankjes onder de bomen\./);
    expect(report).toMatch(/Een hondenlosloopveld\s+Niet overgenomen — Het park is daarvoor te klein\./);

    // Printed: the report alone, without the site's header, menu, footer or way back.
    expect(await page.locator(".site-header").isVisible()).toBe(true);
    await page.emulateMedia({ media: "print" });
    expect(await page.locator(".site-header").isVisible()).toBe(false);
    expect(await page.locator(".site-footer").isVisible()).toBe(false);
    expect(await page.getByRole("link", { name: "Terug naar de raadpleging" }).isVisible()).toBe(false);
    expect(await page.locator("article.report").isVisible()).toBe(true);
    expect(await page.getByText("Het park is daarvoor te klein.").isVisible()).toBe(true);
    await visitor.finish();
  }, 300_000);
});
