// Storing a process's time plan, finding the boundaries that are due, and claiming one: a
// conditional update (handled_at still null) that only one worker's transaction can win.
import type { Executor } from "../../../core/db/database";
import { iso } from "../../../core/db/time";
import { BOUNDARIES, type Boundary, boundaryAt, type Plan, type Windows } from "./rules";
import type { BudgetWindowsRow } from "./tables";
import "./tables";

const COLUMN = {
  proposalsOpen: ["proposals_open_at", "proposals_open_handled_at"],
  proposalsClose: ["proposals_close_at", "proposals_close_handled_at"],
  votingOpen: ["voting_open_at", "voting_open_handled_at"],
  votingClose: ["voting_close_at", "voting_close_handled_at"],
} as const satisfies Record<Boundary, readonly [keyof BudgetWindowsRow, keyof BudgetWindowsRow]>;

export function planOf(row: BudgetWindowsRow): Plan {
  return {
    proposalsOpenAt: row.proposals_open_at,
    proposalsCloseAt: row.proposals_close_at,
    votingOpenAt: row.voting_open_at,
    votingCloseAt: row.voting_close_at,
    handled: {
      proposalsOpen: row.proposals_open_handled_at,
      proposalsClose: row.proposals_close_handled_at,
      votingOpen: row.voting_open_handled_at,
      votingClose: row.voting_close_handled_at,
    },
  };
}

export async function findPlan(db: Executor, processId: number): Promise<Plan | null> {
  const row = await db.selectFrom("budget_windows").selectAll().where("process_id", "=", processId).executeTakeFirst();
  return row ? planOf(row) : null;
}

/**
 * Saves the windows. A boundary whose time changed is handled afresh at its new time (its handled
 * mark is cleared); an unchanged one keeps its mark, so saving the form twice changes nothing.
 */
export async function savePlan(db: Executor, processId: number, w: Windows, now: Date): Promise<void> {
  const before = await findPlan(db, processId);
  const row: Record<string, string | null> = { updated_at: iso(now) };
  for (const b of BOUNDARIES) {
    const [at, handled] = COLUMN[b];
    row[at] = boundaryAt(w, b);
    row[handled] = before && boundaryAt(before, b) === boundaryAt(w, b) ? before.handled[b] : null;
  }
  if (before) await db.updateTable("budget_windows").set(row).where("process_id", "=", processId).execute();
  else
    await db
      .insertInto("budget_windows")
      .values({ ...(row as Omit<BudgetWindowsRow, "process_id">), process_id: processId })
      .execute();
}

/** Processes with at least one boundary that is due and not handled, oldest process first. */
export async function dueProcessIds(db: Executor, now: Date): Promise<number[]> {
  const at = iso(now);
  const rows = await db
    .selectFrom("budget_windows")
    .select("process_id")
    .where((eb) => eb.or(BOUNDARIES.map((b) => eb.and([eb(COLUMN[b][0], "<=", at), eb(COLUMN[b][1], "is", null)]))))
    .orderBy("process_id")
    .execute();
  return rows.map((r) => r.process_id);
}

/** Marks the boundary handled, if nobody did yet; true for the one transaction that did. */
export async function claimBoundary(db: Executor, processId: number, b: Boundary, now: Date): Promise<boolean> {
  const [at, handled] = COLUMN[b];
  const result = await db
    .updateTable("budget_windows")
    .set({ [handled]: iso(now) })
    .where("process_id", "=", processId)
    .where(handled, "is", null)
    .where(at, "<=", iso(now))
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}
