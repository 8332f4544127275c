// The computed outcome of a process, stored when voting closes (or at import), so the results
// page never reruns the counting rule and every visitor sees the same outcome.
import type { Executor } from "../../../core/db/database";
import { iso } from "../../../core/db/time";
import type { Outcome } from "../domain/types";

export interface StoredResult {
  outcome: Outcome;
  voters: number;
  computedAt: string;
}

export async function saveResult(
  db: Executor,
  processId: number,
  outcome: Outcome,
  voters: number,
  now: Date,
): Promise<void> {
  await db.deleteFrom("budget_results").where("process_id", "=", processId).execute();
  await db
    .insertInto("budget_results")
    .values({ process_id: processId, outcome: JSON.stringify(outcome), voters, computed_at: iso(now) })
    .execute();
}

export async function findResult(db: Executor, processId: number): Promise<StoredResult | null> {
  const row = await db.selectFrom("budget_results").selectAll().where("process_id", "=", processId).executeTakeFirst();
  return row ? { outcome: JSON.parse(row.outcome) as Outcome, voters: row.voters, computedAt: row.computed_at } : null;
}

/** The stored outcome of a pool other than the main one (whose outcome is the process's). */
export async function savePoolResult(
  db: Executor,
  poolId: number,
  outcome: Outcome,
  voters: number,
  now: Date,
): Promise<void> {
  await db.deleteFrom("budget_pool_results").where("pool_id", "=", poolId).execute();
  await db
    .insertInto("budget_pool_results")
    .values({ pool_id: poolId, outcome: JSON.stringify(outcome), voters, computed_at: iso(now) })
    .execute();
}

/** Outcomes per pool id; the main pool's comes from budget_results. */
export async function findPoolResults(
  db: Executor,
  processId: number,
  pools: readonly { id: number; main: boolean }[],
): Promise<Map<number, StoredResult>> {
  const out = new Map<number, StoredResult>();
  const main = pools.find((p) => p.main);
  const mainResult = await findResult(db, processId);
  if (main && mainResult) out.set(main.id, mainResult);
  const others = pools.filter((p) => !p.main).map((p) => p.id);
  if (others.length === 0) return out;
  const rows = await db.selectFrom("budget_pool_results").selectAll().where("pool_id", "in", others).execute();
  for (const row of rows)
    out.set(row.pool_id, {
      outcome: JSON.parse(row.outcome) as Outcome,
      voters: row.voters,
      computedAt: row.computed_at,
    });
  return out;
}
