// Photos for a few demo ideas: simple drawings (SVG, rendered by sharp) that go through the same
// pipeline as an upload, so the demo shows thumbnails in the list and photos on the idea page.
import { createRequire } from "node:module";
import type { Executor } from "../../../core/db/database";
import { processPhoto } from "../../../core/photos/process-photo";
import { insertPhoto } from "../../../core/photos/store";
import { IDEA_PHOTO_TABLES } from "../photos/tables";

const PARK = `<svg xmlns="http://www.w3.org/2000/svg" width="1200" height="900">
  <rect width="1200" height="900" fill="#bfe3f5"/>
  <rect y="520" width="1200" height="380" fill="#7cb867"/>
  <ellipse cx="800" cy="700" rx="300" ry="90" fill="#5a9fd4"/>
  <rect x="150" y="300" width="40" height="260" fill="#6b4a2b"/>
  <circle cx="170" cy="260" r="140" fill="#3f8a3a"/>
  <rect x="330" y="600" width="220" height="20" fill="#8a5a33"/>
  <rect x="345" y="620" width="14" height="60" fill="#444"/>
  <rect x="521" y="620" width="14" height="60" fill="#444"/>
</svg>`;

const FACADES = `<svg xmlns="http://www.w3.org/2000/svg" width="1200" height="900">
  <rect width="1200" height="900" fill="#b55a3c"/>
  <rect x="100" y="150" width="180" height="240" fill="#f2efe6"/>
  <rect x="500" y="150" width="180" height="240" fill="#f2efe6"/>
  <rect x="900" y="150" width="180" height="240" fill="#f2efe6"/>
  <rect x="300" y="500" width="160" height="330" fill="#3a3a3a"/>
  <rect y="830" width="1200" height="70" fill="#9a9a9a"/>
  <rect x="520" y="760" width="400" height="70" fill="#5b3b24"/>
  <circle cx="580" cy="730" r="55" fill="#d94f8a"/>
  <circle cx="700" cy="715" r="65" fill="#3f8a3a"/>
  <circle cx="840" cy="735" r="50" fill="#f2c12e"/>
</svg>`;

export const DEMO_PHOTOS: { ideaTitle: string; svg: string; alt: string }[] = [
  {
    ideaTitle: "Meer bankjes in het Erasmuspark",
    svg: PARK,
    alt: "Tekening van het park: een vijver, een boom en één bankje op het gras.",
  },
  {
    ideaTitle: "Geveltuintjes in de Jan Evertsenstraat",
    svg: FACADES,
    alt: "Tekening van een bakstenen gevel met een smalle geveltuin vol bloemen op de stoep.",
  },
];

export async function seedDemoPhotos(db: Executor, siteId: number, now: Date): Promise<void> {
  const sharp = createRequire(import.meta.url)("sharp") as typeof import("sharp").default;
  for (const demo of DEMO_PHOTOS) {
    const idea = await db
      .selectFrom("ideas")
      .select(["id", "author_id"])
      .where("site_id", "=", siteId)
      .where("title", "=", demo.ideaTitle)
      .executeTakeFirst();
    if (!idea) continue;
    const photo = await processPhoto(await sharp(Buffer.from(demo.svg)).png().toBuffer());
    await insertPhoto(db, IDEA_PHOTO_TABLES, idea.id, photo, demo.alt, idea.author_id, now);
  }
}
