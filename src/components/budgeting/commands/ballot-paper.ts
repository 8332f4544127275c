// The ballot paper of a process: its pools (main pool first), the projects on the ballot, and the
// pools this voter may vote in. Routes render it, the cast commands check a choice against it, so
// the page and the save agree (domain/pool-ballot.ts).
import type { Executor } from "../../../core/db/database";
import type { Choice } from "../domain/ballot-rules";
import { checkPoolBallot, type PoolBallotCheck } from "../domain/pool-ballot";
import { listPools, type Pool, poolOf, poolRules } from "../store/pools";
import { ballotProjects } from "../store/projects";
import type { BudgetProcess, BudgetProject } from "../store/tables";

export interface BallotPaper {
  pools: Pool[];
  projects: BudgetProject[];
  /** Ids of the pools this voter may vote in. */
  allowed: ReadonlySet<number>;
}

export async function loadPaper(
  trx: Executor,
  process: BudgetProcess,
  allowed: (pool: Pool) => boolean = () => true,
): Promise<BallotPaper> {
  const [pools, projects] = await Promise.all([listPools(trx, process), ballotProjects(trx, process.id)]);
  return { pools, projects, allowed: new Set(pools.filter(allowed).map((p) => p.id)) };
}

export function checkPaper(paper: BallotPaper, choice: Choice): PoolBallotCheck {
  return checkPoolBallot(
    paper.pools.map((pool) => ({ id: pool.id, rules: poolRules(pool), allowed: paper.allowed.has(pool.id) })),
    paper.projects.map((p) => ({ id: p.id, cost: p.cost, category: p.category, poolId: poolOf(paper.pools, p).id })),
    choice,
  );
}

/** The same paper with other pools allowed (a voting code's area is known only when it is used). */
export const withAllowed = (paper: BallotPaper, allowed: (pool: Pool) => boolean): BallotPaper => ({
  ...paper,
  allowed: new Set(paper.pools.filter(allowed).map((p) => p.id)),
});

/** Pools the code of an address in `areaId` votes in: the main pool and the pool of that area. */
export const codeAllows = (areaId: number | null) => (pool: Pool) =>
  pool.main || (areaId !== null && pool.areaId === areaId);
