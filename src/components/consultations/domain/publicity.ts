// What the public (residents, the API) may see of survey results (a consultation itself is public
// when staff made it visible: consultations.published).
// - A survey's results are public after it closes, or earlier when staff chose "results public
//   while open". A draft survey never has public results.
import { surveyOpen } from "./timeline";

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
