// Pure rules for one web ballot: does this choice fit the process's ballot type? Returns the
// running total (cost or points) and every reason it is refused, as catalog keys with values.
// No I/O, so the check-button, the save and the paper entry all use exactly the same rule.
import type { BudgetProcess } from "../store/tables";

export interface BallotProject { id: number; cost: number }
export type Choice = ReadonlyMap<number, number>; // project id → points (1 for approval)

export interface BallotProblem { key: string; params: Record<string, number> }

export interface BallotCheck {
  ok: boolean;
  totalCost: number;
  pointsUsed: number;
  count: number;
  problems: BallotProblem[];
}

type Rules = Pick<BudgetProcess, "ballot_type" | "budget" | "min_projects" | "max_projects" | "points_total" | "points_per_project">;

export function checkBallot(rules: Rules, projects: readonly BallotProject[], choice: Choice): BallotCheck {
  const cost = new Map(projects.map((p) => [p.id, p.cost]));
  const problems: BallotProblem[] = [];
  let totalCost = 0;
  let pointsUsed = 0;
  let count = 0;
  for (const [id, points] of choice) {
    const c = cost.get(id);
    if (c === undefined) return refused("budgeting.ballot.errors.unknownProject", {});
    if (!Number.isSafeInteger(points) || points < 0) return refused("budgeting.ballot.errors.pointsWhole", {});
    if (points === 0) continue;
    count++;
    pointsUsed += points;
    totalCost += c;
    if (rules.ballot_type === "cumulative" && points > rules.points_per_project) {
      problems.push({ key: "budgeting.ballot.errors.tooManyPointsOne", params: { max: rules.points_per_project } });
    } else if (rules.ballot_type !== "cumulative" && points !== 1) {
      return refused("budgeting.ballot.errors.unknownProject", {});
    }
  }
  if (count === 0) problems.push({ key: "budgeting.ballot.errors.empty", params: {} });
  if (rules.ballot_type === "approval" && totalCost > rules.budget) {
    problems.push({ key: "budgeting.ballot.errors.overBudget", params: { total: totalCost, budget: rules.budget, over: totalCost - rules.budget } });
  }
  if (rules.ballot_type === "approval-minmax") {
    if (count > 0 && count < rules.min_projects) problems.push({ key: "budgeting.ballot.errors.tooFew", params: { min: rules.min_projects, count } });
    if (rules.max_projects !== null && count > rules.max_projects) problems.push({ key: "budgeting.ballot.errors.tooMany", params: { max: rules.max_projects, count } });
  }
  if (rules.ballot_type === "cumulative" && pointsUsed > rules.points_total) {
    problems.push({ key: "budgeting.ballot.errors.tooManyPoints", params: { total: rules.points_total, used: pointsUsed } });
  }
  return { ok: problems.length === 0, totalCost, pointsUsed, count, problems: dedupe(problems) };

  function refused(key: string, params: Record<string, number>): BallotCheck {
    return { ok: false, totalCost: 0, pointsUsed: 0, count: 0, problems: [{ key, params }] };
  }
}

function dedupe(problems: BallotProblem[]): BallotProblem[] {
  const seen = new Set<string>();
  return problems.filter((p) => (seen.has(p.key) ? false : (seen.add(p.key), true)));
}

/** Items to store: only projects with points, in project order (stable .pb export). */
export function ballotItems(choice: Choice): { projectId: number; points: number }[] {
  return [...choice].filter(([, points]) => points > 0).sort(([a], [b]) => a - b).map(([projectId, points]) => ({ projectId, points }));
}
