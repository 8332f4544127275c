// A participation rule: who may take an action that counts (support an idea, cast a ballot, vote on
// a statement…). One pure rule set that every component asks, so the page that explains the rule,
// the route that enforces it and the counts that report it agree (docs/participation.md).
//
// - `level`: the least an account must be: any account ("none"), a confirmed e-mail address
//   ("email") or a verified resident ("identity": signed in through DigiD or verified by letter).
//   Levels are ordered: a verified resident meets an e-mail rule without having an address.
// - `areaIds`: only residents of these areas (postcode from the verification, in an area's ranges).
// - `minAge`: only people at least this old (date of birth from the verification).
// Areas and age need proof, so they imply "identity": a postcode a person typed in is no proof.
import { parsePostcodeRanges, postcodeInRanges } from "../sites/postcodes";
import { ageOn } from "./age";
import type { Participant } from "./participant";
import { meetsLevel, type VerificationLevel } from "./verification-level";

export interface ParticipationRule {
  level: VerificationLevel;
  areaIds: readonly number[];
  minAge: number | null;
}

export interface RuleArea {
  id: number;
  name: string;
  postcode_ranges: string;
}

export type Refusal =
  | { reason: "login" }
  | { reason: "confirm-email" }
  | { reason: "verify" }
  | { reason: "no-postcode" }
  /** None of the rule's areas has postcode ranges: nobody can be checked online (letters only). */
  | { reason: "areas-unchecked" }
  | { reason: "outside-area" }
  | { reason: "no-birthdate" }
  | { reason: "too-young"; minAge: number };

export type RuleCheck = { ok: true } | ({ ok: false } & Refusal);

export const OPEN_RULE: ParticipationRule = { level: "none", areaIds: [], minAge: null };
export const EMAIL_RULE: ParticipationRule = { level: "email", areaIds: [], minAge: null };

/** Areas and age need a verified resident: the rule as it is applied and shown. */
export function normalizeRule(rule: ParticipationRule): ParticipationRule {
  const areaIds = [...new Set(rule.areaIds)].sort((a, b) => a - b);
  const needsProof = areaIds.length > 0 || rule.minAge !== null;
  return { level: needsProof ? "identity" : rule.level, areaIds, minAge: rule.minAge };
}

/** Whether a verified postcode lies in one of the rule's areas (their ranges on the site). */
export function livesIn(postcode: string, areaIds: readonly number[], areas: readonly RuleArea[]): boolean {
  const ranges = areas
    .filter((a) => areaIds.includes(a.id))
    .flatMap((a) => parsePostcodeRanges(a.postcode_ranges) ?? []);
  return postcodeInRanges(postcode, ranges);
}

/**
 * Whether `participant` (null: not logged in) may act under `rule` on calendar day `today`
 * (YYYY-MM-DD, Europe/Amsterdam). A refusal names the first thing missing, in the order a person
 * can fix them: log in, confirm the address, verify as a resident, then area and age. Areas
 * without any postcode ranges are said first: nobody can meet those online.
 */
export function checkRule(
  input: ParticipationRule,
  participant: Participant | null,
  areas: readonly RuleArea[],
  today: string,
): RuleCheck {
  const rule = normalizeRule(input);
  if (!participant) return { ok: false, reason: "login" };
  // A letter code names its area itself: that proves residence even where the area has no postcodes.
  const byLetter = participant.verifiedAreaId != null && rule.areaIds.includes(participant.verifiedAreaId);
  // Verifying would not help when no area of the rule has postcodes: say so first.
  const chosen = areas.filter((a) => rule.areaIds.includes(a.id));
  const checkable = chosen.some((a) => (parsePostcodeRanges(a.postcode_ranges) ?? []).length > 0);
  if (rule.areaIds.length > 0 && !checkable && !byLetter) return { ok: false, reason: "areas-unchecked" };
  if (!meetsLevel(participant.level, rule.level))
    return { ok: false, reason: rule.level === "identity" ? "verify" : "confirm-email" };
  if (rule.areaIds.length > 0 && !byLetter) {
    if (!participant.verifiedPostcode) return { ok: false, reason: "no-postcode" };
    if (!livesIn(participant.verifiedPostcode, rule.areaIds, areas)) return { ok: false, reason: "outside-area" };
  }
  if (rule.minAge !== null) {
    if (!participant.verifiedBirthdate) return { ok: false, reason: "no-birthdate" };
    if (ageOn(participant.verifiedBirthdate, today) < rule.minAge)
      return { ok: false, reason: "too-young", minAge: rule.minAge };
  }
  return { ok: true };
}

/**
 * Whether `next` asks more than `previous` in some respect (a higher level, fewer or other areas,
 * a higher age). Contributions made before such a change are labelled "under the earlier rule".
 */
export function isTighter(previous: ParticipationRule, next: ParticipationRule): boolean {
  const a = normalizeRule(previous);
  const b = normalizeRule(next);
  if (!meetsLevel(a.level, b.level)) return true;
  // An area list where there was none, or one that drops an area, shuts residents out.
  if (b.areaIds.length > 0 && (a.areaIds.length === 0 || a.areaIds.some((id) => !b.areaIds.includes(id)))) return true;
  return b.minAge !== null && (a.minAge === null || b.minAge > a.minAge);
}

export const sameRule = (a: ParticipationRule, b: ParticipationRule): boolean =>
  JSON.stringify(normalizeRule(a)) === JSON.stringify(normalizeRule(b));
