import sharp from "sharp";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { TestApp } from "../../../../test/support/app";
import { testDatabases } from "../../../../test/support/databases";
import { MAX_UPLOAD_BYTES } from "../../../core/photos/rules";
import { av1Heif, hevcHeic, jpegWithGps, pngBomb, pngWithAlpha, webpPhoto } from "../../../core/photos/test/images";
import { imageSources, photoPart, storedFileCount, storedPhotos, uploadPhoto } from "../../../core/photos/test/upload";
import { createIdea, createIdeasApp } from "../test/factories";
import { IDEA_PHOTO_TABLES } from "./tables";

describe.each(testDatabases)("ideas: uploading and showing photos on $name", (database) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createIdeasApp(database);
  });
  afterAll(async () => {
    await t?.close();
  });
  const db = () => t.services.db.kysely;

  it("lets the author add a photo without JavaScript; it is shown as a responsive image without its GPS", async () => {
    const id = await createIdea(t);
    const author = await t.agentFor(t.users.resident);
    const form = await author.get(`/ideeen/${id}/fotos`);
    expect(form.statusCode).toBe(200);
    expect(form.body).toContain('enctype="multipart/form-data"');
    // The token comes before the file, so the server checks it before reading the file.
    expect(form.body.indexOf('name="_csrf"')).toBeLessThan(form.body.indexOf('name="photo"'));
    const res = await uploadPhoto(author, `/ideeen/${id}/fotos`, {
      bytes: await jpegWithGps(1200, 900),
      alt: "Het lege grasveld naast de speeltuin",
    });
    expect(res.statusCode).toBe(303);
    expect(res.headers.location).toBe(`/ideeen/${id}/fotos`);
    const [photo] = await storedPhotos(db(), IDEA_PHOTO_TABLES, id);
    expect(photo).toMatchObject({ position: 1, alt_text: "Het lege grasveld naast de speeltuin" });
    expect(photo!.uploaded_by).toBe(t.users.resident.id);

    const page = await t.agent().get(`/ideeen/${id}`);
    const img = /<img class="photo"[^>]*>/.exec(page.body)?.[0] ?? "";
    expect(img).toContain('alt="Het lege grasveld naast de speeltuin"');
    expect(img).toContain('width="1200"');
    expect(img).toContain('height="900"');
    expect(img).toContain('loading="lazy"');
    expect(img).toMatch(/sizes="[^"]+"/);
    expect(img).toMatch(/srcset="[^"]*-480\.webp 480w, [^"]*-960\.webp 960w, [^"]*-1200\.webp 1200w"/);

    const src = imageSources(img)[0]!;
    const file = await t.agent().get(src);
    expect(file.statusCode).toBe(200);
    expect(file.headers["content-type"]).toBe("image/webp");
    expect(file.headers["x-content-type-options"]).toBe("nosniff");
    expect(file.headers["cache-control"]).toContain("max-age=31536000");
    expect(file.headers.etag).toBe(`"${photo!.hash}-960"`);
    const meta = await sharp(file.rawPayload).metadata();
    expect([meta.format, meta.width, meta.height, meta.exif]).toEqual(["webp", 960, 720, undefined]);
    const again = await t.agent().get(src, { "if-none-match": String(file.headers.etag) });
    expect(again.statusCode).toBe(304);
    expect(again.rawPayload.length).toBe(0);
  });

  it("accepts PNG, WebP and HEIC (AV1 and HEVC) by content, whatever name and type the browser gives", async () => {
    const id = await createIdea(t);
    const author = await t.agentFor(t.users.resident);
    const uploads = [
      { bytes: await pngWithAlpha(), filename: "plan.jpg", contentType: "image/jpeg" },
      { bytes: await webpPhoto(), filename: "foto", contentType: "application/octet-stream" },
      { bytes: await av1Heif(), filename: "IMG_1.HEIC", contentType: "image/heic" },
      { bytes: hevcHeic(), filename: "IMG_2.HEIC", contentType: "image/heic" },
    ];
    for (const [i, u] of uploads.entries()) {
      const res = await uploadPhoto(author, `/ideeen/${id}/fotos`, { ...u, alt: `Foto nummer ${i + 1}` });
      expect(res.statusCode, u.filename).toBe(303);
    }
    expect((await storedPhotos(db(), IDEA_PHOTO_TABLES, id)).map((p) => p.position)).toEqual([1, 2, 3, 4]);
  });

  it("keeps the maximum of four: the form is gone and a fifth upload is refused", async () => {
    const id = await createIdea(t);
    const author = await t.agentFor(t.users.resident);
    for (let i = 0; i < 4; i++)
      expect((await uploadPhoto(author, `/ideeen/${id}/fotos`, { bytes: await webpPhoto(200, 150) })).statusCode).toBe(
        303,
      );
    const page = await author.get(`/ideeen/${id}/fotos`);
    expect(page.body).not.toContain('name="photo"');
    expect(page.body).toContain("Er zijn al 4 foto's");
    const fifth = await uploadPhoto(author, `/ideeen/${id}/fotos`, { bytes: await webpPhoto(200, 150) });
    expect(fifth.statusCode).toBe(409);
    expect(fifth.body).toContain("Er zijn al 4 foto's");
    expect(await storedPhotos(db(), IDEA_PHOTO_TABLES, id)).toHaveLength(4);
  });

  it("shows the form again with a clear message for each bad upload, and stores nothing", async () => {
    const id = await createIdea(t);
    const author = await t.agentFor(t.users.resident);
    const filesBefore = await storedFileCount(db(), IDEA_PHOTO_TABLES);
    const jpeg = await jpegWithGps(200, 150);
    const oversize = Buffer.concat([jpeg, Buffer.alloc(MAX_UPLOAD_BYTES + 1 - jpeg.length)]);
    const cases: { name: string; parts: Parameters<typeof uploadPhoto>[2]; message: string }[] = [
      { name: "no file", parts: { bytes: Buffer.alloc(0), filename: "" }, message: "Kies een foto." },
      { name: "no alt text", parts: { bytes: jpeg, alt: "   " }, message: "Beschrijf wat er op de foto te zien is." },
      { name: "long alt text", parts: { bytes: jpeg, alt: "x".repeat(251) }, message: "hoogstens 250 tekens" },
      {
        name: "text named .jpg",
        parts: { bytes: Buffer.from("Dit is geen foto, maar tekst."), filename: "foto.jpg" },
        message: "Dit bestand is geen foto die wij kunnen gebruiken",
      },
      { name: "SVG", parts: { bytes: Buffer.from("<svg xmlns='http://www.w3.org/2000/svg'/>") }, message: "geen foto" },
      { name: "broken JPEG", parts: { bytes: jpeg.subarray(0, 300) }, message: "Wij kunnen deze foto niet openen" },
      { name: "over 10 MB", parts: { bytes: oversize, alt: "Mijn straat" }, message: "groter dan 10 MB" },
      { name: "bomb", parts: { bytes: pngBomb() }, message: "te veel beeldpunten" },
      {
        name: "two files",
        parts: { bytes: jpeg, parts: [photoPart({ bytes: jpeg }), photoPart({ bytes: jpeg })] },
        message: "Kies één foto tegelijk.",
      },
    ];
    for (const c of cases) {
      const res = await uploadPhoto(author, `/ideeen/${id}/fotos`, c.parts);
      expect(res.statusCode, c.name).toBe(400);
      expect(res.body, c.name).toContain(c.message);
      expect(res.body, c.name).toContain("error-summary");
      expect(res.body, c.name).toContain('href="#field-');
    }
    // The form keeps what was typed.
    const kept = await uploadPhoto(author, `/ideeen/${id}/fotos`, { bytes: oversize, alt: "Mijn straat" });
    expect(kept.body).toContain('value="Mijn straat"');
    expect(await storedPhotos(db(), IDEA_PHOTO_TABLES, id)).toEqual([]);
    expect(await storedFileCount(db(), IDEA_PHOTO_TABLES)).toBe(filesBefore);
  });

  it("changes the alt text and deletes a photo; the others close up and the old file is gone", async () => {
    const id = await createIdea(t);
    const author = await t.agentFor(t.users.resident);
    for (const alt of ["Eerste foto", "Tweede foto", "Derde foto"])
      await uploadPhoto(author, `/ideeen/${id}/fotos`, { bytes: await webpPhoto(200, 150), alt });
    const [first, second] = await storedPhotos(db(), IDEA_PHOTO_TABLES, id);
    const empty = await author.post(`/ideeen/${id}/fotos/${second!.id}/beschrijving`, { alt: "" });
    expect(empty.statusCode).toBe(400);
    expect(empty.body).toContain("Beschrijf wat er op de foto te zien is.");
    const saved = await author.post(`/ideeen/${id}/fotos/${second!.id}/beschrijving`, { alt: "Een nieuwe  tekst" });
    expect(saved.statusCode).toBe(303);
    expect((await t.agent().get(`/ideeen/${id}`)).body).toContain('alt="Een nieuwe tekst"');

    const oldUrl = `/ideeen/${id}/fotos/${first!.id}/${first!.hash}-thumb.webp`;
    expect((await t.agent().get(oldUrl)).statusCode).toBe(200);
    expect((await author.post(`/ideeen/${id}/fotos/${first!.id}/verwijderen`)).statusCode).toBe(303);
    const left = await storedPhotos(db(), IDEA_PHOTO_TABLES, id);
    expect(left.map((p) => [p.position, p.alt_text])).toEqual([
      [1, "Een nieuwe tekst"],
      [2, "Derde foto"],
    ]);
    expect((await t.agent().get(oldUrl)).statusCode).toBe(404);
    expect((await author.post(`/ideeen/${id}/fotos/${first!.id}/verwijderen`)).statusCode).toBe(404);
  });

  it("shows a small lazy thumbnail with an empty alt in the list, next to the title link", async () => {
    const id = await createIdea(t, { title: "Een boom op het plein" });
    const author = await t.agentFor(t.users.resident);
    await uploadPhoto(author, `/ideeen/${id}/fotos`, { bytes: await jpegWithGps(1600, 1200), alt: "Het plein" });
    const list = await t.agent().get("/ideeen");
    const card = list.body.slice(list.body.indexOf('<li class="idea-card">'));
    const thumb = /<img class="photo-thumb"[^>]*>/.exec(list.body)?.[0] ?? "";
    expect(thumb).toContain(`/ideeen/${id}/fotos/`);
    // An empty alt: the renderer writes it as a bare `alt`, which HTML reads as alt="".
    expect(thumb).toMatch(/\salt(="")?[\s/>]/);
    expect(thumb).toContain('width="96"');
    expect(thumb).toContain('height="72"');
    expect(thumb).toContain('loading="lazy"');
    expect(card).toContain("Een boom op het plein");
    const file = await t.agent().get(imageSources(thumb)[0]!);
    expect(file.statusCode).toBe(200);
    expect(file.rawPayload.length).toBeLessThan(12 * 1024);
  });
});
