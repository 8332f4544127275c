// Choosing a place for an idea in a real browser: with JavaScript by a suggestion while typing and
// by clicking the map, without JavaScript by typing an address the server looks up; a wrong
// address is refused beside the field. Then the idea's page and the site map (/kaart), each page
// checked by axe in Dutch and English. The Locatieserver is a local stand-in; tiles never load.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { andWaitForDocument, journeyModes, type JourneyMode } from "../../../test/e2e/support/browser";
import { expectAccessible } from "../../../test/e2e/support/accessibility";
import {
  headingOf,
  logInAs,
  startJourneyWorld,
  submitForm,
  type JourneyWorld,
} from "../../../test/e2e/support/journey";
import { withDatabase } from "../../../test/e2e/support/seed";
import { type FakeLocatieserver, startFakeLocatieserver } from "../../../test/support/locatieserver";
import { boundaryText } from "./boundary";

const slug = (mode: JourneyMode) => (mode.javaScriptEnabled ? "js" : "nojs");
const author = (mode: JourneyMode) => `plek-${slug(mode)}@proef.example`;
const centrum = [
  [
    [
      [4.85, 52.35],
      [4.95, 52.35],
      [4.95, 52.4],
      [4.85, 52.4],
      [4.85, 52.35],
    ] as [number, number][],
  ],
];

let world: JourneyWorld;
let fake: FakeLocatieserver;
beforeAll(async () => {
  fake = await startFakeLocatieserver();
  world = await startJourneyWorld(
    journeyModes.map((mode) => ({ email: author(mode), name: `Plekker ${slug(mode)}` })),
    {
      beforeStart: async (file) => {
        await withDatabase(file, (db) =>
          db.kysely
            .updateTable("areas")
            .set({ boundary: boundaryText(centrum) })
            .execute(),
        );
      },
      server: { env: { ADDRESS_SEARCH_URL: fake.url, ADDRESS_SEARCH_TIMEOUT_MS: "2000" } },
    },
  );
}, 120_000);
afterAll(async () => {
  await world?.close();
  await fake?.close();
});

const storedLocation = (title: string) =>
  withDatabase(world.server.databaseFile, (db) =>
    db.kysely
      .selectFrom("ideas")
      .select(["location_lat_e6", "location_lng_e6", "location_address"])
      .where("title", "=", title)
      .executeTakeFirstOrThrow(),
  );

describe.each(journeyModes)("places journey $name", (mode) => {
  it("picks a place by typing and (with JavaScript) on the map, and finds it on the site map", async () => {
    const title = `Speeltoestel op het plein (${slug(mode)})`;
    const { page, finish } = await world.open(mode);
    await logInAs(page, author(mode), "/ideeen/nieuw");
    await expectAccessible(page);
    await page.locator("#field-title").fill(title);
    await page.locator("#field-body").fill("Kinderen hebben hier niets om op te klimmen. Een klimrek zou mooi zijn.");
    await page.locator("#field-areaId").selectOption({ label: "Centrum" });

    if (mode.javaScriptEnabled) {
      const map = page.locator('[data-place-map="pick"]');
      await expect.poll(() => map.isVisible()).toBe(true);
      // Typing shows suggestions from the address service; choosing one sets the point.
      await page.locator("#field-locationText").pressSequentially("Dorpsstr");
      const choice = page.getByRole("button", { name: "Dorpsstraat 1, 1011AB Teststad" });
      await choice.click();
      await expect.poll(() => page.locator('input[name="lat"]').inputValue()).toBe("52.372000");
      await expectAccessible(page, { otherLanguage: false });
      // A click on the map moves the point there, and the nearest address fills the text field.
      const box = (await map.boundingBox())!;
      await map.click({ position: { x: box.width / 2 + 20, y: box.height / 2 } });
      await expect.poll(() => page.locator('input[name="lat"]').inputValue()).not.toBe("52.372000");
      await expect.poll(() => page.locator("#field-locationText").inputValue()).toMatch(/Teststad$/);
    } else {
      // Without JavaScript: a wrong address first, refused beside the field with the text kept.
      await page.locator("#field-locationText").fill("Nergensweg 404");
      const refused = await submitForm(page, "/ideeen");
      expect(refused.status).toBe(400);
      await expectAccessible(page);
      expect(await page.locator("#field-locationText-error").innerText()).toContain("Wij vinden dit adres niet");
      expect(await page.locator("#field-title").inputValue()).toBe(title);
      await page.locator("#field-locationText").fill("Dorpsstraat 1");
    }
    await submitForm(page, "/ideeen");
    expect(await headingOf(page)).toBe(title);
    await expectAccessible(page);
    const stored = await storedLocation(title);
    if (mode.javaScriptEnabled) {
      expect(stored.location_lat_e6).not.toBeNull();
      expect(stored.location_lat_e6).not.toBe(52_372_000);
    } else
      expect(stored).toEqual({
        location_lat_e6: 52_372_000,
        location_lng_e6: 4_900_000,
        location_address: "Dorpsstraat 1",
      });
    expect(await page.locator("main").innerText()).toContain("Coördinaten:");

    const ideaPath = new URL(page.url()).pathname;
    await submitForm(page, `${ideaPath}/publiceren`);
    await expectAccessible(page);

    await andWaitForDocument(page, () => page.goto("/kaart"));
    expect(await headingOf(page)).toBe("Kaart");
    await expectAccessible(page);
    expect(await page.locator("#lijst ~ ul").first().innerText()).toContain(title);
    if (mode.javaScriptEnabled) {
      // The overview map shows the idea as a marker named after it; a click opens its card.
      const marker = page.locator(".place-marker", { hasText: title }).first();
      await expect.poll(() => marker.count()).toBeGreaterThan(0);
    }
    await page.locator("#near-bij").fill("1011 AB");
    await andWaitForDocument(page, () => page.locator("[data-near-form] button[type=submit]").click());
    await expectAccessible(page);
    expect(await page.locator(".near-me").innerText()).toContain(title);
    await finish();
  }, 180_000);
});
