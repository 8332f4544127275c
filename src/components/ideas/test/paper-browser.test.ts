// Paper in a real browser (docs/paper.md): an official enters an idea handed in on paper, prints
// its support list, types in a signed list, and sees "waarvan … op papier" on the idea page; the
// blank idea form prints too. Every page is checked with axe and the HTML check, in Dutch and in
// English, with and without JavaScript.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { andWaitForDocument, journeyModes, type JourneyMode } from "../../../../test/e2e/support/browser";
import { expectAccessible } from "../../../../test/e2e/support/accessibility";
import {
  headingOf,
  startJourneyWorld,
  type JourneyWorld,
  logInAs as logIn,
  submitForm as submit,
} from "../../../../test/e2e/support/journey";

const slug = (mode: JourneyMode) => (mode.javaScriptEnabled ? "js" : "nojs");
const official = (mode: JourneyMode) => `papier-${slug(mode)}@proef.example`;

let world: JourneyWorld;
beforeAll(async () => {
  world = await startJourneyWorld(
    journeyModes.map((mode) => ({ email: official(mode), name: `Balie ${slug(mode)}`, roles: ["official" as const] })),
    // A busy shared machine can take more than a minute to start the server.
    { server: { readyTimeoutMs: 180_000 } },
  );
}, 300_000);
afterAll(async () => {
  await world?.close();
});

describe.each(journeyModes)("paper journey $name", (mode) => {
  it("enter an idea from paper, print its support list, type in a signed list, see the count", async () => {
    const title = `Bloembakken op de brug (${slug(mode)})`;
    const { page, finish } = await world.open(mode);
    await logIn(page, official(mode), "/admin/ideeen/papier/nieuw");
    await expectAccessible(page);
    await page.locator("#field-batchLabel").fill(`Balie week 49 (${slug(mode)})`);
    await page.locator("#field-proposerName").fill("Mevrouw Jansen");
    await page.locator("#field-title").fill(title);
    await page.locator("#field-body").fill("Zet bloembakken op de brug, dan wordt de oversteek vrolijker.");
    await page.locator("#field-areaId").selectOption({ index: 1 });
    await submit(page, "/admin/ideeen/papier/nieuw");
    expect(await headingOf(page)).toBe(title);
    await expectAccessible(page);
    const ideaPath = new URL(page.url()).pathname;

    await andWaitForDocument(page, () => page.getByRole("link", { name: "Steunlijst om te printen" }).click());
    expect(new URL(page.url()).pathname).toBe(`${ideaPath}/steunformulier`);
    expect(await page.locator("main").innerText()).toContain("Met mijn handtekening steun ik dit idee.");
    await expectAccessible(page);

    await andWaitForDocument(page, () => page.goto(`/admin${ideaPath}/papier`));
    await expectAccessible(page);
    await page.locator("#field-batch").selectOption({ index: 1 });
    await page.locator("#field-name1").fill("Henk Visser");
    await page.locator("#field-postcode1").fill("1010 AB");
    await page.locator("#field-name2").fill("Ria de Groot");
    await page.locator("#field-postcode2").fill("12");
    const refused = await submit(page, `/admin${ideaPath}/papier`);
    expect(refused.status).toBe(400);
    await expectAccessible(page);
    await page.locator("#field-postcode2").fill("1011 CD");
    await submit(page, `/admin${ideaPath}/papier`);
    expect(await page.locator("main").innerText()).toContain("2 stemmen, waarvan 2 op papier");
    await expectAccessible(page);

    await andWaitForDocument(page, () => page.goto(ideaPath));
    expect(await page.locator("main").innerText()).toContain("waarvan 2 op papier");
    await expectAccessible(page);
    await andWaitForDocument(page, () => page.goto("/ideeen/formulier"));
    expect(await headingOf(page)).toBe("Een idee voorstellen op papier");
    await expectAccessible(page);
    await finish();
  }, 400_000);
});
