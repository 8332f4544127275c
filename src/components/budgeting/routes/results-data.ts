// What the results page and the results API show, loaded once for both: per pool with a stored
// outcome its projects and that outcome (never recounted: store/results.ts), and the ballot counts.
import type { Executor } from "../../../core/db/database";
import { verifiedBallotCounts } from "../store/ballots";
import { listPools, projectsOf } from "../store/pools";
import { ballotProjects } from "../store/projects";
import { findPoolResults } from "../store/results";
import type { BudgetProcess } from "../store/tables";
import type { PoolResult } from "../views/results-page";

export async function loadPoolResults(
  db: Executor,
  process: BudgetProcess,
): Promise<{ parts: PoolResult[]; ballots: { total: number; verified: number } }> {
  const [pools, projects, ballots] = await Promise.all([
    listPools(db, process),
    ballotProjects(db, process.id),
    verifiedBallotCounts(db, process.id),
  ]);
  const results = await findPoolResults(db, process.id, pools);
  const parts = pools
    .filter((pool) => results.has(pool.id))
    .map((pool) => ({ pool, projects: projectsOf(pools, pool, projects), result: results.get(pool.id)! }));
  return { parts, ballots };
}
