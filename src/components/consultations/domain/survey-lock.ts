// "No changes to questions once answers exist; only to texts, with the change logged." The
// structure of a question is everything that gives an answer its meaning: the type, whether it is
// required, the number of choices/rows/items, limits and conditions. Texts are the label, help
// text, choice and row labels and the scale's end labels; fixing a typo must stay possible.
import type { Question } from "./questions";

/** The texts of a question, by name; only these may change once a survey has answers. */
export function questionTexts(q: Question): Record<string, string> {
  const texts: Record<string, string> = { label: q.label, help: q.help };
  if ("choices" in q) for (const [i, c] of q.choices.entries()) texts[`choice${i + 1}`] = c;
  if (q.type === "grid") for (const [i, r] of q.rows.entries()) texts[`row${i + 1}`] = r;
  if (q.type === "scale") Object.assign(texts, { minLabel: q.minLabel, maxLabel: q.maxLabel });
  return texts;
}

/** The question without its texts: equal structures mean existing answers keep their meaning. */
export function questionStructure(q: Question): string {
  const { label: _l, help: _h, ...rest } = q as Question & Record<string, unknown>;
  const shape: Record<string, unknown> = { ...rest };
  if ("choices" in q) shape.choices = q.choices.length;
  if (q.type === "grid") shape.rows = q.rows.length;
  if (q.type === "scale") {
    delete shape.minLabel;
    delete shape.maxLabel;
  }
  return JSON.stringify(Object.entries(shape).sort(([a], [b]) => a.localeCompare(b)));
}

export interface TextChange {
  field: string;
  before: string;
  after: string;
}

export type EditCheck = { ok: true; textChanges: TextChange[] } | { ok: false; reason: "has-answers" };

/**
 * Whether `after` may replace `before`. Without answers anything goes; with answers only texts
 * may change, and the changes are returned so the command can write them to the log.
 */
export function checkQuestionEdit(before: Question, after: Question, hasAnswers: boolean): EditCheck {
  const b = questionTexts(before);
  const a = questionTexts(after);
  const textChanges = Object.keys({ ...b, ...a })
    .filter((f) => b[f] !== a[f])
    .map((field) => ({ field, before: b[field] ?? "", after: a[field] ?? "" }));
  if (hasAnswers && questionStructure(before) !== questionStructure(after)) return { ok: false, reason: "has-answers" };
  return { ok: true, textChanges };
}

/** Adding, deleting or moving questions or pages changes what answers mean: refused once answers exist. */
export function mayChangeStructure(hasAnswers: boolean): boolean {
  return !hasAnswers;
}
