// Implementation updates: what happened with the winning projects after the vote.
import type { Executor } from "../../../core/db/database";
import { iso } from "../../../core/db/time";
import type { BudgetUpdate } from "./tables";

export async function insertUpdate(
  db: Executor,
  processId: number,
  u: { projectId: number | null; body: string; authorId: number },
  now: Date,
): Promise<void> {
  await db
    .insertInto("budget_updates")
    .values({
      process_id: processId,
      project_id: u.projectId,
      body: u.body,
      author_id: u.authorId,
      created_at: iso(now),
    })
    .execute();
}

export async function listUpdates(db: Executor, processId: number): Promise<BudgetUpdate[]> {
  return db
    .selectFrom("budget_updates")
    .selectAll()
    .where("process_id", "=", processId)
    .orderBy("id", "desc")
    .execute();
}
