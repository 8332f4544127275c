// The results' filters: by the respondent's area and by participation level. A level says how we
// know who answered: a verified resident (identity or letter code), someone with an account that
// is not verified, an anonymous answer (when the consultation allows it), an answer given with a
// code from a letter to an address (answer codes) or a paper form entered by staff. This is the
// one place that decides a response's level; the participation report counts by it too. The
// filters are GET parameters, so they work without JavaScript and can be bookmarked.

import type { ResponseSource } from "../store/tables";

export const LEVELS = ["verified", "unverified", "code", "anonymous", "paper"] as const;
export type Level = (typeof LEVELS)[number];

/** The parameter values in the page address (Dutch, like the page's own address). */
export const LEVEL_PARAMS: Record<Level, string> = {
  verified: "geverifieerd",
  unverified: "niet-geverifieerd",
  code: "antwoordcode",
  anonymous: "anoniem",
  paper: "papier",
};

export interface ResultFilter {
  areaId?: number;
  level?: Level;
}

export interface ResponseOrigin {
  source: ResponseSource;
  verified: number;
  area_id: number | null;
}

export function levelOf(r: Pick<ResponseOrigin, "source"> & { verified: number | boolean }): Level {
  if (r.source === "anonymous") return "anonymous";
  if (r.source === "paper") return "paper";
  if (r.source === "code") return "code";
  return r.verified ? "verified" : "unverified";
}

export function matchesFilter(r: ResponseOrigin, filter: ResultFilter): boolean {
  return (
    (filter.areaId === undefined || r.area_id === filter.areaId) &&
    (filter.level === undefined || levelOf(r) === filter.level)
  );
}

export type FilterError = { field: "gebied" | "niveau"; key: string };

/**
 * The query (`gebied`, `niveau`; empty means all) → a filter, or errors for the form beside the
 * fields. An area must be one of `areaIds` (the site's areas); anything else is refused.
 */
export function parseResultFilter(
  query: Record<string, unknown>,
  areaIds: readonly number[],
): { filter: ResultFilter; errors: FilterError[] } {
  const filter: ResultFilter = {};
  const errors: FilterError[] = [];
  const area = query.gebied;
  if (area !== undefined && area !== "") {
    const id = typeof area === "string" && /^[1-9]\d{0,9}$/.test(area) ? Number(area) : Number.NaN;
    if (areaIds.includes(id)) filter.areaId = id;
    else errors.push({ field: "gebied", key: "consultations.results.unknownArea" });
  }
  const level = query.niveau;
  if (level !== undefined && level !== "") {
    const found = LEVELS.find((l) => LEVEL_PARAMS[l] === level);
    if (found) filter.level = found;
    else errors.push({ field: "niveau", key: "consultations.results.unknownLevel" });
  }
  return { filter, errors };
}
