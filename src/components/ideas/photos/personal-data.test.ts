// Photos in "download my data" and account deletion (docs/personal-data.md): the photos a person
// uploaded are in the download and go with the account; photos staff added to their idea stay,
// and the idea's photos close up.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { TEST_PASSWORD, type TestApp } from "../../../../test/support/app";
import { testDatabases } from "../../../../test/support/databases";
import type { User } from "../../../core/db/types";
import { webpPhoto } from "../../../core/photos/test/images";
import { storedPhotos, uploadPhoto } from "../../../core/photos/test/upload";
import { createIdea, createIdeasApp } from "../test/factories";
import { IDEA_PHOTO_TABLES } from "./tables";

describe.each(testDatabases)("ideas: a person's photos on $name", (database) => {
  let t: TestApp;
  let person: User;
  let ideaId: number;
  beforeAll(async () => {
    t = await createIdeasApp(database);
    person = await t.newUser({ name: "Fien Fotograaf" });
    ideaId = await createIdea(t, { author: person, title: "Een bloembak bij de brug" });
    const own = await t.agentFor(person);
    const official = await t.agentFor(t.users.official);
    const photo = await webpPhoto(300, 200);
    for (const [agent, alt] of [
      [own, "Mijn eerste foto"],
      [official, "Foto van de gemeente"],
      [own, "Mijn tweede foto"],
    ] as const)
      expect((await uploadPhoto(agent, `/ideeen/${ideaId}/fotos`, { bytes: photo, alt })).statusCode).toBe(303);
  });
  afterAll(async () => {
    await t?.close();
  });

  it("lists the photos the person uploaded in the download, with a working link", async () => {
    const agent = await t.agentFor(person);
    const data = (await agent.get("/account/gegevens.json")).json();
    const photos = data.contributions.ideas.photos;
    expect(photos.map((p: { description: string; position: number }) => [p.position, p.description])).toEqual([
      [1, "Mijn eerste foto"],
      [3, "Mijn tweede foto"],
    ]);
    const file = await agent.get(photos[0].url);
    expect(file.statusCode).toBe(200);
    expect(file.headers["content-type"]).toBe("image/webp");
  });

  it("deletes the person's photos with the account; the staff's photo stays, first now", async () => {
    const mine = (await storedPhotos(t.services.db.kysely, IDEA_PHOTO_TABLES, ideaId)).filter(
      (p) => p.uploaded_by === person.id,
    );
    const res = await (await t.agentFor(person)).post("/account/verwijderen", { password: TEST_PASSWORD });
    expect(res.statusCode).toBe(303);
    const left = await storedPhotos(t.services.db.kysely, IDEA_PHOTO_TABLES, ideaId);
    expect(left.map((p) => [p.position, p.alt_text, p.uploaded_by])).toEqual([
      [1, "Foto van de gemeente", t.users.official.id],
    ]);
    const files = await t.services.db.kysely
      .selectFrom("idea_photo_files")
      .select("photo_id")
      .where(
        "photo_id",
        "in",
        mine.map((p) => p.id),
      )
      .execute();
    expect(files).toEqual([]);
  });
});
