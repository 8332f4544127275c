import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestApp, type TestApp } from "../../test/support/app";
import { testDatabases } from "../../test/support/databases";
import sharp from "sharp";
import { asCurrentUser, bulkResidents, createIdea } from "../components/ideas/test/factories";
import { supportIdea } from "../components/ideas/commands/support-idea";
import { photoPixels } from "../core/photos/test/images";
import { uploadPhoto } from "../core/photos/test/upload";
import { FIRST_PAGE_BUDGET_BYTES, firstPageWeight, linkedAssets, type Fetch } from "./page-weight";

describe("linkedAssets", () => {
  it("finds stylesheets, scripts and images on this site, not other links or other sites", () => {
    const html =
      '<link rel="stylesheet" href="/a.css"/><link rel="icon" href="/i.png"/><script src="/a.js" defer></script>' +
      '<script src="https://cdn.example/x.js"></script><link rel="stylesheet" href="//cdn.example/x.css"/>' +
      '<img class="photo-thumb" src="/ideeen/1/fotos/2/ab-thumb.webp" alt="" loading="lazy"/>' +
      '<img src="https://elders.example/x.png" alt="x"/>';
    expect(linkedAssets(html)).toEqual(["/a.css", "/a.js", "/ideeen/1/fotos/2/ab-thumb.webp"]);
  });
});

describe.each(testDatabases)("the first page on $name", (database) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp(database);
  });
  afterAll(async () => {
    await t?.close();
  });

  const get: Fetch = async (path, headers) => {
    const res = await t.agent().get(path, headers);
    const encoding = res.headers["content-encoding"];
    return {
      status: res.statusCode,
      encoding: typeof encoding === "string" ? encoding : null,
      bytes: res.rawPayload.length,
      text: res.body,
    };
  };

  it("weighs under 50 KB on the wire: HTML, CSS and script, compressed as served", async () => {
    const weight = await firstPageWeight(get);
    expect(weight.parts.map((p) => p.path)).toEqual([
      "/",
      expect.stringMatching(/^\/assets\/app\.\w+\.css$/),
      expect.stringMatching(/^\/assets\/app\.\w+\.js$/),
    ]);
    // The assets really are sent compressed; otherwise the figure would not be what browsers get.
    expect(weight.parts.slice(1).map((p) => p.encoding)).toEqual(["br", "br"]);
    expect(weight.total).toBeLessThan(FIRST_PAGE_BUDGET_BYTES);
  });

  it("stays under 50 KB with photos: the home page's idea thumbnails are counted too", async () => {
    for (const [i, title] of [
      "Een boom op het plein",
      "Meer bankjes in het park",
      "Een zebrapad bij school",
    ].entries()) {
      const id = await createIdea(t, { title });
      const author = await t.agentFor(t.users.resident);
      // A 1600×1200 "photo" that compresses like a real one (see photoPixels).
      const res = await uploadPhoto(author, `/ideeen/${id}/fotos`, {
        bytes: await sharp(photoPixels(1600, 1200, i + 1), { raw: { width: 1600, height: 1200, channels: 3 } })
          .jpeg({ quality: 90 })
          .toBuffer(),
      });
      expect(res.statusCode).toBe(303);
      // The home page lists ideas that are almost there, and an idea needs support for that.
      const [supporter] = await bulkResidents(t, 1);
      await supportIdea(t.services, t.site, asCurrentUser(supporter!), id);
    }
    const weight = await firstPageWeight(get);
    const images = weight.parts.filter((p) => p.path.endsWith(".webp"));
    expect(images).toHaveLength(3);
    for (const image of images) expect(image.bytes).toBeLessThan(10 * 1024);
    expect(weight.total).toBeLessThan(FIRST_PAGE_BUDGET_BYTES);
  });

  it("keeps the CSS rules and tokens the layout needs after purging", async () => {
    const home = await t.agent().get("/");
    const css = (await t.agent().get(linkedAssets(home.body)[0]!)).body;
    for (const needed of [
      ".utrecht-skip-link",
      ".utrecht-link",
      ".utrecht-button",
      ".site-header",
      ".voorbeeld-theme",
      "--basis-",
    ]) {
      expect(css).toContain(needed);
    }
    // A rule no page uses is gone.
    expect(css).not.toContain(".utrecht-calendar");
  });
});
