// The time plan in a real Chromium, with axe on every page (and its other language), with and
// without JavaScript: an admin sets the proposal and voting windows (a wrong close is refused
// beside its field), sees the plan, and is asked for a reason to change the phase by hand; a
// resident reads the countdown on the process page and follows the process.
import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { andWaitForDocument, journeyModes, type JourneyMode } from "../../../../test/e2e/support/browser";
import { expectAccessible } from "../../../../test/e2e/support/accessibility";
import {
  startJourneyWorld,
  type JourneyWorld,
  logInAs as logIn,
  submitForm as submit,
} from "../../../../test/e2e/support/journey";
import { withDatabase } from "../../../../test/e2e/support/seed";
import { addCalendarDays, localDate } from "../../../core/i18n/local-days";
import { defaultSettings, insertProcess } from "../store/processes";

const slug = (mode: JourneyMode) => (mode.javaScriptEnabled ? "js" : "nojs");
const people = (mode: JourneyMode) => ({
  resident: `plan-bewoner-${slug(mode)}@proef.example`,
  admin: `plan-beheer-${slug(mode)}@proef.example`,
});
const processIds = new Map<string, number>();

let world: JourneyWorld;
beforeAll(async () => {
  world = await startJourneyWorld(
    journeyModes.flatMap((mode) => [
      { email: people(mode).resident, name: `Bewoner ${slug(mode)}` },
      { email: people(mode).admin, name: `Beheerder ${slug(mode)}`, roles: ["admin" as const] },
    ]),
    {
      beforeStart: (file, { siteId }) =>
        withDatabase(file, async (db) => {
          for (const mode of journeyModes) {
            const process = await insertProcess(
              db.kysely,
              siteId,
              { ...defaultSettings, title: `Groenbudget met planning (${slug(mode)})`, budget: 20_000 },
              "submit",
              new Date(),
            );
            processIds.set(slug(mode), process.id);
          }
        }),
    },
  );
}, 120_000);
afterAll(async () => {
  await world?.close();
});

const day = (n: number) => addCalendarDays(localDate(new Date().toISOString()), n);
const flash = (page: Page) => page.locator("main [role=status]").first().innerText();

async function fillPlan(page: Page, values: Record<string, string>) {
  for (const [name, value] of Object.entries(values)) await page.locator(`#field-${name}`).fill(value);
}

describe.each(journeyModes)("budget time plan journey $name", (mode) => {
  it("sets the windows, shows the countdown and lets a resident follow", async () => {
    const id = processIds.get(slug(mode))!;
    const planning = `/admin/begroting/${id}/planning`;

    const admin = await world.open(mode);
    const a = admin.page;
    await logIn(a, people(mode).admin, planning);
    await expectAccessible(a);
    const plan = {
      proposalsOpenDate: day(2),
      proposalsOpenTime: "09:00",
      proposalsCloseDate: day(9),
      proposalsCloseTime: "17:00",
      votingOpenDate: day(12),
      votingOpenTime: "09:00",
      votingCloseDate: day(11),
      votingCloseTime: "20:00",
    };
    await fillPlan(a, plan);
    const refused = await submit(a, planning);
    expect(refused.status).toBe(400);
    expect(await a.locator("#field-votingCloseDate-error").innerText()).toBe("Het sluiten moet na het openen komen.");
    expect(await a.locator("#field-votingOpenTime").inputValue()).toBe("09:00");
    await expectAccessible(a);
    await fillPlan(a, { votingCloseDate: day(26) });
    await submit(a, planning);
    expect(new URL(a.url()).pathname).toBe(`/admin/begroting/${id}`);
    expect(await flash(a)).toBe("De planning is opgeslagen.");
    expect(await a.locator("main").innerText()).toContain("Stemmen: van ");
    await expectAccessible(a);
    // A change by hand on a planned process needs a reason.
    await a.locator("#field-phase").selectOption("review");
    const noReason = await submit(a, `/admin/begroting/${id}/fase`);
    expect(noReason.status).toBe(400);
    expect(await a.locator("#field-reason-error").innerText()).toContain("Geef een reden");
    await expectAccessible(a);

    const resident = await world.open(mode);
    const r = resident.page;
    const base = `/begroting/${id}`;
    await logIn(r, people(mode).resident, base);
    const main = await r.locator("main").innerText();
    expect(main).toContain("Indienen opent op ");
    expect(main).toContain("om 9:00.");
    expect(main).toContain("Stemmen opent op ");
    expect(await r.locator(`main a[href="${base}/indienen"]`).count()).toBe(0);
    await expectAccessible(r);
    await andWaitForDocument(r, () =>
      r.getByRole("button", { name: "Volgen: e-mail als indienen of stemmen opengaat" }).click(),
    );
    expect(new URL(r.url()).pathname).toBe(base);
    expect(await flash(r)).toContain("U volgt dit buurtbudget.");
    expect(await r.getByRole("button", { name: "Niet meer volgen" }).count()).toBe(1);
    await expectAccessible(r);

    await admin.finish();
    await resident.finish();
  }, 600_000);
});
