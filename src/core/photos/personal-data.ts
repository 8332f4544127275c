// Photos in "download my data" and account deletion, for any component with photos. A photo can
// show people, a house or a number plate, and cannot be anonymised: deleting an account deletes
// the photos that account uploaded (their files follow by cascade, the others close up). Photos
// someone else (staff) added to the person's item stay with the item. docs/personal-data.md.
import type { Executor } from "../db/database";
import type { ErasureRule, Person } from "../personal-data/types";
import { deletePhoto, type PhotoTables, untypedPhotoDb } from "./store";
import { photoFileUrl } from "./views";

export const photoTableRules = (t: PhotoTables): Record<string, ErasureRule> => ({
  [t.photos]: "partly removed",
  [t.files]: "partly removed",
});

const untyped = untypedPhotoDb;

interface UploadedRow {
  id: number;
  itemId: number;
  position: number;
  alt: string;
  width: number;
  hash: string;
  createdAt: string;
}

async function uploadedBy(db: Executor, t: PhotoTables, person: Person): Promise<UploadedRow[]> {
  return untyped(db)
    .selectFrom(t.photos)
    .select([
      "id",
      `${t.itemColumn} as itemId`,
      "position",
      "alt_text as alt",
      "width",
      "hash",
      "created_at as createdAt",
    ])
    .where("uploaded_by", "=", person.id)
    .orderBy("id")
    .execute();
}

/** The photos the person uploaded, with the link to the largest stored size. */
export async function exportUploadedPhotos(
  db: Executor,
  t: PhotoTables,
  person: Person,
  itemUrl: (itemId: number) => string | Promise<string>,
) {
  const photos = await uploadedBy(db, t, person);
  return Promise.all(
    photos.map(async (p) => ({
      itemId: p.itemId,
      position: p.position,
      description: p.alt,
      uploadedAt: p.createdAt,
      url: photoFileUrl(await itemUrl(p.itemId), p, String(p.width)),
    })),
  );
}

export async function eraseUploadedPhotos(trx: Executor, t: PhotoTables, person: Person): Promise<void> {
  for (const photo of await uploadedBy(trx, t, person)) await deletePhoto(trx, t, photo.itemId, photo.id);
}
