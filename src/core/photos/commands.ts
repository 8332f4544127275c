// The photo use cases: add (after the slow image work, in a short transaction that re-checks the
// maximum), change the alt text, delete. Staff working on someone else's item is audited, like
// other moderation.
import { audit } from "../audit/log";
import { conflict, notFound } from "../http/errors";
import type { Services } from "../services";
import type { ProcessedPhoto } from "./process-photo";
import { deletePhoto, insertPhoto, setAltText, TooManyPhotos, type PhotoTables } from "./store";

/** The item whose photos change, as the component's access rules loaded it. */
export interface PhotoItem {
  tables: PhotoTables;
  itemId: number;
  siteId: number;
  /** For the audit log: "idea:12", "budget_project:7". */
  subject: string;
}

export interface PhotoActor {
  userId: number;
  /** Acting as staff on someone else's item: written to the audit log. */
  audited: boolean;
}

async function auditIf(
  services: Services,
  trx: Parameters<typeof audit>[0],
  item: PhotoItem,
  actor: PhotoActor,
  action: string,
  details: Record<string, unknown>,
): Promise<void> {
  if (!actor.audited) return;
  await audit(
    trx,
    { siteId: item.siteId, actorUserId: actor.userId, action, subject: item.subject, details },
    services.clock(),
  );
}

export async function addPhoto(
  services: Services,
  item: PhotoItem,
  actor: PhotoActor,
  photo: ProcessedPhoto,
  alt: string,
): Promise<number> {
  try {
    return await services.db.kysely.transaction().execute(async (trx) => {
      const id = await insertPhoto(trx, item.tables, item.itemId, photo, alt, actor.userId, services.clock());
      await auditIf(services, trx, item, actor, "photo.added", { photoId: id });
      return id;
    });
  } catch (error) {
    if (error instanceof TooManyPhotos) throw conflict("photos.errors.tooMany");
    throw error;
  }
}

export async function changeAltText(
  services: Services,
  item: PhotoItem,
  actor: PhotoActor,
  photoId: number,
  alt: string,
): Promise<void> {
  await services.db.kysely.transaction().execute(async (trx) => {
    if (!(await setAltText(trx, item.tables, item.itemId, photoId, alt))) throw notFound();
    await auditIf(services, trx, item, actor, "photo.altChanged", { photoId });
  });
}

export async function removePhoto(services: Services, item: PhotoItem, actor: PhotoActor, photoId: number) {
  await services.db.kysely.transaction().execute(async (trx) => {
    if (!(await deletePhoto(trx, item.tables, item.itemId, photoId))) throw notFound();
    await auditIf(services, trx, item, actor, "photo.deleted", { photoId });
  });
}
