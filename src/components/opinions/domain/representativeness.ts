import { compareIds } from "./id-order";
import { proportionZ, twoProportionZ, z90 } from "./proportion-tests";
import type { Direction, Id, RepresentativeStatement } from "./types";
import { seenBy, smoothed, type VoteTallies } from "./vote-tallies";

/**
 * The statements that set a group apart, as Pol.is defines representativeness: compare the
 * group's smoothed probability of agreeing (or disagreeing) with that of all other groups
 * together. A statement qualifies in a direction when the group leans that way (one-proportion
 * z > 1.2816) AND leans that way more than the rest (two-proportion z > 1.2816), both at 90%.
 * Qualifying statements are ranked by ratio × ratio-z × probability × probability-z, Pol.is's
 * metric, which rewards being both distinctive and widely held within the group.
 */
export function representativeStatements(
  tallies: VoteTallies,
  statementIds: readonly Id[],
  moderated: Uint8Array,
  group: number,
  limit: number,
): RepresentativeStatement[] {
  const found: { statement: RepresentativeStatement; metric: number }[] = [];
  for (let j = 0; j < tallies.statements; j++) {
    if (moderated[j]) continue;
    const agree = directionStats(tallies, group, j, "agree");
    const disagree = directionStats(tallies, group, j, "disagree");
    const agreeQualifies = agree.ratioZ > z90 && agree.probabilityZ > z90;
    const disagreeQualifies = disagree.ratioZ > z90 && disagree.probabilityZ > z90;
    if (!agreeQualifies && !disagreeQualifies) continue;
    const chosen = agreeQualifies && (!disagreeQualifies || agree.ratioZ >= disagree.ratioZ) ? agree : disagree;
    const statement: RepresentativeStatement = { statement: statementIds[j]!, ...chosen };
    found.push({ statement, metric: chosen.ratio * chosen.ratioZ * chosen.probability * chosen.probabilityZ });
  }
  found.sort((a, b) => b.metric - a.metric || compareIds(a.statement.statement, b.statement.statement));
  return found.slice(0, limit).map((f) => f.statement);
}

export function directionStats(
  tallies: VoteTallies,
  group: number,
  j: number,
  direction: Direction,
): Omit<RepresentativeStatement, "statement"> {
  const counts = direction === "agree" ? tallies.agree : tallies.disagree;
  const m = tallies.statements;
  const success = counts[group * m + j];
  const seen = seenBy(tallies, group, j);
  let restSuccess = 0;
  let restSeen = 0;
  for (let g = 0; g < tallies.groups; g++) {
    if (g === group) continue;
    restSuccess += counts[g * m + j];
    restSeen += seenBy(tallies, g, j);
  }
  const probability = smoothed(success, seen);
  return {
    direction,
    probability,
    ratio: probability / smoothed(restSuccess, restSeen),
    probabilityZ: proportionZ(success, seen),
    ratioZ: twoProportionZ(success, restSuccess, seen, restSeen),
    success,
    seen,
  };
}
