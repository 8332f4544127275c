import type { Ballot, BallotKind } from "./types";

/** A process's rules for one ballot, as the voting page enforces them. */
export interface BallotRules {
  readonly kind: BallotKind;
  /** Approval "within budget": the chosen projects may cost at most this together. */
  readonly maxTotalCost?: number;
  /** At least m / at most k projects on the ballot. */
  readonly minProjects?: number;
  readonly maxProjects?: number;
  /** Cumulative: points to hand out in total (at most), and at most this many per project. */
  readonly totalPoints?: number;
  readonly maxPointsPerProject?: number;
}

export type BallotRejection =
  | "unknown-project"
  | "duplicate-project"
  | "too-few"
  | "too-many"
  | "over-budget"
  | "invalid-points"
  | "too-many-points"
  | "too-many-points-for-project";

export type BallotCheck =
  | { readonly ok: true }
  | {
      readonly ok: false;
      readonly reason: BallotRejection;
      readonly projectId?: string;
      readonly limit?: number;
      readonly actual?: number;
    };

/**
 * Checks a ballot against the rules and names the first problem found, so the web form can
 * refuse it with a specific message. `costs` maps every project of the process to its cost.
 */
export function validateBallot(ballot: Ballot, rules: BallotRules, costs: ReadonlyMap<string, number>): BallotCheck {
  const seen = new Set<string>();
  for (const id of ballot.projects) {
    if (!costs.has(id)) return { ok: false, reason: "unknown-project", projectId: id };
    if (seen.has(id)) return { ok: false, reason: "duplicate-project", projectId: id };
    seen.add(id);
  }
  const count = ballot.projects.length;
  if (rules.minProjects !== undefined && count < rules.minProjects)
    return { ok: false, reason: "too-few", limit: rules.minProjects, actual: count };
  if (rules.maxProjects !== undefined && count > rules.maxProjects)
    return { ok: false, reason: "too-many", limit: rules.maxProjects, actual: count };
  if (rules.maxTotalCost !== undefined) {
    const total = ballot.projects.reduce((a, id) => a + costs.get(id)!, 0);
    if (total > rules.maxTotalCost)
      return { ok: false, reason: "over-budget", limit: rules.maxTotalCost, actual: total };
  }
  if (rules.kind === "cumulative") return checkPoints(ballot, rules);
  return { ok: true };
}

function checkPoints(ballot: Ballot, rules: BallotRules): BallotCheck {
  const points = ballot.points ?? [];
  if (points.length !== ballot.projects.length || points.some((p) => !Number.isInteger(p) || p <= 0)) {
    return { ok: false, reason: "invalid-points" };
  }
  for (let x = 0; x < points.length; x++) {
    if (rules.maxPointsPerProject !== undefined && points[x]! > rules.maxPointsPerProject) {
      return {
        ok: false,
        reason: "too-many-points-for-project",
        projectId: ballot.projects[x]!,
        limit: rules.maxPointsPerProject,
        actual: points[x]!,
      };
    }
  }
  const total = points.reduce((a, p) => a + p, 0);
  if (rules.totalPoints !== undefined && total > rules.totalPoints)
    return { ok: false, reason: "too-many-points", limit: rules.totalPoints, actual: total };
  return { ok: true };
}
