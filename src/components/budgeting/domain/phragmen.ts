import { ineligibility } from "./eligibility";
import { eligibleProjects } from "./greedy";
import { assembleOutcome } from "./outcome";
import { buildProfile, type Profile } from "./profile";
import { type Rational, add, compare, div, mulInt, rational, toNumber } from "./rational";
import { tieBreakRanks } from "./tie-break";
import type { Election, Eligibility, Explanation, Outcome, PhragmenStop, Tie, TieBreak } from "./types";

export interface PhragmenOptions {
  readonly tieBreak?: TieBreak;
  readonly eligibility?: Eligibility;
  /** Default "skip": a municipality expects the money to be spent on what still fits, not left
   *  over because one dear project came next (docs/budgeting-rules.md). */
  readonly phragmenStop?: PhragmenStop;
}

/**
 * Sequential Phragmén for budgets (for comparison with MES): voters earn money at the same
 * steady rate; a project is bought as soon as its supporters together hold its cost, and
 * they then all hold nothing. Among projects that still fit the real budget the earliest is
 * bought ("skip"), or the method stops at the first project that would overflow the budget
 * ("first-overflow", the textbook rule as pabutools implements it). Ballots count as approvals
 * (points are ignored).
 *
 * Exact and cheap: after a purchase at time t all its supporters hold "load" t, so a voter's
 * load is the time of the last purchase they took part in. The load of a group is then
 * Σ_r count_r·t_r over purchase rounds r: integer counting plus a few rational operations.
 */
export function phragmenOutcome(
  election: Election,
  options: PhragmenOptions = {},
  profile: Profile = buildProfile(election),
): Outcome {
  const ranks = tieBreakRanks(profile, options.tieBreak ?? "id");
  const inel = ineligibility(profile, options.eligibility ?? {});
  let remaining = eligibleProjects(profile, inel);
  const lastRound = new Int32Array(profile.nVoters).fill(-1);
  const times: Rational[] = [];
  const counts = new Int32Array(profile.nProjects + 1);
  const winners: number[] = [];
  const chosenAt = new Map<number, { round: number; load: number }>();
  const stopAtOverflow = options.phragmenStop === "first-overflow";
  const ties: Tie[] = [];
  let stoppedAt: number | null = null;
  let left = election.budget;
  for (;;) {
    if (!stopAtOverflow) remaining = remaining.filter((j) => profile.cost[j]! <= left);
    let best: { j: number; t: Rational } | null = null;
    let tied: number[] = [];
    for (const j of remaining) {
      const t = purchaseTime(profile, j, lastRound, times, counts);
      const order = best === null ? -1 : compare(t, best.t);
      if (order < 0) tied = [j];
      else if (order === 0) tied.push(j);
      if (order < 0 || (order === 0 && ranks[j]! < ranks[best!.j]!)) best = { j, t };
    }
    if (best === null) break;
    if (profile.cost[best.j]! > left) {
      stoppedAt = best.j;
      break;
    }
    const round = times.length;
    if (tied.length > 1)
      ties.push({ step: round + 1, projects: tied.map((j) => profile.ids[j]!), chosen: [profile.ids[best.j]!] });
    times.push(best.t);
    for (let k = profile.supStart[best.j]!; k < profile.supStart[best.j + 1]!; k++)
      lastRound[profile.supVoter[k]!] = round;
    winners.push(best.j);
    chosenAt.set(best.j, { round: round + 1, load: toNumber(best.t) });
    left -= profile.cost[best.j]!;
    remaining = remaining.filter((j) => j !== best!.j);
  }
  const explain = (j: number): Explanation => {
    if (inel[j]) return inel[j]!;
    if (profile.votes[j] === 0) return { kind: "no-supporters" };
    const at = chosenAt.get(j);
    return { kind: "phragmen", round: at?.round ?? null, load: at?.load ?? null, fitted: at !== undefined };
  };
  const notes: Record<string, number | string> = { moneyLeft: left };
  if (stopAtOverflow) notes.stop = "first-overflow";
  if (stoppedAt !== null) notes.stoppedAt = profile.ids[stoppedAt]!;
  // Tied projects that all won were bought one after the other at the same moment: the order
  // changed nothing. A tie matters when one of them lost.
  const won = new Set(winners.map((j) => profile.ids[j]!));
  const deciding = ties.filter((tie) => tie.projects.some((id) => !won.has(id)));
  return assembleOutcome("phragmen", profile, winners, null, explain, notes, deciding);
}

/** (cost + Σ supporters' loads) ÷ number of supporters, exactly. */
function purchaseTime(
  profile: Profile,
  j: number,
  lastRound: Int32Array,
  times: readonly Rational[],
  counts: Int32Array,
): Rational {
  const start = profile.supStart[j]!;
  const end = profile.supStart[j + 1]!;
  for (let k = start; k < end; k++) counts[lastRound[profile.supVoter[k]!]! + 1]!++;
  let load: Rational = rational(profile.cost[j]!);
  for (let r = 0; r < times.length; r++) {
    if (counts[r + 1]! > 0) load = add(load, mulInt(times[r]!, counts[r + 1]!));
    counts[r + 1] = 0;
  }
  counts[0] = 0;
  return reduceSmall(div(load, rational(end - start)));
}

function reduceSmall(r: Rational): Rational {
  return rational(r.n, r.d);
}
