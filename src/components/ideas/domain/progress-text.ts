// The words beside the progress bar, "1 van de 4 stemmen (25%)" or, once the threshold is reached,
// "5 stemmen: de drempel van 4 is gehaald" (a full bar then agrees with the text). One function for
// the server's page and the browser's live update (client/progress-line.ts), so a count changed
// without a reload reads exactly as the page after a reload. Pure and free of Node APIs.
import { numberFormat } from "../../../core/i18n/intl-cache";
import { formatMessage } from "../../../core/i18n/message-format";
import { thresholdReached } from "./idea-rules";

/** The two messages as written in the catalog (`ideas.progress.below` and `ideas.progress.reached`). */
export interface ProgressPatterns {
  below: string;
  reached: string;
}

/** Progress towards the threshold in whole percent, rounded down (99.9% is not yet there), capped at 100. */
export function progressPercent(count: number, threshold: number): number {
  if (threshold <= 0) return 100;
  return Math.min(100, Math.floor((count * 100) / threshold));
}

const formatNumber = (lang: string, n: number): string => numberFormat(lang === "en" ? "en" : "nl").format(n);

export function progressText(lang: string, patterns: ProgressPatterns, count: number, threshold: number): string {
  const pattern = thresholdReached(count, threshold) ? patterns.reached : patterns.below;
  return formatMessage(lang, pattern, {
    count,
    threshold,
    countText: formatNumber(lang, count),
    thresholdText: formatNumber(lang, threshold),
    percent: progressPercent(count, threshold),
  });
}
