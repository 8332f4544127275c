// Answer codes in a real Chromium, with axe on every page (and its other language), with and
// without JavaScript: an official makes printable codes for a survey; a resident without an
// account types a wrong code (refused beside the field), then the right one, and answers.
import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { expectAccessible } from "../../../../test/e2e/support/accessibility";
import { andWaitForDocument, journeyModes, type JourneyMode } from "../../../../test/e2e/support/browser";
import { headingOf, logInAs, startJourneyWorld, type JourneyWorld } from "../../../../test/e2e/support/journey";
import { withDatabase } from "../../../../test/e2e/support/seed";
import type { Question } from "../domain/questions";
import { single } from "../domain/test-questions";
import { saveConsultation } from "../store/consultations";
import { createSurvey, insertQuestion, surveyPages } from "../store/surveys";

const slug = (mode: JourneyMode) => (mode.javaScriptEnabled ? "js" : "nojs");
const OFFICIAL = "codes@proef.example";
const surveys = new Map<string, number>();

let world: JourneyWorld;
beforeAll(async () => {
  world = await startJourneyWorld([{ email: OFFICIAL, name: "Ambtenaar Codes", roles: ["official"] }], {
    beforeStart: (file, seeded) =>
      withDatabase(file, async (db) => {
        const now = new Date();
        for (const mode of journeyModes) {
          const input = { title: `Plein (${slug(mode)})`, summary: "Wat wilt u?", body: "", contactUserId: null };
          const c = await saveConsultation(db.kysely, seeded.siteId, null, { ...input, areaIds: [], phases: [] }, now);
          const title = `Vragenlijst plein (${slug(mode)})`;
          const id = await createSurvey(
            db.kysely,
            seeded.siteId,
            c,
            { title, intro: "", closesOn: "2099-12-31", published: true },
            now,
          );
          surveys.set(slug(mode), id);
          const [page] = await surveyPages(db.kysely, id);
          await insertQuestion(db.kysely, id, page!.id, {
            ...single(0),
            label: "Komt u vaak op het plein?",
            choices: ["Ja", "Nee"],
          } as Question);
        }
      }),
  });
}, 120_000);
afterAll(async () => {
  await world?.close();
});

const press = (page: Page, name: string) =>
  andWaitForDocument(page, () => page.getByRole("button", { name, exact: true }).first().click());
const follow = (page: Page, name: string) =>
  andWaitForDocument(page, () => page.getByRole("link", { name, exact: true }).first().click());

describe.each(journeyModes)("answer code journey $name", (mode) => {
  it("makes printable codes, and a resident answers with one without an account", async () => {
    const id = surveys.get(slug(mode))!;
    const staff = await world.open(mode);
    const s = staff.page;
    await logInAs(s, OFFICIAL, `/admin/vragenlijsten/${id}/codes`);
    await expectAccessible(s);
    await s.locator("#field-count").fill("2");
    await s.locator("#field-format").selectOption("print");
    await press(s, "Codes maken");
    expect(await headingOf(s)).toBe("Antwoordcodes om te printen");
    await expectAccessible(s);
    const codes = await s.locator(".letter__code").allInnerTexts();
    expect(codes).toHaveLength(2);
    await staff.finish();

    const resident = await world.open(mode);
    const r = resident.page;
    await andWaitForDocument(r, () => r.goto(`/vragenlijsten/${id}`));
    await expectAccessible(r);
    await r.locator("#field-code").fill("ABCD-EFGH-JKMN");
    expect((await press(r, "Code gebruiken")).status).toBe(400);
    await expectAccessible(r);
    expect(await r.locator("#field-code-error").innerText()).toContain("Deze code werkt niet");
    await r.locator("#field-code").fill(codes[0]!.toLowerCase());
    await press(r, "Code gebruiken");
    expect(await r.locator("main").innerText()).toContain("U antwoordt met uw antwoordcode.");
    await expectAccessible(r);
    await follow(r, "Verder gaan");
    await expectAccessible(r);
    await r.getByLabel("Ja", { exact: true }).check();
    await press(r, "Naar het overzicht");
    await expectAccessible(r);
    await press(r, "Antwoorden versturen");
    expect(await headingOf(r)).toBe("Bedankt voor uw antwoorden");
    await expectAccessible(r);
    await resident.finish();
  }, 600_000);
});
