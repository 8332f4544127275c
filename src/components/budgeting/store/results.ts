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
