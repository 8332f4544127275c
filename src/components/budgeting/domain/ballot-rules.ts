// One web ballot against the process's ballot type: the running total (cost, points or count)
// and, if refused, why — as catalog keys with values. The rule itself is the engine's
// validateBallot; this adapts the process settings to it and its answer to the pages. Pure, so
// the check button, the save and the paper entry all use exactly the same rule.
import { type BallotLimits, limitProblems } from "./ballot-limits";
import { validateBallot, type BallotCheck as EngineCheck, type BallotRules } from "./validate-ballot";

export type BallotType = "approval" | "approval-minmax" | "cumulative";
export const BALLOT_TYPES: readonly BallotType[] = ["approval", "approval-minmax", "cumulative"];

/** A project on the ballot. Only projects with a cost get there; an unknown cost counts as 0. */
export interface BallotProject {
  id: number;
  cost: number | null;
  /** For category limits (ballot-limits.ts); "" = none. */
  category?: string;
}
export type Choice = ReadonlyMap<number, number>; // project id → points (1 for approval)

export interface BallotProblem {
  key: string;
  params: Record<string, number | string>;
}

export interface BallotCheck {
  ok: boolean;
  totalCost: number;
  pointsUsed: number;
  count: number;
  problems: BallotProblem[];
}

/** The ballot settings of a process (its columns, so a loaded process is passed as it is). */
export interface Rules {
  ballot_type: BallotType;
  budget: number;
  min_projects: number;
  max_projects: number | null;
  points_total: number;
  points_per_project: number;
  /** A pool's limits on top of the ballot type (category, number of projects, amount). */
  limits?: BallotLimits;
}

export function engineRules(rules: Rules): BallotRules {
  if (rules.ballot_type === "approval") return { kind: "approval", maxTotalCost: rules.budget };
  if (rules.ballot_type === "cumulative")
    return { kind: "cumulative", totalPoints: rules.points_total, maxPointsPerProject: rules.points_per_project };
  return {
    kind: "approval",
    minProjects: rules.min_projects,
    ...(rules.max_projects === null ? {} : { maxProjects: rules.max_projects }),
  };
}

export function checkBallot(rules: Rules, projects: readonly BallotProject[], choice: Choice): BallotCheck {
  const cost = new Map(projects.map((p) => [p.id, p.cost ?? 0]));
  const chosen = [...choice].filter(([, points]) => points !== 0).sort(([a], [b]) => a - b);
  let totalCost = 0;
  let pointsUsed = 0;
  for (const [id, points] of chosen) {
    totalCost += cost.get(id) ?? 0;
    pointsUsed += points;
  }
  const totals = { totalCost, pointsUsed, count: chosen.length };
  if (rules.ballot_type !== "cumulative" && chosen.some(([, points]) => points !== 1))
    return refuse(totals, "budgeting.ballot.errors.malformed", {});
  if (chosen.length === 0) return refuse(totals, "budgeting.ballot.errors.empty", {});
  const engine = engineRules(rules);
  const ballot =
    engine.kind === "cumulative"
      ? { projects: chosen.map(([id]) => String(id)), points: chosen.map(([, p]) => p) }
      : { projects: chosen.map(([id]) => String(id)) };
  const verdict = validateBallot(ballot, engine, new Map(projects.map((p) => [String(p.id), p.cost ?? 0])));
  if (!verdict.ok) return refuse(totals, ...problemOf(verdict));
  const limits = rules.limits
    ? limitProblems(
        rules.limits,
        projects,
        chosen.map(([id]) => id),
      )
    : [];
  return { ok: limits.length === 0, ...totals, problems: limits };
}

function problemOf(v: Extract<EngineCheck, { ok: false }>): [string, Record<string, number>] {
  const limit = v.limit ?? 0;
  const actual = v.actual ?? 0;
  switch (v.reason) {
    case "unknown-project":
    case "duplicate-project":
      return ["budgeting.ballot.errors.unknownProject", {}];
    case "too-few":
      return ["budgeting.ballot.errors.tooFew", { min: limit, count: actual }];
    case "too-many":
      return ["budgeting.ballot.errors.tooMany", { max: limit, count: actual }];
    case "over-budget":
      return ["budgeting.ballot.errors.overBudget", { total: actual, budget: limit, over: actual - limit }];
    case "invalid-points":
      return ["budgeting.ballot.errors.pointsWhole", {}];
    case "too-many-points":
      return ["budgeting.ballot.errors.tooManyPoints", { total: limit, used: actual }];
    case "too-many-points-for-project":
      return ["budgeting.ballot.errors.tooManyPointsOne", { max: limit }];
  }
}

function refuse(
  totals: Omit<BallotCheck, "ok" | "problems">,
  key: string,
  params: Record<string, number>,
): BallotCheck {
  return { ok: false, ...totals, problems: [{ key, params }] };
}

/** Items to store: only projects with points, in project order (stable .pb export). */
export function ballotItems(choice: Choice): { projectId: number; points: number }[] {
  return [...choice]
    .filter(([, points]) => points > 0)
    .sort(([a], [b]) => a - b)
    .map(([projectId, points]) => ({ projectId, points }));
}
