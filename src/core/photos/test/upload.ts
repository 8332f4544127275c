// Uploading through the real form in route tests, and reading back what was stored.
import type { Agent, MultipartPart } from "../../../../test/support/app";
import type { Executor } from "../../db/database";
import { type PhotoTables, untypedPhotoDb } from "../store";

export interface UploadOptions {
  bytes: Buffer;
  alt?: string;
  /** What the client claims; the server must ignore both. */
  filename?: string;
  contentType?: string;
  /** Extra parts after the file, or instead of the default order when `parts` is given. */
  parts?: MultipartPart[];
}

export function photoPart(o: UploadOptions): MultipartPart {
  return {
    name: "photo",
    file: { filename: o.filename ?? "IMG_0001.jpg", contentType: o.contentType ?? "image/jpeg", bytes: o.bytes },
  };
}

/** Posts the upload form of `photosUrl` ("/ideeen/3/fotos") as a browser does, CSRF token first. */
export function uploadPhoto(agent: Agent, photosUrl: string, o: UploadOptions) {
  const parts = o.parts ?? [photoPart(o), { name: "alt", value: o.alt ?? "Een bankje in het park" }];
  return agent.postMultipart(photosUrl, parts);
}

export interface StoredPhotoRow {
  id: number;
  position: number;
  alt_text: string;
  hash: string;
  uploaded_by: number | null;
}

export async function storedPhotos(db: Executor, t: PhotoTables, itemId: number): Promise<StoredPhotoRow[]> {
  const untyped = untypedPhotoDb(db);
  return untyped
    .selectFrom(t.photos)
    .select(["id", "position", "alt_text", "hash", "uploaded_by"])
    .where(t.itemColumn, "=", itemId)
    .orderBy("position")
    .execute();
}

export async function storedFileCount(db: Executor, t: PhotoTables): Promise<number> {
  const untyped = untypedPhotoDb(db);
  const row = await untyped
    .selectFrom(t.files)
    .select((eb) => eb.fn.countAll<number>().as("n"))
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

/** The src of every <img> in a page. */
export const imageSources = (html: string): string[] =>
  [...html.matchAll(/<img\b[^>]*\bsrc="([^"]+)"/g)].map((m) => m[1]!.replaceAll("&amp;", "&"));
