// What a paper contribution can satisfy of a participation rule (docs/paper.md). A form carries a
// written name, a postcode and a signature under the statement printed on top (the idea, the
// promise, and the rule's conditions: "I live in …", "I am at least … years old"). It proves no
// identity, so:
// - the level (account, confirmed address, verified resident) cannot be met by proof; the signed
//   form stands in for it, as the municipality accepts signed paper. Paper contributions are
//   never counted as "from verified residents";
// - the area is checked by the written postcode against the area's postcode ranges: a postcode
//   outside them is refused, and so is every line when none of the rule's areas has ranges (then
//   no postcode can be checked, as online);
// - a minimum age is declared by signing the statement, which names it; it is not checked.
import { normalizeRule, type ParticipationRule, type RuleArea, livesIn } from "./rule";
import { parsePostcodeRanges } from "../sites/postcodes";

export type PaperRefusal = "outside-area" | "areas-unchecked";
export type PaperCheck = { ok: true } | { ok: false; reason: PaperRefusal };

/** Whether a paper line with this (whole, tidy) postcode meets `input` on paper. */
export function checkPaperLine(input: ParticipationRule, postcode: string, areas: readonly RuleArea[]): PaperCheck {
  const rule = normalizeRule(input);
  if (rule.areaIds.length === 0) return { ok: true };
  const checkable = areas.some(
    (a) => rule.areaIds.includes(a.id) && (parsePostcodeRanges(a.postcode_ranges) ?? []).length > 0,
  );
  if (!checkable) return { ok: false, reason: "areas-unchecked" };
  return livesIn(postcode, rule.areaIds, areas) ? { ok: true } : { ok: false, reason: "outside-area" };
}
