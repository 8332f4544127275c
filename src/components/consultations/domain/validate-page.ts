// One page of a resident's answers: typed values for what is valid, an error key per field for
// what is not, and the text as typed so the page can be shown again without losing anything.
import { type AnswerContext, type FieldError, parseAnswer, type RawForm } from "./parse-answer";
import { type AnswerValue, type Answers, fieldName, type Question, type SurveyPage } from "./questions";
import { meets } from "./visibility";

export interface PageResult {
  /** Valid answers of this page's shown questions; unanswered questions are absent. */
  answers: Map<number, AnswerValue>;
  errors: FieldError[];
  /** The page's form fields as typed (strings only), to fill the form again after an error. */
  kept: Record<string, string | string[]>;
}

/** Every form field a question owns. */
export function questionFields(q: Question): string[] {
  if (q.type === "ranking") return q.choices.map((_, i) => fieldName(q.id, i));
  if (q.type === "grid") return q.rows.map((_, r) => fieldName(q.id, r));
  if (q.type === "area" && q.allowPostcode) return [fieldName(q.id), fieldName(q.id, "postcode")];
  return [fieldName(q.id)];
}

function keep(raw: unknown): string | string[] | undefined {
  if (typeof raw === "string") return raw;
  if (Array.isArray(raw)) return raw.filter((x): x is string => typeof x === "string");
  return undefined;
}

function requiredErrors(q: Question, value: AnswerValue | undefined): FieldError[] {
  if (q.type === "grid") {
    const rows = Array.isArray(value) ? value : q.rows.map(() => null);
    return rows.flatMap((r, i) =>
      r === null ? [{ field: fieldName(q.id, i), key: "consultations.answer.required" }] : [],
    );
  }
  return value === undefined ? [{ field: fieldName(q.id), key: "consultations.answer.required" }] : [];
}

/**
 * Validates the shown questions of `page`. `earlier` holds the answers of earlier pages, which
 * decide the page's conditions; a question whose condition is not met is skipped entirely.
 */
export function validatePage(page: SurveyPage, form: RawForm, ctx: AnswerContext, earlier: Answers): PageResult {
  const answers = new Map<number, AnswerValue>();
  const errors: FieldError[] = [];
  const kept: Record<string, string | string[]> = {};
  for (const q of page.questions) {
    if (q.condition && !meets(q.condition, earlier.get(q.condition.questionId) ?? answers.get(q.condition.questionId)))
      continue;
    for (const f of questionFields(q)) {
      const k = keep(form[f]);
      if (k !== undefined) kept[f] = k;
    }
    const parsed = parseAnswer(q, form, ctx);
    if (parsed.errors.length) errors.push(...parsed.errors);
    else if (q.required) errors.push(...requiredErrors(q, parsed.value));
    if (parsed.value !== undefined && !parsed.errors.length) answers.set(q.id, parsed.value);
  }
  return { answers, errors, kept };
}

/**
 * A whole survey on one form (staff typing in a paper form, docs/paper.md): every page validated
 * as the resident flow does, in order, so answers on earlier pages decide later conditions and a
 * question hidden by its condition is neither required nor kept as an answer. What was typed in
 * every question's fields is kept, hidden ones too, so nothing typed is lost on an error.
 */
export function validateSurvey(pages: readonly SurveyPage[], form: RawForm, ctx: AnswerContext): PageResult {
  const answers = new Map<number, AnswerValue>();
  const errors: FieldError[] = [];
  const kept: Record<string, string | string[]> = {};
  for (const page of pages) {
    const result = validatePage(page, form, ctx, answers);
    for (const [id, value] of result.answers) answers.set(id, value);
    errors.push(...result.errors);
    for (const q of page.questions)
      for (const f of questionFields(q)) {
        const k = keep(form[f]);
        if (k !== undefined) kept[f] = k;
      }
  }
  return { answers, errors, kept };
}
