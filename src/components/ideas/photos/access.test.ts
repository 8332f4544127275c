import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { TestApp } from "../../../../test/support/app";
import { testDatabases } from "../../../../test/support/databases";
import { UPLOADS_PER_HOUR } from "../../../core/photos/rules";
import { PRIVATE_PHOTO_CACHE } from "../../../core/photos/serve";
import { webpPhoto } from "../../../core/photos/test/images";
import { photoPart, storedPhotos, uploadPhoto, type StoredPhotoRow } from "../../../core/photos/test/upload";
import { createSite } from "../../../core/sites/store";
import { hideIdea } from "../commands/moderation";
import { asCurrentUser, createIdea, createIdeasApp } from "../test/factories";
import { IDEA_PHOTO_TABLES } from "./tables";

describe.each(testDatabases)("ideas: who may see and change photos, on $name", (database) => {
  let t: TestApp;
  let photo: Buffer;
  beforeAll(async () => {
    t = await createIdeasApp(database);
    photo = await webpPhoto(200, 150);
  });
  afterAll(async () => {
    await t?.close();
  });
  const db = () => t.services.db.kysely;
  const photos = (id: number) => storedPhotos(db(), IDEA_PHOTO_TABLES, id);
  const fileUrl = (id: number, p: StoredPhotoRow) => `/ideeen/${id}/fotos/${p.id}/${p.hash}-thumb.webp`;

  async function ideaWithPhoto(opts: { publish?: boolean } = {}) {
    const id = await createIdea(t, opts);
    const author = await t.agentFor(t.users.resident);
    expect((await uploadPhoto(author, `/ideeen/${id}/fotos`, { bytes: photo })).statusCode).toBe(303);
    return { id, author, photo: (await photos(id))[0]! };
  }

  it("refuses another resident (403) and an anonymous visitor (to the log-in page), changing nothing", async () => {
    const { id, photo: p } = await ideaWithPhoto();
    const neighbour = await t.agentFor(await t.newUser());
    const anonymous = t.agent();
    for (const agent of [neighbour, anonymous]) {
      const expected = agent === neighbour ? 403 : 303;
      expect((await agent.get(`/ideeen/${id}/fotos`)).statusCode).toBe(expected);
      expect((await uploadPhoto(agent, `/ideeen/${id}/fotos`, { bytes: photo })).statusCode).toBe(expected);
      expect((await agent.post(`/ideeen/${id}/fotos/${p.id}/beschrijving`, { alt: "Iets anders" })).statusCode).toBe(
        expected,
      );
      expect((await agent.post(`/ideeen/${id}/fotos/${p.id}/verwijderen`)).statusCode).toBe(expected);
    }
    expect((await anonymous.get(`/ideeen/${id}/fotos`)).headers.location).toMatch(/^\/inloggen/);
    expect(await photos(id)).toEqual([p]);
  });

  it("requires the CSRF token on upload (as the first field), on a new description and on delete", async () => {
    const { id, author, photo: p } = await ideaWithPhoto();
    const url = `/ideeen/${id}/fotos`;
    const alt = { name: "alt", value: "Een foto" };
    const attempts = [
      [{ name: "_csrf", value: null }, photoPart({ bytes: photo }), alt],
      [{ name: "_csrf", value: "not-the-token" }, photoPart({ bytes: photo }), alt],
      // A valid token after the file comes too late: the file would have been read first.
      [photoPart({ bytes: photo }), alt, { name: "_csrf", value: author.csrfToken() }],
    ];
    for (const parts of attempts) {
      const res = await author.postMultipart(url, parts);
      expect(res.statusCode).toBe(403);
    }
    // From another site, even with the token.
    const crossSite = await author.postMultipart(url, [photoPart({ bytes: photo }), alt], {
      origin: "https://elders.example",
    });
    expect(crossSite.statusCode).toBe(403);
    // A multipart post to a route that does not read uploads has no token it could check.
    expect(
      (await author.postMultipart(`/ideeen/${id}/fotos/${p.id}/verwijderen`, [{ name: "x", value: "1" }])).statusCode,
    ).toBe(403);
    for (const path of [`${url}/${p.id}/beschrijving`, `${url}/${p.id}/verwijderen`])
      expect((await author.post(path, { _csrf: "", alt: "Anders" })).statusCode).toBe(403);
    expect(await photos(id)).toEqual([p]);
  });

  it("lets staff change photos on another's idea (audited); the author stops at the first support", async () => {
    const { id, author } = await ideaWithPhoto();
    const supporter = await t.agentFor(await t.newUser());
    expect((await supporter.post(`/ideeen/${id}/steunen`)).statusCode).toBe(303);
    const late = await uploadPhoto(author, `/ideeen/${id}/fotos`, { bytes: photo });
    expect(late.statusCode).toBe(409);
    const official = await t.agentFor(t.users.official);
    expect((await uploadPhoto(official, `/ideeen/${id}/fotos`, { bytes: photo, alt: "Situatie" })).statusCode).toBe(
      303,
    );
    expect((await photos(id)).map((p) => p.uploaded_by)).toEqual([t.users.resident.id, t.users.official.id]);
    const logged = await db()
      .selectFrom("audit_log")
      .select(["action", "actor_user_id"])
      .where("subject", "=", `idea:${id}`)
      .execute();
    expect(logged).toEqual([{ action: "photo.added", actor_user_id: t.users.official.id }]);
  });

  it("hides the photos with the idea: 404 for the public, private for its author and moderators", async () => {
    const { id, photo: p } = await ideaWithPhoto();
    const url = fileUrl(id, p);
    const moderator = asCurrentUser(t.users.moderator, ["moderator"]);
    await hideIdea(t.services, t.site, moderator, id, "Persoonlijke gegevens op de foto");
    expect((await t.agent().get(url)).statusCode).toBe(404);
    expect((await (await t.agentFor(await t.newUser())).get(url)).statusCode).toBe(404);
    expect((await (await t.agentFor(t.users.official)).get(url)).statusCode).toBe(404);
    expect((await (await t.agentFor(t.users.resident)).get(url)).headers["cache-control"]).toBe(PRIVATE_PHOTO_CACHE);
    expect((await t.agent().get(`/ideeen/${id}`)).body).not.toContain("/fotos/");
    const staff = await (await t.agentFor(t.users.moderator)).get(url);
    expect(staff.statusCode).toBe(200);
    expect(staff.headers["cache-control"]).toBe(PRIVATE_PHOTO_CACHE);
    expect((await (await t.agentFor(t.users.moderator)).get(`/ideeen/${id}/fotos`)).statusCode).toBe(200);
  });

  it("keeps a draft's photos to the author; a photo is found only under its own idea, hash and site", async () => {
    const { id, author, photo: p } = await ideaWithPhoto({ publish: false });
    expect((await t.agent().get(fileUrl(id, p))).statusCode).toBe(404);
    expect((await t.agent().get(`/ideeen/${id}/fotos`)).statusCode).toBe(404);
    const own = await author.get(fileUrl(id, p));
    expect(own.statusCode).toBe(200);
    expect(own.headers["cache-control"]).toBe(PRIVATE_PHOTO_CACHE);

    const other = await createIdea(t);
    expect((await t.agent().get(fileUrl(other, p))).statusCode).toBe(404);
    const published = await ideaWithPhoto();
    const good = fileUrl(published.id, published.photo);
    expect((await t.agent().get(good)).statusCode).toBe(200);
    for (const bad of [
      good.replace(published.photo.hash, "0123456789abcdef"),
      good.replace("-thumb.webp", "-123.webp"),
      good.replace("-thumb.webp", "-thumb.png"),
      good.replace(`/fotos/${published.photo.id}/`, "/fotos/x/"),
    ])
      expect((await t.agent().get(bad)).statusCode, bad).toBe(404);
    await createSite(db(), { slug: "elders", name: "Elders", hosts: ["elders.example"] }, t.clock());
    const elsewhere = t.agent();
    elsewhere.host = "elders.example";
    expect((await elsewhere.get(good)).statusCode).toBe(404);
  });

  it("limits upload attempts per account, so nobody keeps the server decoding", async () => {
    const id = await createIdea(t);
    const user = await t.newUser();
    await db().updateTable("ideas").set({ author_id: user.id }).where("id", "=", id).execute();
    for (let i = 0; i < UPLOADS_PER_HOUR; i++)
      await t.services.rateLimiter.hit(`photos:upload:${user.id}`, UPLOADS_PER_HOUR, 3600, t.clock());
    const res = await uploadPhoto(await t.agentFor(user), `/ideeen/${id}/fotos`, { bytes: photo });
    expect(res.statusCode).toBe(429);
    expect(await photos(id)).toEqual([]);
  });

  it("deletes an idea's photos and their files with the idea", async () => {
    const { id } = await ideaWithPhoto();
    const photoIds = (await photos(id)).map((p) => p.id);
    await db().deleteFrom("ideas").where("id", "=", id).execute();
    expect(await photos(id)).toEqual([]);
    const files = await db()
      .selectFrom("idea_photo_files")
      .select("photo_id")
      .where("photo_id", "in", photoIds)
      .execute();
    expect(files).toEqual([]);
  });
});
