// Journey over the pages anyone can see: home, accessibility statement, privacy, a missing page,
// the language switch and the skip link, with and without JavaScript.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { journeyModes } from "./support/browser";
import { expectAccessible } from "./support/accessibility";
import { headingOf, startJourneyWorld, type JourneyWorld } from "./support/journey";
import { SITE_NAME } from "./support/seed";

let world: JourneyWorld;
beforeAll(async () => {
  world = await startJourneyWorld();
});
afterAll(async () => {
  await world?.close();
});

describe.each(journeyModes)("public pages $name", (mode) => {
  it("walks from home to the accessibility statement, privacy and a missing page", async () => {
    const { page, finish } = await world.open(mode);
    const home = await page.goto("/");
    expect(home?.status()).toBe(200);
    expect(await headingOf(page)).toBe(`Welkom bij ${SITE_NAME}`);
    await expectAccessible(page);

    await page.getByRole("link", { name: "Toegankelijkheid" }).click();
    await expect.poll(() => new URL(page.url()).pathname).toBe("/toegankelijkheid");
    expect(await headingOf(page)).toBe("Toegankelijkheid");
    await expectAccessible(page);

    await page.getByRole("link", { name: "Privacy" }).click();
    await expect.poll(() => new URL(page.url()).pathname).toBe("/privacy");
    expect(await headingOf(page)).toBe("Privacy");
    await expectAccessible(page);

    const missing = await page.goto("/bestaat-niet");
    expect(missing?.status()).toBe(404);
    expect(await headingOf(page)).toBe("Pagina niet gevonden");
    await expectAccessible(page);
    await finish();
  }, 600_000);

  it("switches to English and back with the link in the header, staying on the same page", async () => {
    const { page, finish } = await world.open(mode);
    await page.goto("/privacy");
    await expectAccessible(page, { otherLanguage: false });
    await page.getByRole("link", { name: "English" }).click();
    await expect.poll(() => page.getAttribute("html", "lang")).toBe("en");
    expect(new URL(page.url()).pathname).toBe("/privacy");
    await expectAccessible(page, { otherLanguage: false });

    await page.getByRole("link", { name: SITE_NAME }).click();
    expect(await headingOf(page)).toBe(`Welcome to ${SITE_NAME}`);
    await expectAccessible(page, { otherLanguage: false });

    await page.getByRole("link", { name: "Nederlands" }).click();
    await expect.poll(() => page.getAttribute("html", "lang")).toBe("nl");
    expect(await headingOf(page)).toBe(`Welkom bij ${SITE_NAME}`);
    await expectAccessible(page, { otherLanguage: false });
    await finish();
  }, 600_000);

  it("offers a skip link as the first stop of the keyboard that moves to the main content", async () => {
    const { page, finish } = await world.open(mode);
    await page.goto("/");
    await expectAccessible(page, { otherLanguage: false });
    await page.keyboard.press("Tab");
    const skip = page.getByRole("link", { name: "Direct naar de inhoud" });
    await expect.poll(() => skip.evaluate((el) => el === document.activeElement)).toBe(true);
    // Visible on focus: it has a size on screen when focused (it is hidden until then).
    const box = await skip.boundingBox();
    expect(box && box.width > 1 && box.height > 1).toBe(true);
    await page.keyboard.press("Enter");
    await expect.poll(() => new URL(page.url()).hash).toBe("#main");
    await finish();
  }, 600_000);
});
