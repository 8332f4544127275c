// Results per question, from the sent responses. Percentages are of the respondents who answered
// that question (not of everyone who took part): a question hidden by a condition or skipped
// because it was optional would otherwise look unpopular. For multiple choice they add up to more
// than 100%. The percentage rule lives in `percent`, so views, CSV and API round alike.
import type { AnswerValue, Answers, Question } from "./questions";
import { scaleValues } from "./questions";

/** A share as a percentage with one decimal; 0 when nobody answered. */
export function percent(count: number, of: number): number {
  return of === 0 ? 0 : Math.round((count * 1000) / of) / 10;
}

export interface OptionCount {
  /** Choice index, scale value or area id; for postcodes the four digits. */
  key: number | string;
  count: number;
  percent: number;
}

export type QuestionResult =
  | { type: "single" | "multiple" | "scale"; questionId: number; answered: number; options: OptionCount[] }
  | {
      type: "number";
      questionId: number;
      answered: number;
      mean: number | null;
      median: number | null;
      min: number | null;
      max: number | null;
    }
  | { type: "shortText" | "longText"; questionId: number; answered: number; openAnswers: number }
  | { type: "ranking"; questionId: number; answered: number; items: { key: number; meanPosition: number | null }[] }
  | {
      type: "grid";
      questionId: number;
      answered: number;
      rows: { row: number; answered: number; options: OptionCount[] }[];
    }
  | { type: "area"; questionId: number; answered: number; areas: OptionCount[]; postcodes: OptionCount[] };

function countKeys(
  keys: readonly (number | string)[],
  values: readonly (number | string)[],
  of: number,
): OptionCount[] {
  return keys.map((key) => {
    const count = values.filter((v) => v === key).length;
    return { key, count, percent: percent(count, of) };
  });
}

const round2 = (n: number) => Math.round(n * 100) / 100;

function median(sorted: readonly number[]): number | null {
  if (sorted.length === 0) return null;
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

function indexes(n: number): number[] {
  return Array.from({ length: n }, (_, i) => i);
}

/**
 * One question's result over the given answers (undefined: that respondent did not answer).
 * `areaIds` lists the areas offered, so areas nobody chose still show with 0.
 */
export function questionResult(
  q: Question,
  given: readonly (AnswerValue | undefined)[],
  areaIds: readonly number[] = [],
): QuestionResult {
  const answers = given.filter((a): a is AnswerValue => a !== undefined);
  const base = { questionId: q.id, answered: answers.length };
  switch (q.type) {
    case "single":
      return {
        ...base,
        type: q.type,
        options: countKeys(indexes(q.choices.length), answers as number[], answers.length),
      };
    case "scale":
      return { ...base, type: q.type, options: countKeys(scaleValues(q), answers as number[], answers.length) };
    case "multiple":
      return {
        ...base,
        type: q.type,
        options: countKeys(indexes(q.choices.length), (answers as number[][]).flat(), answers.length),
      };
    case "number": {
      const sorted = (answers as number[]).slice().sort((a, b) => a - b);
      const mean = sorted.length ? round2(sorted.reduce((a, b) => a + b, 0) / sorted.length) : null;
      return {
        ...base,
        type: q.type,
        mean,
        median: median(sorted),
        min: sorted[0] ?? null,
        max: sorted.at(-1) ?? null,
      };
    }
    case "shortText":
    case "longText":
      return { ...base, type: q.type, openAnswers: answers.length };
    case "ranking": {
      // Mean position (1 = first place) per item over the respondents who ranked: lower is preferred.
      const orders = answers as number[][];
      const items = indexes(q.choices.length).map((key) => {
        const positions = orders.map((o) => o.indexOf(key) + 1).filter((p) => p > 0);
        const meanPosition = positions.length ? round2(positions.reduce((a, b) => a + b, 0) / positions.length) : null;
        return { key, meanPosition };
      });
      return { ...base, type: q.type, items };
    }
    case "grid": {
      const grids = answers as (number | null)[][];
      const rows = q.rows.map((_, row) => {
        const values = grids.map((g) => g[row]).filter((v): v is number => v !== null && v !== undefined);
        return { row, answered: values.length, options: countKeys(indexes(q.choices.length), values, values.length) };
      });
      return { ...base, type: q.type, rows };
    }
    case "area": {
      const picks = answers as { area?: number; postcode?: string }[];
      const areaValues = picks.flatMap((p) => (p.area === undefined ? [] : [p.area]));
      const codes = picks.flatMap((p) => (p.postcode === undefined ? [] : [p.postcode]));
      return {
        ...base,
        type: q.type,
        areas: countKeys(areaIds, areaValues, answers.length),
        postcodes: countKeys([...new Set(codes)].sort(), codes, answers.length),
      };
    }
  }
}

/** Results of every question over a set of responses. */
export function surveyResults(
  questions: readonly Question[],
  responses: readonly Answers[],
  areaIds: readonly number[] = [],
) {
  return {
    respondents: responses.length,
    questions: questions.map((q) =>
      questionResult(
        q,
        responses.map((r) => r.get(q.id)),
        areaIds,
      ),
    ),
  };
}
