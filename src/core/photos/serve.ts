// Sending one stored photo file. Its URL holds the photo's content hash, so the bytes behind a
// URL never change: browsers keep it a year. Shared caches (a proxy or CDN) keep it ten minutes
// and then ask again (a cheap 304 thanks to the ETag), so a photo hidden by moderation stops being
// served within ten minutes there too. Photos only some may see (a draft, a hidden idea) are
// private: no shared cache stores them, and the browser checks each time.
import type { FastifyReply, FastifyRequest } from "fastify";
import type { Executor } from "../db/database";
import { notFound } from "../http/errors";
import { readPhotoFile, type PhotoTables } from "./store";

export const PUBLIC_PHOTO_CACHE = "public, max-age=31536000, s-maxage=600, immutable";
export const PRIVATE_PHOTO_CACHE = "private, no-cache";

export async function sendPhotoFile(
  request: FastifyRequest,
  reply: FastifyReply,
  f: {
    db: Executor;
    tables: PhotoTables;
    itemId: number;
    photoId: number;
    hash: string;
    variant: string;
    isPublic: boolean;
  },
): Promise<FastifyReply> {
  const etag = `"${f.hash}-${f.variant}"`;
  const revalidating = request.headers["if-none-match"] === etag;
  // A revalidation still checks that the file exists: a deleted photo is not confirmed as current.
  const bytes = await readPhotoFile(f.db, f.tables, f.itemId, f.photoId, f.hash, f.variant, !revalidating);
  if (!bytes) throw notFound();
  reply
    .header("Cache-Control", f.isPublic ? PUBLIC_PHOTO_CACHE : PRIVATE_PHOTO_CACHE)
    .header("ETag", etag)
    .header("X-Content-Type-Options", "nosniff");
  if (revalidating) return reply.status(304).send();
  return reply.type("image/webp").send(bytes);
}
