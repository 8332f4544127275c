// The figures of a participation report, counted from the sent survey responses: how many took
// part, by participation level and by area, and per survey. Pure: the store hands in one grouped
// count per (survey, source, verified, area); a response's level is decided by the results'
// filters (domain/result-filters.ts), so the report and the results always agree.
import { type Level, LEVELS, levelOf } from "../domain/result-filters";
import type { ResponseSource } from "../store/tables";

export { LEVELS, levelOf };
export type ResponseLevel = Level;

export interface ResponseGroup {
  surveyId: number;
  source: ResponseSource;
  verified: boolean;
  areaId: number | null;
  count: number;
}

export interface ReportFigures {
  responses: number;
  byLevel: { level: ResponseLevel; count: number }[];
  /** Areas with responses, most first; `areaId` null counts responses without a known area. */
  byArea: { areaId: number | null; count: number }[];
  bySurvey: { surveyId: number; count: number }[];
}

function sumBy<K>(groups: readonly ResponseGroup[], key: (g: ResponseGroup) => K): Map<K, number> {
  const sums = new Map<K, number>();
  for (const g of groups) sums.set(key(g), (sums.get(key(g)) ?? 0) + g.count);
  return sums;
}

export function reportFigures(groups: readonly ResponseGroup[], surveyIds: readonly number[]): ReportFigures {
  const levels = sumBy(groups, levelOf);
  const areas = sumBy(groups, (g) => g.areaId);
  const surveys = sumBy(groups, (g) => g.surveyId);
  return {
    responses: groups.reduce((n, g) => n + g.count, 0),
    byLevel: LEVELS.map((level) => ({ level, count: levels.get(level) ?? 0 })),
    byArea: [...areas]
      .map(([areaId, count]) => ({ areaId, count }))
      // Known areas first by count, the unknown last: it is not a place to compare.
      .sort((a, b) => (a.areaId === null ? 1 : 0) - (b.areaId === null ? 1 : 0) || b.count - a.count),
    bySurvey: surveyIds.map((surveyId) => ({ surveyId, count: surveys.get(surveyId) ?? 0 })),
  };
}
