// Photos in the database, for any component that has them. Each component owns two tables with
// the columns below (ideas: idea_photos and idea_photo_files, with idea_id as the item column), so
// a photo row references its item with a foreign key and goes when the item goes. These functions
// get the names and are the only SQL on photo tables.
import type { Generated, Kysely } from "kysely";
import type { Executor } from "../db/database";
import { iso } from "../db/time";
import { isUniqueViolation } from "../sites/constraint-errors";
import type { ProcessedPhoto } from "./process-photo";
import { MAX_PHOTOS_PER_ITEM } from "./rules";

/** The columns a component's photos table has besides its item column. */
export interface PhotosTableColumns {
  id: Generated<number>;
  position: number;
  alt_text: string;
  width: number;
  height: number;
  hash: string;
  uploaded_by: number | null;
  created_at: string;
}

export interface PhotoFilesTableColumns {
  photo_id: number;
  variant: string;
  width: number;
  height: number;
  bytes: Buffer;
}

export interface PhotoTables {
  photos: string;
  files: string;
  /** The column of `photos` that references the item (idea_id, project_id). */
  itemColumn: string;
}

export interface PhotoRef {
  id: number;
  itemId: number;
  position: number;
  alt: string;
  width: number;
  height: number;
  hash: string;
}

export interface PhotoInfo extends PhotoRef {
  files: { variant: string; width: number; height: number }[];
}

/** Refused because the item already has the maximum number of photos. */
export class TooManyPhotos extends Error {}

/** The table names are data here (PhotoTables), so queries on them are untyped: only through this. */
// biome-ignore lint/suspicious/noExplicitAny: the tables are named by the component at run time
export const untypedPhotoDb = (db: Executor) => db as unknown as Kysely<any>;
const untyped = untypedPhotoDb;

function refColumns(t: PhotoTables) {
  return ["id", `${t.itemColumn} as itemId`, "position", "alt_text as alt", "width", "height", "hash"] as const;
}

export async function listPhotos(db: Executor, t: PhotoTables, itemId: number): Promise<PhotoInfo[]> {
  const photos: PhotoRef[] = await untyped(db)
    .selectFrom(t.photos)
    .select(refColumns(t))
    .where(t.itemColumn, "=", itemId)
    .orderBy("position")
    .execute();
  if (photos.length === 0) return [];
  const files: { photo_id: number; variant: string; width: number; height: number }[] = await untyped(db)
    .selectFrom(t.files)
    .select(["photo_id", "variant", "width", "height"])
    .where(
      "photo_id",
      "in",
      photos.map((p) => p.id),
    )
    .orderBy("width")
    .execute();
  return photos.map((p) => ({ ...p, files: files.filter((f) => f.photo_id === p.id) }));
}

/** The first photo of each item that has one (for thumbnails in a list): one query for a page. */
export async function firstPhotos(db: Executor, t: PhotoTables, itemIds: number[]): Promise<Map<number, PhotoRef>> {
  if (itemIds.length === 0) return new Map();
  const rows: PhotoRef[] = await untyped(db)
    .selectFrom(t.photos)
    .select(refColumns(t))
    .where(t.itemColumn, "in", itemIds)
    .where("position", "=", 1)
    .execute();
  return new Map(rows.map((r) => [r.itemId, r]));
}

export async function countPhotos(db: Executor, t: PhotoTables, itemId: number): Promise<number> {
  const row = await untyped(db)
    .selectFrom(t.photos)
    .select((eb) => eb.fn.countAll<number>().as("n"))
    .where(t.itemColumn, "=", itemId)
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

/** Adds a photo after the others. Call inside a transaction; throws TooManyPhotos when full. */
export async function insertPhoto(
  trx: Executor,
  t: PhotoTables,
  itemId: number,
  photo: ProcessedPhoto,
  alt: string,
  uploadedBy: number,
  now: Date,
): Promise<number> {
  const position = (await countPhotos(trx, t, itemId)) + 1;
  if (position > MAX_PHOTOS_PER_ITEM) throw new TooManyPhotos();
  let id: number;
  try {
    const row = await untyped(trx)
      .insertInto(t.photos)
      .values({
        [t.itemColumn]: itemId,
        position,
        alt_text: alt,
        width: photo.width,
        height: photo.height,
        hash: photo.hash,
        uploaded_by: uploadedBy,
        created_at: iso(now),
      })
      .returning("id")
      .executeTakeFirstOrThrow();
    id = Number(row.id);
  } catch (error) {
    // Another upload took the same place a moment earlier (the unique position constraint).
    if (isUniqueViolation(error)) throw new TooManyPhotos();
    throw error;
  }
  await untyped(trx)
    .insertInto(t.files)
    .values(
      photo.files.map((f) => ({ photo_id: id, variant: f.variant, width: f.width, height: f.height, bytes: f.bytes })),
    )
    .execute();
  return id;
}

export async function setAltText(
  db: Executor,
  t: PhotoTables,
  itemId: number,
  photoId: number,
  alt: string,
): Promise<boolean> {
  const result = await untyped(db)
    .updateTable(t.photos)
    .set({ alt_text: alt })
    .where("id", "=", photoId)
    .where(t.itemColumn, "=", itemId)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) > 0;
}

/** Deletes a photo (its files go with it) and closes the gap, so the order stays 1, 2, 3… */
export async function deletePhoto(trx: Executor, t: PhotoTables, itemId: number, photoId: number): Promise<boolean> {
  const gone = await untyped(trx)
    .deleteFrom(t.photos)
    .where("id", "=", photoId)
    .where(t.itemColumn, "=", itemId)
    .returning("position")
    .executeTakeFirst();
  if (!gone) return false;
  const after: { id: number }[] = await untyped(trx)
    .selectFrom(t.photos)
    .select("id")
    .where(t.itemColumn, "=", itemId)
    .where("position", ">", gone.position)
    .orderBy("position")
    .execute();
  // One row at a time, lowest first: each moves into a place that is already free.
  for (const row of after)
    await untyped(trx)
      .updateTable(t.photos)
      .set((eb) => ({ position: eb("position", "-", 1) }))
      .where("id", "=", row.id)
      .execute();
  return true;
}

/**
 * One stored file of a photo of this item, or undefined (wrong item, photo, hash or size). Without
 * `withBytes` only whether it exists (an empty buffer), for a revalidation that needs no bytes.
 */
export async function readPhotoFile(
  db: Executor,
  t: PhotoTables,
  itemId: number,
  photoId: number,
  hash: string,
  variant: string,
  withBytes = true,
): Promise<Buffer | undefined> {
  const row = await untyped(db)
    .selectFrom(`${t.files} as f`)
    .innerJoin(`${t.photos} as p`, "p.id", "f.photo_id")
    .select(withBytes ? "f.bytes" : "f.width")
    .where("p.id", "=", photoId)
    .where(`p.${t.itemColumn}`, "=", itemId)
    .where("p.hash", "=", hash)
    .where("f.variant", "=", variant)
    .executeTakeFirst();
  if (!row) return undefined;
  if (!withBytes) return Buffer.alloc(0);
  return Buffer.isBuffer(row.bytes) ? row.bytes : Buffer.from(row.bytes as Uint8Array);
}
