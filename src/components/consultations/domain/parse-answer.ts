// One question's form fields → its typed answer, or the error to show beside the field.
// "No answer" is not an error here; whether a question must be answered is validate-page.ts's.
import {
  type AnswerValue,
  fieldName,
  type GridQuestion,
  LIMITS,
  type MultipleChoiceQuestion,
  type NumberQuestion,
  type Question,
  type RankingQuestion,
  type ScaleQuestion,
} from "./questions";

/** A form body as @fastify/formbody parses it: repeated names become arrays. */
export type RawForm = Readonly<Record<string, unknown>>;

export interface FieldError {
  field: string;
  key: string;
  params?: Record<string, number>;
}

/** What the survey offers for an area question: the consultation's areas. */
export interface AnswerContext {
  areaIds: readonly number[];
}

export type Parsed = { value: AnswerValue | undefined; errors: FieldError[] };

const none: Parsed = { value: undefined, errors: [] };
const fail = (field: string, key: string, params?: Record<string, number>): Parsed => ({
  value: undefined,
  errors: [{ field, key, ...(params ? { params } : {}) }],
});

/** A single text value; an array (a forged form repeating the name) is refused, not guessed at. */
function single(raw: unknown): string | null | "many" {
  if (raw === undefined || raw === null) return null;
  if (Array.isArray(raw)) return raw.length === 1 && typeof raw[0] === "string" ? raw[0] : "many";
  return typeof raw === "string" ? raw : "many";
}

function list(raw: unknown): string[] | null {
  if (raw === undefined || raw === null) return [];
  const items = Array.isArray(raw) ? raw : [raw];
  return items.every((x) => typeof x === "string") ? (items as string[]) : null;
}

/** "0".."n-1" → the index; anything else (" 1", "1.0", "-1", "x") → null. */
export function choiceIndex(text: string, count: number): number | null {
  if (!/^(0|[1-9]\d{0,3})$/.test(text)) return null;
  const n = Number(text);
  return n < count ? n : null;
}

/** A number as people type it in Dutch or English: "12", "-3", "2,5" or "2.5"; no thousands separators. */
export function parseNumber(text: string): number | null {
  const t = text.trim();
  if (!/^-?\d{1,12}([.,]\d{1,6})?$/.test(t)) return null;
  return Number(t.replace(",", "."));
}

/**
 * A Dutch postcode ("1234 AB", "1234ab" or just "1234") → its four digits. Only the digits are
 * kept: they place an answer in a neighbourhood without pointing at a street.
 */
export function postcodeDigits(text: string): string | null {
  const m = /^\s*([1-9]\d{3})\s*([A-Za-z]{2})?\s*$/.exec(text);
  return m ? m[1]! : null;
}

function parseChoice(field: string, raw: unknown, count: number): Parsed {
  const text = single(raw);
  if (text === null || text === "") return none;
  const index = text === "many" ? null : choiceIndex(text, count);
  return index === null ? fail(field, "consultations.answer.notAChoice") : { value: index, errors: [] };
}

function parseMultiple(q: MultipleChoiceQuestion, raw: unknown): Parsed {
  const field = fieldName(q.id);
  const items = list(raw)?.filter((x) => x !== "");
  if (!items) return fail(field, "consultations.answer.notAChoice");
  if (items.length === 0) return none;
  const indexes = items.map((x) => choiceIndex(x, q.choices.length));
  if (indexes.some((i) => i === null) || new Set(indexes).size !== indexes.length)
    return fail(field, "consultations.answer.notAChoice");
  if (q.max !== null && indexes.length > q.max) return fail(field, "consultations.answer.tooMany", { max: q.max });
  return { value: (indexes as number[]).sort((a, b) => a - b), errors: [] };
}

function parseScale(q: ScaleQuestion, raw: unknown): Parsed {
  const field = fieldName(q.id);
  const text = single(raw);
  if (text === null || text === "") return none;
  const n = text === "many" || !/^-?\d{1,3}$/.test(text) ? null : Number(text);
  if (n === null || n < q.min || n > q.max) return fail(field, "consultations.answer.notAChoice");
  return { value: n, errors: [] };
}

function parseNumberAnswer(q: NumberQuestion, raw: unknown): Parsed {
  const field = fieldName(q.id);
  const text = single(raw);
  if (text === null || text.trim() === "") return none;
  const n = text === "many" ? null : parseNumber(text);
  if (n === null) return fail(field, "consultations.answer.notANumber");
  if (q.min !== null && n < q.min) return fail(field, "consultations.answer.tooLow", { min: q.min });
  if (q.max !== null && n > q.max) return fail(field, "consultations.answer.tooHigh", { max: q.max });
  return { value: n, errors: [] };
}

function parseText(field: string, raw: unknown, max: number): Parsed {
  const text = single(raw);
  if (text === "many") return fail(field, "consultations.answer.notText");
  const value = (text ?? "").replace(/\r\n?/g, "\n").trim();
  if (value === "") return none;
  if ([...value].length > max) return fail(field, "consultations.answer.tooLong", { max });
  return { value, errors: [] };
}

/** Each item gets a position 1..n; the answer lists the item indexes from first to last place. */
function parseRanking(q: RankingQuestion, form: RawForm): Parsed {
  const field = fieldName(q.id);
  const n = q.choices.length;
  const positions = q.choices.map((_, i) => single(form[fieldName(q.id, i)]));
  if (positions.every((p) => p === null || p === "")) return none;
  const order: number[] = new Array(n);
  for (const [item, p] of positions.entries()) {
    if (p === null || p === "") return fail(field, "consultations.answer.rankingIncomplete");
    const index = p !== "many" && /^[1-9]\d{0,3}$/.test(p) ? Number(p) - 1 : n;
    if (index >= n) return fail(field, "consultations.answer.notAChoice");
    if (order[index] !== undefined) return fail(field, "consultations.answer.rankingDuplicate");
    order[index] = item;
  }
  return { value: order, errors: [] };
}

/** Rows are answered one by one; an unanswered row is null (required grids refuse those later). */
function parseGrid(q: GridQuestion, form: RawForm): Parsed {
  const errors: FieldError[] = [];
  const rows = q.rows.map((_, r) => {
    const parsed = parseChoice(fieldName(q.id, r), form[fieldName(q.id, r)], q.choices.length);
    errors.push(...parsed.errors);
    return parsed.value === undefined ? null : (parsed.value as number);
  });
  if (errors.length) return { value: undefined, errors };
  return rows.every((r) => r === null) ? none : { value: rows, errors: [] };
}

function parseArea(q: Question & { type: "area" }, form: RawForm, ctx: AnswerContext): Parsed {
  const field = fieldName(q.id);
  const chosen = single(form[field]);
  const postcodeText = q.allowPostcode ? single(form[fieldName(q.id, "postcode")]) : null;
  const hasPostcode = postcodeText !== null && postcodeText.trim() !== "";
  if (chosen !== null && chosen !== "") {
    if (hasPostcode) return fail(field, "consultations.answer.areaOrPostcode");
    const id = chosen === "many" || !/^[1-9]\d{0,9}$/.test(chosen) ? null : Number(chosen);
    if (id === null || !ctx.areaIds.includes(id)) return fail(field, "consultations.answer.notAChoice");
    return { value: { area: id }, errors: [] };
  }
  if (!hasPostcode) return none;
  const digits = postcodeText === "many" ? null : postcodeDigits(postcodeText);
  return digits === null
    ? fail(fieldName(q.id, "postcode"), "consultations.answer.postcode")
    : { value: { postcode: digits }, errors: [] };
}

export function parseAnswer(q: Question, form: RawForm, ctx: AnswerContext): Parsed {
  const field = fieldName(q.id);
  switch (q.type) {
    case "single":
      return parseChoice(field, form[field], q.choices.length);
    case "multiple":
      return parseMultiple(q, form[field]);
    case "scale":
      return parseScale(q, form[field]);
    case "number":
      return parseNumberAnswer(q, form[field]);
    case "shortText":
      return parseText(field, form[field], LIMITS.shortText);
    case "longText":
      return parseText(field, form[field], LIMITS.longText);
    case "ranking":
      return parseRanking(q, form);
    case "grid":
      return parseGrid(q, form);
    case "area":
      return parseArea(q, form, ctx);
  }
}
