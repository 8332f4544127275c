// From stored ballots to the engine's Outcome, with the rule the admin chose for the process.
import type { Executor } from "../../../core/db/database";
import { computeOutcome } from "../domain/compute";
import type { Election, Outcome } from "../domain/types";
import { defaultUtility } from "../domain/utilities";
import { loadBallots } from "../store/ballots";
import { ballotProjects } from "../store/projects";
import { saveResult } from "../store/results";
import type { BudgetProcess, BudgetProject } from "../store/tables";

export function electionOf(
  process: BudgetProcess,
  projects: readonly BudgetProject[],
  ballots: Awaited<ReturnType<typeof loadBallots>>,
): Election {
  const externalId = new Map(projects.map((p) => [p.id, p.external_id]));
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

/** Counts the ballots and stores the outcome; run in the transaction that closes the vote. */
export async function computeAndStoreResult(trx: Executor, process: BudgetProcess, now: Date): Promise<Outcome> {
  const projects = await ballotProjects(trx, process.id);
  const ballots = await loadBallots(trx, process.id);
  const outcome = outcomeFor(process, electionOf(process, projects, ballots));
  await saveResult(trx, process.id, outcome, ballots.length, now);
  return outcome;
}
