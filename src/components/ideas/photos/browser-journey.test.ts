// A resident adds a photo to their idea in a real Chromium, with and without JavaScript: the
// plain multipart form, the messages for a too-large file and a missing description, and the
// photo on the idea page and in the list. axe and the HTML check on every page.
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import sharp from "sharp";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { expectAccessible } from "../../../../test/e2e/support/accessibility";
import { andWaitForDocument, journeyModes, type JourneyMode } from "../../../../test/e2e/support/browser";
import {
  headingOf,
  logInAs as logIn,
  startJourneyWorld,
  submitForm as submit,
  type JourneyWorld,
} from "../../../../test/e2e/support/journey";
import { MAX_UPLOAD_BYTES } from "../../../core/photos/rules";
import { jpegWithGps } from "../../../core/photos/test/images";

const slug = (mode: JourneyMode) => (mode.javaScriptEnabled ? "js" : "nojs");
const authorOf = (mode: JourneyMode) => `fotograaf-${slug(mode)}@proef.example`;

let world: JourneyWorld;
// Files on disk: the browser reads them itself, as when a resident picks one.
const folder = fs.mkdtempSync(path.join(os.tmpdir(), "inspraak-photos-"));
const photo = path.join(folder, "IMG_0042.jpg");
const tooLarge = path.join(folder, "groot.jpg");
beforeAll(async () => {
  world = await startJourneyWorld(
    journeyModes.map((mode) => ({ email: authorOf(mode), name: `Fotograaf ${slug(mode)}` })),
  );
  fs.writeFileSync(photo, await jpegWithGps(1200, 900));
  fs.writeFileSync(tooLarge, Buffer.alloc(MAX_UPLOAD_BYTES + 1));
}, 120_000);
afterAll(async () => {
  await world?.close();
  fs.rmSync(folder, { recursive: true, force: true });
});

describe.each(journeyModes)("photo journey $name", (mode) => {
  it("adds a photo with a description to an idea and shows it on the idea and in the list", async () => {
    const title = `Een boom op het plein (${slug(mode)})`;
    const { page, finish } = await world.open(mode);
    await logIn(page, authorOf(mode), "/ideeen/nieuw");
    await expectAccessible(page);
    await page.locator("#field-title").fill(title);
    await page.locator("#field-body").fill("Het plein is kaal en heet in de zomer. Een grote boom geeft schaduw.");
    await page.locator("#field-areaId").selectOption({ label: "Centrum" });
    await submit(page, "/ideeen");
    expect(await headingOf(page)).toBe(title);
    await expectAccessible(page);
    const ideaPath = new URL(page.url()).pathname;

    await andWaitForDocument(page, () => page.getByRole("link", { name: /Foto's toevoegen of wijzigen/ }).click());
    expect(new URL(page.url()).pathname).toBe(`${ideaPath}/fotos`);
    await expectAccessible(page);

    await page.locator("#field-photo").setInputFiles(tooLarge);
    await page.locator("#field-alt").fill("Het kale plein");
    if (mode.javaScriptEnabled) {
      // With JavaScript the message comes at once and nothing is sent.
      await page.locator("main form[enctype] button[type=submit]").click();
      await expect.poll(() => page.locator("#field-photo-size").innerText()).toContain("groter dan 10 MB");
      expect(await page.evaluate(() => document.activeElement?.id)).toBe("field-photo");
    } else {
      const res = await submit(page, `${ideaPath}/fotos`);
      expect(res.status).toBe(400);
      expect(await page.locator(".error-summary").innerText()).toContain("groter dan 10 MB");
      await expectAccessible(page);
    }

    await page.locator("#field-photo").setInputFiles(photo);
    await page.locator("#field-alt").fill("");
    const noAlt = await submit(page, `${ideaPath}/fotos`);
    expect(noAlt.status).toBe(400);
    expect(await page.locator(".error-summary").innerText()).toContain("Beschrijf wat er op de foto te zien is.");
    await expectAccessible(page);

    await page.locator("#field-photo").setInputFiles(photo);
    await page.locator("#field-alt").fill("Het kale plein met alleen tegels");
    await submit(page, `${ideaPath}/fotos`);
    await expect.poll(() => page.locator("main").innerText()).toContain("De foto is toegevoegd.");
    await expectAccessible(page);

    await andWaitForDocument(page, () => page.goto(ideaPath));
    await expectAccessible(page);
    const image = page.getByRole("img", { name: "Het kale plein met alleen tegels" });
    await image.scrollIntoViewIfNeeded();
    await expect
      .poll(() => image.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth))
      .toBeGreaterThan(0);
    // The browser picked a stored size from the srcset; what it got has no location in it.
    const src = await image.evaluate((img: HTMLImageElement) => img.currentSrc);
    const fetched = await page.request.get(src);
    expect(fetched.headers()["content-type"]).toBe("image/webp");
    expect((await sharp(await fetched.body()).metadata()).exif).toBeUndefined();

    // Published, it is in the list with its thumbnail.
    await submit(page, `${ideaPath}/publiceren`);
    await expectAccessible(page);
    await andWaitForDocument(page, () => page.goto("/ideeen"));
    await expectAccessible(page);
    const thumb = page.locator(`.idea-card:has(a[href="${ideaPath}"]) img.photo-thumb`);
    await thumb.scrollIntoViewIfNeeded();
    await expect.poll(() => thumb.evaluate((img: HTMLImageElement) => img.naturalWidth)).toBe(192);
    await finish();
  }, 600_000);
});
