// The staff export: one row per sent response, one column per answer (a grid has a column per
// row, so every cell holds one answer). Choices are written as their text, not their position,
// so the file reads without the survey beside it. Multiple choice and ranking list their
// choices separated by " | " (in ranking order). Written through core/csv (quoting and formula
// neutralisation); this module only builds the rows.
import type { CsvValue } from "../../../core/csv";
import type { AnswerValue, Question } from "./questions";
import { levelOf, type ResponseOrigin } from "./result-filters";

export interface CsvResponse extends ResponseOrigin {
  id: number;
  submitted_at: string;
  answers: ReadonlyMap<number, AnswerValue>;
}

const LIST = " | ";

function columnsOf(q: Question): string[] {
  return q.type === "grid" ? q.rows.map((row) => `${q.label}: ${row}`) : [q.label];
}

function cells(q: Question, a: AnswerValue | undefined, areaNames: ReadonlyMap<number, string>): CsvValue[] {
  if (a === undefined) return columnsOf(q).map(() => "");
  switch (q.type) {
    case "single":
      return [q.choices[a as number] ?? ""];
    case "multiple":
    case "ranking":
      return [(a as number[]).map((i) => q.choices[i] ?? "").join(LIST)];
    case "scale":
    case "number":
      return [a as number];
    case "shortText":
    case "longText":
      return [a as string];
    case "grid":
      return q.rows.map((_, row) => {
        const v = (a as (number | null)[])[row];
        return v === null || v === undefined ? "" : (q.choices[v] ?? "");
      });
    case "area": {
      const pick = a as { area?: number; postcode?: string };
      return [pick.area !== undefined ? (areaNames.get(pick.area) ?? "") : (pick.postcode ?? "")];
    }
  }
}

/** The header row's fixed part; the labels are the English column names of the file format. */
export const FIXED_COLUMNS = ["response", "submitted_at", "source", "level", "verified", "area"] as const;

export function responsesCsvRows(
  questions: readonly Question[],
  responses: readonly CsvResponse[],
  areaNames: ReadonlyMap<number, string>,
): CsvValue[][] {
  const header: CsvValue[] = [...FIXED_COLUMNS, ...questions.flatMap(columnsOf)];
  const rows = responses.map((r) => [
    r.id,
    r.submitted_at,
    r.source,
    levelOf(r),
    r.verified,
    r.area_id === null ? "" : (areaNames.get(r.area_id) ?? ""),
    ...questions.flatMap((q) => cells(q, r.answers.get(q.id), areaNames)),
  ]);
  return [header, ...rows];
}
