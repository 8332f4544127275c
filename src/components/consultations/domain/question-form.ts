// The survey builder's question form → a question, or errors per builder field. Choices and grid
// rows are typed one per line; blank lines are dropped. The checks themselves are check-survey.ts's.
import { checkQuestion } from "./check-survey";
import type { FieldError } from "./parse-answer";
import { QUESTION_TYPES, type Question, type QuestionType, type SurveyPage } from "./questions";

export function isQuestionType(text: string): text is QuestionType {
  return (QUESTION_TYPES as readonly string[]).includes(text);
}

/** One item per line, trimmed; empty lines are not items. */
export function lines(text: string | undefined): string[] {
  return (text ?? "")
    .split(/\r\n|\r|\n/)
    .map((l) => l.trim())
    .filter((l) => l !== "");
}

type WholeNumber = { ok: true; value: number | null } | { ok: false };
function wholeNumber(text: string | undefined): WholeNumber {
  const t = (text ?? "").trim();
  if (t === "") return { ok: true, value: null };
  return /^-?\d{1,9}$/.test(t) ? { ok: true, value: Number(t) } : { ok: false };
}

/** "questionId:value" from the condition select; "" is no condition. */
export function parseConditionValue(text: string | undefined): Question["condition"] | "invalid" {
  if (!text) return null;
  const m = /^([1-9]\d{0,9}):(0|[1-9]\d{0,3})$/.exec(text);
  return m ? { questionId: Number(m[1]), value: Number(m[2]) } : "invalid";
}

export type QuestionFormResult = { ok: true; question: Question } | { ok: false; errors: FieldError[] };

/**
 * Reads the form for a question of `type` with id `id` (0 for a new one) that sits on page
 * `pageIndex` of `pages`, and checks it there.
 */
export function questionFromForm(
  type: QuestionType,
  values: Record<string, string>,
  id: number,
  pages: readonly SurveyPage[],
  pageIndex: number,
): QuestionFormResult {
  const errors: FieldError[] = [];
  const number = (field: string, fallback: number | null = null): number | null => {
    const n = wholeNumber(values[field]);
    if (!n.ok) errors.push({ field, key: "consultations.builder.wholeNumber" });
    return n.ok ? (n.value ?? fallback) : fallback;
  };
  const condition = parseConditionValue(values.condition);
  if (condition === "invalid") errors.push({ field: "condition", key: "consultations.builder.conditionValue" });
  const base = {
    id,
    label: (values.label ?? "").trim(),
    help: (values.help ?? "").trim(),
    required: values.required === "1",
    condition: condition === "invalid" ? null : condition,
  };
  let question: Question;
  switch (type) {
    case "single":
    case "ranking":
      question = { ...base, type, choices: lines(values.choices) };
      break;
    case "multiple":
      question = { ...base, type, choices: lines(values.choices), max: number("max") };
      break;
    case "grid":
      question = { ...base, type, rows: lines(values.rows), choices: lines(values.choices) };
      break;
    case "scale":
      question = {
        ...base,
        type,
        min: number("min", 1) ?? 1,
        max: number("max", 5) ?? 5,
        minLabel: (values.minLabel ?? "").trim(),
        maxLabel: (values.maxLabel ?? "").trim(),
      };
      break;
    case "number":
      question = { ...base, type, min: number("min"), max: number("max") };
      break;
    case "area":
      question = { ...base, type, allowPostcode: values.allowPostcode === "1" };
      break;
    default:
      question = { ...base, type };
  }
  const taken = new Set(errors.map((e) => e.field));
  errors.push(...checkQuestion(pages, pageIndex, question).filter((e) => !taken.has(e.field)));
  return errors.length ? { ok: false, errors } : { ok: true, question };
}

/** A question as the builder form's values, to edit it. */
export function questionValues(q: Question): Record<string, string> {
  const values: Record<string, string> = {
    label: q.label,
    help: q.help,
    required: q.required ? "1" : "0",
    condition: q.condition ? `${q.condition.questionId}:${q.condition.value}` : "",
  };
  if ("choices" in q) values.choices = q.choices.join("\n");
  if (q.type === "grid") values.rows = q.rows.join("\n");
  if (q.type === "multiple") values.max = q.max === null ? "" : String(q.max);
  if (q.type === "scale" || q.type === "number") {
    values.min = q.min === null ? "" : String(q.min);
    values.max = q.max === null ? "" : String(q.max);
  }
  if (q.type === "scale") Object.assign(values, { minLabel: q.minLabel, maxLabel: q.maxLabel });
  if (q.type === "area") values.allowPostcode = q.allowPostcode ? "1" : "0";
  return values;
}
