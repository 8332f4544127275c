// From stored ballots to the engine's Outcome, with the rule the admin chose for the process.
import type { Executor } from "../../../core/db/database";
import { computeOutcome } from "../domain/compute";
import type { Election, Outcome } from "../domain/types";
import { defaultUtility } from "../domain/utilities";
import { loadBallots } from "../store/ballots";
import { ballotProjects } from "../store/projects";
import { listPools, type Pool, projectsOf } from "../store/pools";
import { savePoolResult, saveResult } from "../store/results";
import type { BudgetProcess, BudgetProject } from "../store/tables";

/**
 * The election of one pool: its projects and, when the process has several pools, the ballots
 * with a choice in this pool (a voter who chose nothing here did not vote here). With one pool
 * every ballot counts, as before pools (an imported file can hold empty ballots).
 */
export function electionOf(
  process: BudgetProcess,
  projects: readonly BudgetProject[],
  allBallots: Awaited<ReturnType<typeof loadBallots>>,
  onlyBallotsWithChoice = false,
): Election {
  const externalId = new Map(projects.map((p) => [p.id, p.external_id]));
  const ballots = onlyBallotsWithChoice
    ? allBallots.filter((b) => b.items.some((i) => externalId.has(i.projectId)))
    : allBallots;
  const cumulative = process.ballot_type === "cumulative";
  return {
    kind: cumulative ? "cumulative" : "approval",
    budget: process.budget,
    projects: projects.map((p) => ({ id: p.external_id, cost: p.cost ?? 0, name: p.title })),
    ballots: ballots.map((b) => {
      const items = b.items.filter((i) => externalId.has(i.projectId));
      const ids = items.map((i) => externalId.get(i.projectId)!);
      return cumulative ? { projects: ids, points: items.map((i) => i.points) } : { projects: ids };
    }),
  };
}

export function outcomeFor(process: BudgetProcess, election: Election): Outcome {
  const eligibility = process.min_votes ? { minVotes: process.min_votes } : {};
  const tieBreak = process.tie_break;
  if (process.rule === "greedy") return computeOutcome(election, { rule: "greedy", tieBreak, eligibility });
  return computeOutcome(election, {
    rule: "mes",
    utility: defaultUtility(election.kind),
    completion: process.completion,
    add1Stop: process.add1_stop,
    tieBreak,
    eligibility,
  });
}

/** The election of each pool, main pool first (results, .pb export per pool). */
export async function poolElections(
  trx: Executor,
  process: BudgetProcess,
): Promise<{ pool: Pool; projects: BudgetProject[]; election: Election }[]> {
  const [pools, projects, ballots] = await Promise.all([
    listPools(trx, process),
    ballotProjects(trx, process.id),
    loadBallots(trx, process.id),
  ]);
  return pools.map((pool) => {
    const own = projectsOf(pools, pool, projects);
    return { pool, projects: own, election: electionOf(pool.settings, own, ballots, pools.length > 1) };
  });
}

/**
 * Counts the ballots of every pool with its own rule and stores the outcomes; run in the
 * transaction that closes the vote. Returns the main pool's outcome.
 */
export async function computeAndStoreResult(trx: Executor, process: BudgetProcess, now: Date): Promise<Outcome> {
  let main: Outcome | null = null;
  for (const { pool, election } of await poolElections(trx, process)) {
    const outcome = outcomeFor(pool.settings, election);
    if (pool.main) {
      main = outcome;
      await saveResult(trx, process.id, outcome, election.ballots.length, now);
    } else await savePoolResult(trx, pool.id, outcome, election.ballots.length, now);
  }
  return main!;
}
