// Staff changes to pools (docs/budgeting.md, "Pools"): adding a pool for an area, its budget, rule
// and ballot limits, and which pool and category each project has. Only before the vote opens
// (poolsEditable): a ballot already cast was checked against the pools as they were.
import { audit } from "../../../core/audit/log";
import { conflict } from "../../../core/http/errors";
import type { Services } from "../../../core/services";
import type { BallotLimits } from "../domain/ballot-limits";
import { editable, type ProcessPhase } from "../domain/process-rules";
import { assignProjects, insertPool, type Pool, type PoolSettings, saveLimits, updatePool } from "../store/pools";
import type { BudgetProcess } from "../store/tables";

/** Pools, limits and assignments change only in the proposal and review phases, never for imports. */
export const poolsEditable = (p: ProcessPhase): boolean =>
  editable(p) && (p.phase === "submit" || p.phase === "review");

function assertEditable(process: BudgetProcess): void {
  if (!poolsEditable(process)) throw conflict("budgeting.pools.errors.locked");
}

export async function createPool(
  services: Services,
  process: BudgetProcess,
  settings: PoolSettings,
  limits: BallotLimits,
  actorUserId: number,
): Promise<number> {
  assertEditable(process);
  const now = services.clock();
  return services.db.kysely.transaction().execute(async (trx) => {
    const poolId = await insertPool(trx, process.id, settings, now);
    await saveLimits(trx, process.id, poolId, limits);
    await audit(
      trx,
      {
        siteId: process.site_id,
        actorUserId,
        action: "budgeting.pool.created",
        subject: `budget_process:${process.id}`,
        details: { pool: poolId },
      },
      now,
    );
    return poolId;
  });
}

export async function changePool(
  services: Services,
  process: BudgetProcess,
  pool: Pool,
  settings: PoolSettings,
  limits: BallotLimits,
  actorUserId: number,
): Promise<void> {
  assertEditable(process);
  const now = services.clock();
  await services.db.kysely.transaction().execute(async (trx) => {
    await updatePool(trx, process.id, pool, settings);
    await saveLimits(trx, process.id, pool.id, limits);
    await audit(
      trx,
      {
        siteId: process.site_id,
        actorUserId,
        action: "budgeting.pool.updated",
        subject: `budget_process:${process.id}`,
        details: { pool: pool.id },
      },
      now,
    );
  });
}

export async function assignProjectsCommand(
  services: Services,
  process: BudgetProcess,
  assignments: readonly { projectId: number; poolId: number | null; category: string }[],
  actorUserId: number,
): Promise<void> {
  assertEditable(process);
  const now = services.clock();
  await services.db.kysely.transaction().execute(async (trx) => {
    await assignProjects(trx, process.id, assignments);
    await audit(
      trx,
      {
        siteId: process.site_id,
        actorUserId,
        action: "budgeting.pool.assigned",
        subject: `budget_process:${process.id}`,
        details: { count: assignments.length },
      },
      now,
    );
  });
}
