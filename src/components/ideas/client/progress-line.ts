// The browser's side of the progress text: the server puts the catalog's two messages and the
// threshold on the element (data-template-below, data-template-reached, data-threshold,
// data-lang), and the live update fills them with the same function the server used
// (domain/progress-text.ts), so the text after a support reads exactly as after a reload.
import { progressText } from "../domain/progress-text";

export interface ProgressData {
  lang?: string;
  threshold?: string;
  templateBelow?: string;
  templateReached?: string;
}

/** The text for `count`, or null when the element does not carry its templates. */
export function liveProgressText(data: ProgressData, count: number): string | null {
  const { lang, threshold, templateBelow, templateReached } = data;
  if (!lang || !threshold || templateBelow === undefined || templateReached === undefined) return null;
  return progressText(lang, { below: templateBelow, reached: templateReached }, count, Number(threshold));
}
