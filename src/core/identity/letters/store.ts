// Letter batches and their codes. Functions take (db | trx) first; the caller owns the transaction.
import type { Executor } from "../../db/database";
import { iso } from "../../db/time";
import type { LetterBatch } from "../../db/types";

export interface NewLetterCode {
  hash: string;
  postcode: string;
  areaId: number;
}

export interface BatchSummary extends LetterBatch {
  creator_name: string | null;
  used_count: number;
}

export async function insertBatch(
  db: Executor,
  batch: { siteId: number; label: string; createdBy: number; codes: readonly NewLetterCode[] },
  now: Date,
): Promise<number> {
  const { id } = await db
    .insertInto("letter_batches")
    .values({
      site_id: batch.siteId,
      label: batch.label,
      created_by: batch.createdBy,
      created_at: iso(now),
      code_count: batch.codes.length,
    })
    .returning("id")
    .executeTakeFirstOrThrow();
  // In chunks: both databases limit the parameters of one statement.
  for (let i = 0; i < batch.codes.length; i += 500) {
    await db
      .insertInto("letter_codes")
      .values(
        batch.codes.slice(i, i + 500).map((c) => ({
          batch_id: id,
          site_id: batch.siteId,
          code_hash: c.hash,
          postcode: c.postcode,
          area_id: c.areaId,
        })),
      )
      .execute();
  }
  return id;
}

export async function listBatches(db: Executor, siteId: number): Promise<BatchSummary[]> {
  const rows = await db
    .selectFrom("letter_batches as b")
    .leftJoin("users as u", "u.id", "b.created_by")
    .selectAll("b")
    .select("u.display_name as creator_name")
    .select((eb) =>
      eb
        .selectFrom("letter_codes as c")
        .select((e) => e.fn.countAll<number>().as("n"))
        .whereRef("c.batch_id", "=", "b.id")
        .where("c.used_at", "is not", null)
        .as("used_count"),
    )
    .where("b.site_id", "=", siteId)
    .orderBy("b.created_at", "desc")
    .orderBy("b.id", "desc")
    .execute();
  return rows.map((r) => ({ ...r, used_count: Number(r.used_count ?? 0) }));
}

export async function findBatch(db: Executor, siteId: number, id: number): Promise<LetterBatch | undefined> {
  return db
    .selectFrom("letter_batches")
    .selectAll()
    .where("site_id", "=", siteId)
    .where("id", "=", id)
    .executeTakeFirst();
}

/** False when the batch was revoked already (by someone else a moment ago). */
export async function revokeBatch(db: Executor, batch: LetterBatch, by: number, now: Date): Promise<boolean> {
  const result = await db
    .updateTable("letter_batches")
    .set({ revoked_at: iso(now), revoked_by: by })
    .where("id", "=", batch.id)
    .where("site_id", "=", batch.site_id)
    .where("revoked_at", "is", null)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

export async function findCode(db: Executor, siteId: number, hash: string) {
  return db
    .selectFrom("letter_codes as c")
    .innerJoin("letter_batches as b", "b.id", "c.batch_id")
    .select(["c.id", "c.batch_id", "c.postcode", "c.area_id", "c.used_at", "b.revoked_at"])
    .where("c.site_id", "=", siteId)
    .where("c.code_hash", "=", hash)
    .executeTakeFirst();
}

/** Marks the code used by `userId`, only if nobody used it first; false when someone did. */
export async function markCodeUsed(db: Executor, codeId: number, userId: number, now: Date): Promise<boolean> {
  const result = await db
    .updateTable("letter_codes")
    .set({ used_by_user_id: userId, used_at: iso(now) })
    .where("id", "=", codeId)
    .where("used_at", "is", null)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}
