// Whether a question the staff built makes sense, as error keys per builder field. The builder
// form (part of the staff pages) shows these beside its fields; the store never holds a question
// that fails them.
import type { FieldError } from "./parse-answer";
import { LIMITS, type Question, type SurveyPage } from "./questions";

const err = (field: string, key: string, params?: Record<string, number>): FieldError => ({
  field,
  key,
  ...(params ? { params } : {}),
});

function checkLines(field: string, lines: readonly string[], min: number, max: number): FieldError[] {
  if (lines.length < min) return [err(field, "consultations.builder.tooFewLines", { min })];
  if (lines.length > max) return [err(field, "consultations.builder.tooManyLines", { max })];
  if (lines.some((l) => l.trim() === "")) return [err(field, "consultations.builder.emptyLine")];
  if (lines.some((l) => [...l].length > LIMITS.choiceLabel))
    return [err(field, "consultations.builder.lineTooLong", { max: LIMITS.choiceLabel })];
  if (new Set(lines.map((l) => l.trim().toLowerCase())).size !== lines.length)
    return [err(field, "consultations.builder.duplicateLine")];
  return [];
}

function checkTypeFields(q: Question): FieldError[] {
  switch (q.type) {
    case "single":
    case "ranking":
      return checkLines("choices", q.choices, 2, LIMITS.choices);
    case "multiple": {
      const errors = checkLines("choices", q.choices, 2, LIMITS.choices);
      if (q.max !== null && (!Number.isInteger(q.max) || q.max < 1 || q.max > q.choices.length))
        errors.push(err("max", "consultations.builder.maxChoices", { max: q.choices.length }));
      return errors;
    }
    case "grid":
      return [
        ...checkLines("rows", q.rows, 1, LIMITS.gridRows),
        ...checkLines("choices", q.choices, 2, LIMITS.choices),
      ];
    case "scale": {
      const errors: FieldError[] = [];
      if (q.min !== 0 && q.min !== 1) errors.push(err("min", "consultations.builder.scaleStart"));
      const steps = q.max - q.min + 1;
      if (!Number.isInteger(q.max) || steps < 2 || steps > LIMITS.scaleSteps)
        errors.push(
          err("max", "consultations.builder.scaleEnd", { min: q.min + 1, max: q.min + LIMITS.scaleSteps - 1 }),
        );
      for (const f of ["minLabel", "maxLabel"] as const)
        if ([...q[f]].length > LIMITS.choiceLabel)
          errors.push(err(f, "consultations.builder.lineTooLong", { max: LIMITS.choiceLabel }));
      return errors;
    }
    case "number":
      return q.min !== null && q.max !== null && q.min > q.max ? [err("max", "consultations.builder.minAboveMax")] : [];
    default:
      return [];
  }
}

/** The condition must point at a single/multiple choice or scale question on an earlier page. */
export function checkCondition(pages: readonly SurveyPage[], pageIndex: number, q: Question): FieldError[] {
  if (!q.condition) return [];
  const { questionId, value } = q.condition;
  const earlier = pages.slice(0, pageIndex).flatMap((p) => p.questions);
  const target = earlier.find((e) => e.id === questionId);
  if (!target) return [err("condition", "consultations.builder.conditionEarlierPage")];
  if (target.type === "single" || target.type === "multiple")
    return Number.isInteger(value) && value >= 0 && value < target.choices.length
      ? []
      : [err("condition", "consultations.builder.conditionValue")];
  if (target.type === "scale")
    return Number.isInteger(value) && value >= target.min && value <= target.max
      ? []
      : [err("condition", "consultations.builder.conditionValue")];
  return [err("condition", "consultations.builder.conditionType")];
}

/** Every problem with question `q` placed on page `pageIndex` of `pages`. */
export function checkQuestion(pages: readonly SurveyPage[], pageIndex: number, q: Question): FieldError[] {
  const errors: FieldError[] = [];
  if (q.label.trim() === "") errors.push(err("label", "consultations.builder.labelRequired"));
  else if ([...q.label].length > LIMITS.label)
    errors.push(err("label", "consultations.builder.tooLong", { max: LIMITS.label }));
  if ([...q.help].length > LIMITS.help) errors.push(err("help", "consultations.builder.tooLong", { max: LIMITS.help }));
  return [...errors, ...checkTypeFields(q), ...checkCondition(pages, pageIndex, q)];
}

/**
 * Questions whose condition no longer holds in `pages` (after a move or a deletion). The builder
 * refuses a move or deletion that would leave any, rather than silently dropping a condition.
 */
export function brokenConditions(pages: readonly SurveyPage[]): number[] {
  return pages.flatMap((p, i) => p.questions.filter((q) => checkCondition(pages, i, q).length > 0).map((q) => q.id));
}
