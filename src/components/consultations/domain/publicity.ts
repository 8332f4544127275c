// What the public (residents, the API) may see of consultations and survey results.
// - A consultation is public once one of its surveys is open to residents (published) or its
//   timeline has begun; before that it is staff's work in progress.
// - A survey's results are public after it closes, or earlier when staff chose "results public
//   while open". A draft survey never has public results.
import { localDate } from "../../../core/i18n/local-days";
import { surveyOpen } from "./timeline";

export function consultationPublic(c: { firstPhaseStartsOn: string | null; publishedSurveys: number }, now: Date) {
  if (c.publishedSurveys > 0) return true;
  return c.firstPhaseStartsOn !== null && localDate(now.toISOString()) >= c.firstPhaseStartsOn;
}

export function resultsPublic(s: { published: boolean; closesOn: string; resultsPublic: boolean }, now: Date) {
  if (!s.published) return false;
  return s.resultsPublic || !surveyOpen(s, now);
}

/** The row's columns as the rules above take them. */
export const surveyPublicity = (s: { published: number; closes_on: string; results_public: number }) => ({
  published: s.published === 1,
  closesOn: s.closes_on,
  resultsPublic: s.results_public === 1,
});
