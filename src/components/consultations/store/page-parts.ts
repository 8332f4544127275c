// What the public consultation page shows besides the consultation itself: its links to other
// parts of the site, documents, updates and followers. Functions take (db | trx) first.
import type { Executor } from "../../../core/db/database";
import { iso } from "../../../core/db/time";
import "./page-tables";
import "./tables";

/** Published consultations of the site, for residents. */
export function publishedConsultations(db: Executor, siteId: number) {
  return db
    .selectFrom("consultations")
    .selectAll()
    .where("site_id", "=", siteId)
    .where("published", "=", 1)
    .orderBy("id", "desc")
    .execute();
}

/** All phases of the given consultations, for the list's "open now" and current phase. */
export function phasesOf(db: Executor, consultationIds: number[]) {
  if (consultationIds.length === 0) return Promise.resolve([]);
  return db
    .selectFrom("consultation_phases")
    .select(["consultation_id", "name", "starts_on", "ends_on"])
    .where("consultation_id", "in", consultationIds)
    .orderBy("consultation_id")
    .orderBy("position")
    .execute();
}

export function linksOf(db: Executor, consultationId: number) {
  return db
    .selectFrom("consultation_links")
    .select(["kind", "target_id"])
    .where("consultation_id", "=", consultationId)
    .orderBy("kind")
    .orderBy("target_id")
    .execute();
}

export async function replaceLinks(
  trx: Executor,
  consultationId: number,
  links: readonly { kind: string; targetId: number }[],
): Promise<void> {
  await trx.deleteFrom("consultation_links").where("consultation_id", "=", consultationId).execute();
  if (links.length)
    await trx
      .insertInto("consultation_links")
      .values(links.map((l) => ({ consultation_id: consultationId, kind: l.kind, target_id: l.targetId })))
      .execute();
}

/** Documents without their bytes, for lists. */
export function documentsOf(db: Executor, consultationId: number) {
  return db
    .selectFrom("consultation_documents")
    .select(["id", "name", "kind", "size", "uploaded_at"])
    .where("consultation_id", "=", consultationId)
    .orderBy("id")
    .execute();
}

export function getDocument(db: Executor, consultationId: number, id: number) {
  return db
    .selectFrom("consultation_documents")
    .selectAll()
    .where("consultation_id", "=", consultationId)
    .where("id", "=", id)
    .executeTakeFirst();
}

export async function addDocument(
  trx: Executor,
  consultationId: number,
  doc: { name: string; kind: "pdf" | "image"; bytes: Buffer },
  now: Date,
): Promise<number> {
  const { id } = await trx
    .insertInto("consultation_documents")
    .values({
      consultation_id: consultationId,
      name: doc.name,
      kind: doc.kind,
      bytes: doc.bytes,
      size: doc.bytes.length,
      uploaded_at: iso(now),
    })
    .returning("id")
    .executeTakeFirstOrThrow();
  return id;
}

export async function removeDocument(trx: Executor, consultationId: number, id: number): Promise<boolean> {
  const result = await trx
    .deleteFrom("consultation_documents")
    .where("consultation_id", "=", consultationId)
    .where("id", "=", id)
    .executeTakeFirst();
  return Number(result.numDeletedRows) > 0;
}

export function updatesOf(db: Executor, consultationId: number) {
  return db
    .selectFrom("consultation_updates")
    .selectAll()
    .where("consultation_id", "=", consultationId)
    .orderBy("id", "desc")
    .execute();
}

export async function addUpdate(
  trx: Executor,
  consultationId: number,
  update: { title: string; body: string; authorUserId: number | null },
  now: Date,
): Promise<number> {
  const { id } = await trx
    .insertInto("consultation_updates")
    .values({
      consultation_id: consultationId,
      title: update.title,
      body: update.body,
      author_user_id: update.authorUserId,
      created_at: iso(now),
    })
    .returning("id")
    .executeTakeFirstOrThrow();
  return id;
}

export async function isFollowing(db: Executor, consultationId: number, userId: number): Promise<boolean> {
  const row = await db
    .selectFrom("consultation_follows")
    .select("user_id")
    .where("consultation_id", "=", consultationId)
    .where("user_id", "=", userId)
    .executeTakeFirst();
  return row !== undefined;
}

/** Follow (idempotent) or stop following. */
export async function setFollowing(trx: Executor, consultationId: number, userId: number, on: boolean, now: Date) {
  if (on)
    await trx
      .insertInto("consultation_follows")
      .values({ consultation_id: consultationId, user_id: userId, created_at: iso(now) })
      .onConflict((oc) => oc.columns(["consultation_id", "user_id"]).doNothing())
      .execute();
  else
    await trx
      .deleteFrom("consultation_follows")
      .where("consultation_id", "=", consultationId)
      .where("user_id", "=", userId)
      .execute();
}
