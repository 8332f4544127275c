// Ballot limits of a pool, on top of its ballot type: at most N projects from a category, and a
// minimum/maximum number of projects or amount per ballot. One pure rule source: the ballot check
// (ballot-rules.ts) refuses a ballot with it, the staff form validates the settings with it, and
// the ballot page says the limits in words from it.
import { MAX_AMOUNT } from "./amounts";

export interface CategoryLimit {
  category: string;
  maxProjects: number;
}

export interface BallotLimits {
  minProjects: number | null;
  maxProjects: number | null;
  minCost: number | null;
  maxCost: number | null;
  categories: readonly CategoryLimit[];
}

export const NO_LIMITS: BallotLimits = {
  minProjects: null,
  maxProjects: null,
  minCost: null,
  maxCost: null,
  categories: [],
};

export interface LimitProblem {
  key: string;
  params: Record<string, number | string>;
}

export interface LimitedProject {
  id: number;
  cost: number | null;
  category?: string;
}

/** Category names compare without case and surrounding spaces ("Groen" = "groen "). */
export const categoryKey = (category: string): string => category.trim().toLocaleLowerCase("nl");

/** Every limit the chosen projects break, in a fixed order (count, amount, categories). */
export function limitProblems(
  limits: BallotLimits,
  projects: readonly LimitedProject[],
  chosen: readonly number[],
): LimitProblem[] {
  const byId = new Map(projects.map((p) => [p.id, p]));
  const count = chosen.length;
  const total = chosen.reduce((sum, id) => sum + (byId.get(id)?.cost ?? 0), 0);
  const out: LimitProblem[] = [];
  if (limits.minProjects !== null && count < limits.minProjects)
    out.push({ key: "budgeting.ballot.errors.limitTooFew", params: { min: limits.minProjects, count } });
  if (limits.maxProjects !== null && count > limits.maxProjects)
    out.push({ key: "budgeting.ballot.errors.limitTooMany", params: { max: limits.maxProjects, count } });
  if (limits.minCost !== null && total < limits.minCost)
    out.push({ key: "budgeting.ballot.errors.limitCostLow", params: { min: limits.minCost, total } });
  if (limits.maxCost !== null && total > limits.maxCost)
    out.push({ key: "budgeting.ballot.errors.limitCostHigh", params: { max: limits.maxCost, total } });
  for (const limit of limits.categories) {
    const key = categoryKey(limit.category);
    const inCategory = chosen.filter((id) => categoryKey(byId.get(id)?.category ?? "") === key).length;
    if (inCategory > limit.maxProjects)
      out.push({
        key: "budgeting.ballot.errors.categoryTooMany",
        params: { category: limit.category, max: limit.maxProjects, count: inCategory },
      });
  }
  return out;
}

/** The limits in words for the ballot page, as catalog keys with values (amounts as numbers). */
export function limitSentences(limits: BallotLimits): LimitProblem[] {
  const out: LimitProblem[] = [];
  const { minProjects: min, maxProjects: max } = limits;
  if (min !== null && max !== null) out.push({ key: "budgeting.limits.text.projectsBetween", params: { min, max } });
  else if (min !== null) out.push({ key: "budgeting.limits.text.projectsMin", params: { min } });
  else if (max !== null) out.push({ key: "budgeting.limits.text.projectsMax", params: { max } });
  if (limits.minCost !== null) out.push({ key: "budgeting.limits.text.costMin", params: { min: limits.minCost } });
  if (limits.maxCost !== null) out.push({ key: "budgeting.limits.text.costMax", params: { max: limits.maxCost } });
  for (const c of limits.categories)
    out.push({ key: "budgeting.limits.text.category", params: { category: c.category, max: c.maxProjects } });
  return out;
}

export const MAX_CATEGORY_LENGTH = 60;
const MAX_CATEGORY_LINES = 50;

export type LimitField = "limitMinProjects" | "limitMaxProjects" | "limitMinCost" | "limitMaxCost" | "categoryLimits";
export interface LimitFieldError {
  field: LimitField;
  key: string;
  params?: Record<string, number | string>;
}

/**
 * Reads "category: N" lines (one per line; empty lines are skipped). A line without a colon, a
 * number that is not whole, or a category named twice is an error naming the line.
 */
export function parseCategoryLimits(
  text: string,
): { ok: true; limits: CategoryLimit[] } | { ok: false; error: LimitFieldError } {
  const limits: CategoryLimit[] = [];
  const seen = new Set<string>();
  const lines = text.split(/\r\n|\r|\n/);
  const fail = (key: string, params: Record<string, number | string> = {}) =>
    ({ ok: false, error: { field: "categoryLimits", key, params } }) as const;
  if (lines.filter((l) => l.trim() !== "").length > MAX_CATEGORY_LINES)
    return fail("budgeting.limits.errors.tooManyLines", { max: MAX_CATEGORY_LINES });
  for (const [i, raw] of lines.entries()) {
    const line = raw.trim();
    if (line === "") continue;
    const m = /^(.+?)\s*[:=]\s*(\S+)$/.exec(line);
    if (!m) return fail("budgeting.limits.errors.lineFormat", { line: i + 1 });
    const category = m[1]!.trim();
    if (!/^\d{1,4}$/.test(m[2]!)) return fail("budgeting.limits.errors.lineNumber", { line: i + 1 });
    if (category.length > MAX_CATEGORY_LENGTH)
      return fail("budgeting.limits.errors.categoryTooLong", { line: i + 1, max: MAX_CATEGORY_LENGTH });
    if (seen.has(categoryKey(category))) return fail("budgeting.limits.errors.lineTwice", { line: i + 1, category });
    seen.add(categoryKey(category));
    limits.push({ category, maxProjects: Number(m[2]) });
  }
  return { ok: true, limits };
}

export const categoryLimitsText = (limits: readonly CategoryLimit[]): string =>
  limits.map((l) => `${l.category}: ${l.maxProjects}`).join("\n");

/**
 * Whether the limits can be met together: a minimum above its maximum is refused beside the
 * maximum, an amount outside 0…MAX_AMOUNT beside itself. Numbers arrive already whole and ≥ 0.
 */
export function checkLimits(limits: BallotLimits): LimitFieldError[] {
  const errors: LimitFieldError[] = [];
  for (const field of ["limitMinCost", "limitMaxCost"] as const) {
    const value = field === "limitMinCost" ? limits.minCost : limits.maxCost;
    if (value !== null && value > MAX_AMOUNT) errors.push({ field, key: "budgeting.errors.amountTooBig" });
  }
  if (limits.minProjects !== null && limits.maxProjects !== null && limits.minProjects > limits.maxProjects)
    errors.push({
      field: "limitMaxProjects",
      key: "budgeting.limits.errors.maxBelowMin",
      params: { min: limits.minProjects },
    });
  if (limits.minCost !== null && limits.maxCost !== null && limits.minCost > limits.maxCost)
    errors.push({ field: "limitMaxCost", key: "budgeting.limits.errors.maxBelowMin", params: { min: limits.minCost } });
  if (limits.maxProjects === 0) errors.push({ field: "limitMaxProjects", key: "budgeting.limits.errors.zero" });
  return errors;
}
