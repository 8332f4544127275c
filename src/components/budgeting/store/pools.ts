// Pools of a process (docs/budgeting.md, "Pools"): the main pool, whose budget and rule are the
// process's own columns, and pools per area with their own. Each pool has ballot limits and
// category limits. Always read through the process (already loaded with its site), so a pool of
// another site or process is never found.
import type { Executor } from "../../../core/db/database";
import { iso } from "../../../core/db/time";
import type { BallotLimits, CategoryLimit } from "../domain/ballot-limits";
import type { Rules } from "../domain/ballot-rules";
import type { BudgetPoolRow, BudgetProcess, BudgetProject } from "./tables";

export interface Pool {
  id: number;
  main: boolean;
  /** Set by staff; "" = named after its area (or "whole city" for a main pool without one). */
  title: string;
  /** The area whose residents vote here; for the main pool the process's area (null = whole site). */
  areaId: number | null;
  areaName: string | null;
  /** The process with this pool's budget and rule: what ballots, counting and pages read. */
  settings: BudgetProcess;
  limits: BallotLimits;
}

/** The pool's ballot rules, limits included, for checkBallot. */
export const poolRules = (pool: Pool): Rules => ({ ...pool.settings, limits: pool.limits });

export interface PoolSettings {
  title: string;
  areaId: number | null;
  budget: number;
  ballotType: BudgetProcess["ballot_type"];
  minProjects: number;
  maxProjects: number | null;
  pointsTotal: number;
  pointsPerProject: number;
  rule: BudgetProcess["rule"];
  completion: BudgetProcess["completion"];
  add1Stop: BudgetProcess["add1_stop"];
  tieBreak: BudgetProcess["tie_break"];
  minVotes: number | null;
}

function settingsOfPool(process: BudgetProcess, row: BudgetPoolRow): BudgetProcess {
  if (row.main === 1) return process;
  return {
    ...process,
    area_id: row.area_id,
    budget: row.budget ?? 0,
    ballot_type: row.ballot_type ?? "approval",
    min_projects: row.min_projects ?? 0,
    max_projects: row.max_projects,
    points_total: row.points_total ?? 10,
    points_per_project: row.points_per_project ?? 3,
    rule: row.rule ?? "mes",
    completion: row.completion ?? "add1",
    add1_stop: row.add1_stop ?? "exhaustive",
    tie_break: row.tie_break ?? "votes",
    min_votes: row.min_votes,
  };
}

export async function insertMainPool(db: Executor, processId: number, now: Date): Promise<void> {
  await db
    .insertInto("budget_pools")
    .values({ process_id: processId, main: 1, title: "", created_at: iso(now) })
    .execute();
}

/** The process's pools, main pool first, then by area name; each with its limits. */
export async function listPools(db: Executor, process: BudgetProcess): Promise<Pool[]> {
  let rows = await db
    .selectFrom("budget_pools")
    .selectAll()
    .where("process_id", "=", process.id)
    .orderBy("id")
    .execute();
  if (!rows.some((r) => r.main === 1)) {
    // A process made before pools, or by a path that did not add one: its main pool now.
    await insertMainPool(db, process.id, new Date(process.created_at));
    rows = await db.selectFrom("budget_pools").selectAll().where("process_id", "=", process.id).orderBy("id").execute();
  }
  const areaIds = [...new Set([process.area_id, ...rows.map((r) => r.area_id)].filter((id) => id !== null))];
  const areas =
    areaIds.length === 0
      ? []
      : await db
          .selectFrom("areas")
          .select(["id", "name"])
          .where("site_id", "=", process.site_id)
          .where("id", "in", areaIds)
          .execute();
  const areaName = new Map(areas.map((a) => [a.id, a.name]));
  const limits = await db
    .selectFrom("budget_pool_category_limits")
    .selectAll()
    .where(
      "pool_id",
      "in",
      rows.map((r) => r.id),
    )
    .orderBy("category")
    .execute();
  const pools = rows.map((row): Pool => {
    const areaId = row.main === 1 ? process.area_id : row.area_id;
    return {
      id: row.id,
      main: row.main === 1,
      title: row.title,
      areaId,
      areaName: areaId === null ? null : (areaName.get(areaId) ?? null),
      settings: settingsOfPool(process, row),
      limits: {
        minProjects: row.limit_min_projects,
        maxProjects: row.limit_max_projects,
        minCost: row.limit_min_cost,
        maxCost: row.limit_max_cost,
        categories: limits
          .filter((l) => l.pool_id === row.id)
          .map((l): CategoryLimit => ({ category: l.category, maxProjects: l.max_projects })),
      },
    };
  });
  return [pools.find((p) => p.main)!, ...pools.filter((p) => !p.main).sort(byName)];
}

const byName = (a: Pool, b: Pool) => (a.title || a.areaName || "").localeCompare(b.title || b.areaName || "", "nl");

/** The pool a project belongs to (no pool = the main pool). */
export function poolOf(pools: readonly Pool[], project: Pick<BudgetProject, "pool_id">): Pool {
  return pools.find((p) => p.id === project.pool_id) ?? pools.find((p) => p.main)!;
}

export function projectsOf<P extends Pick<BudgetProject, "pool_id">>(
  pools: readonly Pool[],
  pool: Pool,
  projects: readonly P[],
): P[] {
  return projects.filter((p) => poolOf(pools, p).id === pool.id);
}

function poolColumns(s: PoolSettings) {
  return {
    title: s.title,
    area_id: s.areaId,
    budget: s.budget,
    ballot_type: s.ballotType,
    min_projects: s.minProjects,
    max_projects: s.maxProjects,
    points_total: s.pointsTotal,
    points_per_project: s.pointsPerProject,
    rule: s.rule,
    completion: s.completion,
    add1_stop: s.add1Stop,
    tie_break: s.tieBreak,
    min_votes: s.minVotes,
  };
}

export async function insertPool(db: Executor, processId: number, s: PoolSettings, now: Date): Promise<number> {
  const row = await db
    .insertInto("budget_pools")
    .values({ process_id: processId, main: 0, ...poolColumns(s), created_at: iso(now) })
    .returning("id")
    .executeTakeFirstOrThrow();
  return row.id;
}

/** The main pool only takes a title here: its budget and rule are the process's settings. */
export async function updatePool(db: Executor, processId: number, pool: Pool, s: PoolSettings): Promise<void> {
  await db
    .updateTable("budget_pools")
    .set(pool.main ? { title: s.title } : poolColumns(s))
    .where("id", "=", pool.id)
    .where("process_id", "=", processId)
    .execute();
}

export async function saveLimits(db: Executor, processId: number, poolId: number, limits: BallotLimits): Promise<void> {
  await db
    .updateTable("budget_pools")
    .set({
      limit_min_projects: limits.minProjects,
      limit_max_projects: limits.maxProjects,
      limit_min_cost: limits.minCost,
      limit_max_cost: limits.maxCost,
    })
    .where("id", "=", poolId)
    .where("process_id", "=", processId)
    .execute();
  await db.deleteFrom("budget_pool_category_limits").where("pool_id", "=", poolId).execute();
  if (limits.categories.length > 0)
    await db
      .insertInto("budget_pool_category_limits")
      .values(limits.categories.map((c) => ({ pool_id: poolId, category: c.category, max_projects: c.maxProjects })))
      .execute();
}

/** Puts projects in pools (null = main pool) with their categories; only projects of this process. */
export async function assignProjects(
  db: Executor,
  processId: number,
  assignments: readonly { projectId: number; poolId: number | null; category: string }[],
): Promise<void> {
  for (const a of assignments)
    await db
      .updateTable("budget_projects")
      .set({ pool_id: a.poolId, category: a.category })
      .where("id", "=", a.projectId)
      .where("process_id", "=", processId)
      .execute();
}

/** How a pool is called on pages: its title, else its area, else the whole site. */
export function poolName(t: (key: string) => string, pool: Pick<Pool, "title" | "areaName">): string {
  return pool.title || pool.areaName || t("budgeting.pools.wholeSite");
}

/** The areas that have a pool of their own (for voting codes sent to their addresses). */
export async function poolAreasOf(db: Executor, process: BudgetProcess): Promise<{ id: number; name: string }[]> {
  return (await listPools(db, process))
    .filter((p) => !p.main && p.areaId !== null)
    .map((p) => ({ id: p.areaId!, name: p.areaName ?? "" }));
}
