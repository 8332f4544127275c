// Voting codes, stored only as SHA-256 hashes. A code is used by one conditional update
// (used_at still null), so two requests with the same code cannot both cast a ballot.
import type { Executor } from "../../../core/db/database";
import { iso } from "../../../core/db/time";

export async function insertCodeHashes(
  db: Executor,
  processId: number,
  hashes: readonly string[],
  now: Date,
  /** The area of the addresses the letters go to (its pool opens for the code); null = none. */
  areaId: number | null = null,
): Promise<void> {
  for (let i = 0; i < hashes.length; i += 500) {
    await db
      .insertInto("budget_voting_codes")
      .values(
        hashes.slice(i, i + 500).map((code_hash) => ({
          process_id: processId,
          code_hash,
          used_at: null,
          created_at: iso(now),
          area_id: areaId,
        })),
      )
      .execute();
  }
}

/** Marks the code used if it belongs to this process and is unused; returns its id and area, else null. */
export async function useCode(
  trx: Executor,
  processId: number,
  codeHash: string,
  now: Date,
): Promise<{ id: number; areaId: number | null } | null> {
  const row = await trx
    .updateTable("budget_voting_codes")
    .set({ used_at: iso(now) })
    .where("code_hash", "=", codeHash)
    .where("process_id", "=", processId)
    .where("used_at", "is", null)
    .returning(["id", "area_id"])
    .executeTakeFirst();
  return row ? { id: row.id, areaId: row.area_id } : null;
}

export async function codeCounts(db: Executor, processId: number): Promise<{ total: number; used: number }> {
  const row = await db
    .selectFrom("budget_voting_codes")
    .select([(eb) => eb.fn.countAll<number>().as("total"), (eb) => eb.fn.count<number>("used_at").as("used")])
    .where("process_id", "=", processId)
    .executeTakeFirstOrThrow();
  return { total: Number(row.total), used: Number(row.used) };
}
