import type { Profile } from "./profile";
import type { BallotKind, Utility } from "./types";

/**
 * What one supporter gains from a project, as MES sees it. `cost`: the project's cost (the
 * equalshares.net default for approval ballots: a voter values a project by what it costs);
 * `cardinality`: 1 per approved project; `points`: the ballot's points (cumulative) or rank
 * points (ordinal). Utilities are whole numbers so exact sums stay exact.
 */
export function defaultUtility(kind: BallotKind): Utility {
  return kind === "approval" ? "cost" : "points";
}

export interface UtilityArrays {
  readonly supUtil: Float64Array;
  readonly balUtil: Float64Array;
  /** Largest utility among a project's supporters (for reporting payments). */
  readonly maxUtil: Float64Array;
}

export function utilityArrays(profile: Profile, utility: Utility): UtilityArrays {
  const value = (project: number, weight: number) =>
    utility === "cost" ? profile.cost[project]! : utility === "cardinality" ? 1 : weight;
  const supUtil = new Float64Array(profile.supVoter.length);
  const maxUtil = new Float64Array(profile.nProjects);
  for (let j = 0; j < profile.nProjects; j++) {
    for (let k = profile.supStart[j]!; k < profile.supStart[j + 1]!; k++) {
      // A zero weight (0 points) means no support; keep it at 0 whatever the utility model.
      const u = profile.supWeight[k]! > 0 ? value(j, profile.supWeight[k]!) : 0;
      supUtil[k] = u;
      if (u > maxUtil[j]!) maxUtil[j] = u;
    }
  }
  const balUtil = new Float64Array(profile.balProject.length);
  for (let k = 0; k < balUtil.length; k++) {
    balUtil[k] = profile.balWeight[k]! > 0 ? value(profile.balProject[k]!, profile.balWeight[k]!) : 0;
  }
  return { supUtil, balUtil, maxUtil };
}

/** Price lower bound before anyone has paid: cost ÷ total utility of all supporters. */
export function initialPriceBounds(profile: Profile, supUtil: Float64Array): Float64Array {
  const bound = new Float64Array(profile.nProjects);
  for (let j = 0; j < profile.nProjects; j++) {
    let total = 0;
    for (let k = profile.supStart[j]!; k < profile.supStart[j + 1]!; k++) total += supUtil[k]!;
    bound[j] = total > 0 ? (profile.cost[j]! / total) * (1 - 1e-12) : Number.POSITIVE_INFINITY;
  }
  return bound;
}
