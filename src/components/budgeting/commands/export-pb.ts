// A process's ballots as a pabulib .pb file (open data). Voters are numbered 1…n: who cast which
// ballot is never in the file.
import type { Services } from "../../../core/services";
import { exportPabulib, fromElection } from "../pabulib/index";
import { loadBallots } from "../store/ballots";
import { ballotProjects } from "../store/projects";
import type { BudgetProcess } from "../store/tables";
import { methodOf } from "./process-method";
import { electionOf } from "./process-results";

export async function exportPb(services: Services, process: BudgetProcess, siteName: string): Promise<string> {
  const db = services.db.kysely;
  const projects = await ballotProjects(db, process.id);
  const ballots = await loadBallots(db, process.id);
  const election = electionOf(process, projects, ballots);
  const method = methodOf(process);
  const meta: [string, string][] = [
    ["description", process.title.replace(/[\r\n]+/g, " ")],
    ["unit", siteName.replace(/[\r\n]+/g, " ")],
    ["currency", process.currency],
    ["rule", method === "greedy" ? "greedy" : method.startsWith("mes-add1") ? "equalshares/add1" : "equalshares"],
  ];
  if (process.ballot_type === "approval-minmax") {
    meta.push(["min_length", String(process.min_projects)]);
    if (process.max_projects !== null) meta.push(["max_length", String(process.max_projects)]);
  }
  if (process.ballot_type === "cumulative")
    meta.push(["max_sum_points", String(process.points_total)], ["max_points", String(process.points_per_project)]);
  return exportPabulib(
    fromElection(
      election,
      ballots.map((_, i) => String(i + 1)),
      meta,
    ),
  );
}
