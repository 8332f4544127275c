// The area a response is counted in, for the results' area filter: the area a verification proved
// (a letter code's area, or the verified postcode in an area's ranges) and otherwise what the
// respondent said in the survey's area question (the chosen area, or the postcode's area).
// A typed-in answer is no proof; the `verified` mark beside the response says which it was.
import type { Participant } from "../../../core/participation/participant";
import { parsePostcodeRanges, postcodeInRanges } from "../../../core/sites/postcodes";
import type { AnswerValue, Question } from "./questions";

export interface AreaWithRanges {
  id: number;
  postcode_ranges: string;
}

export function areaOfPostcode(postcode: string, areas: readonly AreaWithRanges[]): number | null {
  const area = areas.find((a) => postcodeInRanges(postcode, parsePostcodeRanges(a.postcode_ranges) ?? []));
  return area?.id ?? null;
}

export function respondentArea(
  participant: Participant | null,
  questions: readonly Question[],
  answers: ReadonlyMap<number, AnswerValue>,
  areas: readonly AreaWithRanges[],
): number | null {
  if (participant?.verifiedAreaId != null && areas.some((a) => a.id === participant.verifiedAreaId))
    return participant.verifiedAreaId;
  if (participant?.verifiedPostcode) {
    const verified = areaOfPostcode(participant.verifiedPostcode, areas);
    if (verified !== null) return verified;
  }
  for (const q of questions) {
    if (q.type !== "area") continue;
    const answer = answers.get(q.id) as { area?: number; postcode?: string } | undefined;
    if (answer?.area !== undefined && areas.some((a) => a.id === answer.area)) return answer.area;
    if (answer?.postcode) {
      const typed = areaOfPostcode(answer.postcode, areas);
      if (typed !== null) return typed;
    }
  }
  return null;
}
