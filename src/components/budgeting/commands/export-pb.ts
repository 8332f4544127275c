// A pool's ballots as a pabulib .pb file (open data). Voters are numbered 1…n: who cast which
// ballot is never in the file. Without a pool: the main pool (with one pool, the whole process, as
// before pools). In a process with several pools, META `district` names the pool's area.
import type { Services } from "../../../core/services";
import { exportPabulib, fromElection } from "../pabulib/index";
import type { BudgetProcess } from "../store/tables";
import { methodOf } from "./process-method";
import { poolElections } from "./process-results";

/** Null when the process has no such pool. */
export async function exportPb(
  services: Services,
  process: BudgetProcess,
  siteName: string,
  poolId?: number,
): Promise<string | null> {
  const db = services.db.kysely;
  const elections = await poolElections(db, process);
  const chosen = elections.find((e) => (poolId === undefined ? e.pool.main : e.pool.id === poolId));
  if (!chosen) return null;
  const { pool, election } = chosen;
  const settings = pool.settings;
  const method = methodOf(settings);
  const oneLine = (s: string) => s.replace(/[\r\n]+/g, " ");
  const meta: [string, string][] = [
    [
      "description",
      oneLine(pool.main && !pool.title ? process.title : `${process.title} – ${pool.title || pool.areaName}`),
    ],
    ["unit", oneLine(siteName)],
  ];
  if (elections.length > 1 && pool.areaName) meta.push(["district", oneLine(pool.areaName)]);
  meta.push(
    ["currency", process.currency],
    ["rule", method === "greedy" ? "greedy" : method.startsWith("mes-add1") ? "equalshares/add1" : "equalshares"],
  );
  if (settings.ballot_type === "approval-minmax") {
    meta.push(["min_length", String(settings.min_projects)]);
    if (settings.max_projects !== null) meta.push(["max_length", String(settings.max_projects)]);
  }
  if (settings.ballot_type === "cumulative")
    meta.push(["max_sum_points", String(settings.points_total)], ["max_points", String(settings.points_per_project)]);
  return exportPabulib(
    fromElection(
      election,
      election.ballots.map((_, i) => String(i + 1)),
      meta,
    ),
  );
}
