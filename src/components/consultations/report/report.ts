// The participation report as staff write it, and the one rule for reading its form: what we
// asked, what we heard, and points each with what we do with it (adopted, partly, not) and why.
// The form has numbered rows (point1, decision1, reason1, …): the saved points and a few empty
// rows, so staff add points without JavaScript. A row left wholly empty is no point.
import type { FieldError } from "../domain/parse-answer";

export const DECISIONS = ["adopted", "partly", "not"] as const;
export type Decision = (typeof DECISIONS)[number];

export interface ReportPoint {
  point: string;
  decision: Decision;
  reason: string;
}

export interface ReportText {
  asked: string;
  heard: string;
  points: ReportPoint[];
}

export const REPORT_LIMITS = { text: 10_000, point: 500, reason: 2_000, points: 50 } as const;
/** Empty rows offered below the saved points. */
export const EMPTY_POINT_ROWS = 3;

const text = (values: Record<string, unknown>, name: string): string => {
  const v = values[name];
  return typeof v === "string" ? v.trim() : "";
};

/** The number of point rows a form has: its highest numbered field, at most the limit. */
function rowCount(values: Record<string, unknown>): number {
  let n = 0;
  for (const key of Object.keys(values)) {
    const m = /^(?:point|decision|reason)([1-9]\d{0,2})$/.exec(key);
    if (m) n = Math.max(n, Number(m[1]));
  }
  return Math.min(n, REPORT_LIMITS.points + EMPTY_POINT_ROWS);
}

export function parseReportForm(values: Record<string, unknown>): { report: ReportText; errors: FieldError[] } {
  const errors: FieldError[] = [];
  const asked = text(values, "asked");
  const heard = text(values, "heard");
  if (asked.length > REPORT_LIMITS.text) errors.push({ field: "asked", key: "forms.errors.tooLong" });
  if (heard.length > REPORT_LIMITS.text) errors.push({ field: "heard", key: "forms.errors.tooLong" });
  const points: ReportPoint[] = [];
  for (let i = 1; i <= rowCount(values); i++) {
    const point = text(values, `point${i}`);
    const decision = text(values, `decision${i}`);
    const reason = text(values, `reason${i}`);
    if (!point && !decision && !reason) continue;
    if (!point) errors.push({ field: `point${i}`, key: "forms.errors.required" });
    else if (point.length > REPORT_LIMITS.point) errors.push({ field: `point${i}`, key: "forms.errors.tooLong" });
    const known = (DECISIONS as readonly string[]).includes(decision);
    if (!known) errors.push({ field: `decision${i}`, key: "consultations.report.errors.decision" });
    if (!reason) errors.push({ field: `reason${i}`, key: "consultations.report.errors.reason" });
    else if (reason.length > REPORT_LIMITS.reason) errors.push({ field: `reason${i}`, key: "forms.errors.tooLong" });
    if (point && known && reason) points.push({ point, decision: decision as Decision, reason });
  }
  if (points.length > REPORT_LIMITS.points)
    errors.push({ field: "point1", key: "consultations.report.errors.tooMany" });
  return { report: { asked, heard, points }, errors };
}

/** The form's fields for a saved report, with empty rows to add points. */
export function reportFormValues(report: ReportText | null): Record<string, string> {
  const values: Record<string, string> = { asked: report?.asked ?? "", heard: report?.heard ?? "" };
  const points = report?.points ?? [];
  points.forEach((p, i) => {
    values[`point${i + 1}`] = p.point;
    values[`decision${i + 1}`] = p.decision;
    values[`reason${i + 1}`] = p.reason;
  });
  for (let i = points.length + 1; i <= points.length + EMPTY_POINT_ROWS; i++) {
    values[`point${i}`] = "";
    values[`decision${i}`] = "";
    values[`reason${i}`] = "";
  }
  return values;
}

/** What a report still needs before it can be published: both texts and at least one point. */
export function missingForPublication(report: ReportText | null): string[] {
  const missing: string[] = [];
  if (!report?.asked) missing.push("asked");
  if (!report?.heard) missing.push("heard");
  if (!report?.points.length) missing.push("points");
  return missing;
}
