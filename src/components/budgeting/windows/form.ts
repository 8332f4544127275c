// Between the time-plan form and the stored windows. Staff type dates and times in Amsterdam
// wall-clock time (an <input type="date"> and an <input type="time"> per boundary); they are stored
// as UTC instants (core/i18n/local-days.ts), and shown back in local time.
import type { FieldError } from "../../../core/http/errors";
import { localDate, localDateTimeToIso, localTime } from "../../../core/i18n/local-days";
import { BOUNDARIES, type Boundary, boundaryAt, type Windows } from "./rules";

const TIME = /^([01]\d|2[0-3]):[0-5]\d$/;
const isDay = (v: string) => {
  const d = new Date(`${v}T00:00:00Z`);
  return /^\d{4}-\d{2}-\d{2}$/.test(v) && !Number.isNaN(d.getTime()) && d.toISOString().startsWith(v);
};

export const dateField = (b: Boundary) => `${b}Date`;
export const timeField = (b: Boundary) => `${b}Time`;

const KEY: Record<Boundary, keyof Windows> = {
  proposalsOpen: "proposalsOpenAt",
  proposalsClose: "proposalsCloseAt",
  votingOpen: "votingOpenAt",
  votingClose: "votingCloseAt",
};

/** The stored windows as form values, in Amsterdam time. */
export function windowValues(w: Windows | null): Record<string, string> {
  const values: Record<string, string> = {};
  for (const b of BOUNDARIES) {
    const at = w ? boundaryAt(w, b) : null;
    values[dateField(b)] = at ? localDate(at) : "";
    values[timeField(b)] = at ? localTime(at) : "";
  }
  return values;
}

/**
 * The windows from the form, or every problem beside its field: a date or time that is no real one
 * or only half given, a window with one end, a close not after its open, voting opening before
 * proposals close, and a close time that has already passed (unless it is the one stored: editing
 * a running process must not force a new close). `stored` is the plan as it is, or null.
 */
export function parseWindows(
  values: Record<string, string>,
  stored: Windows | null,
  now: Date,
): { ok: true; windows: Windows } | { ok: false; errors: FieldError[] } {
  const errors: FieldError[] = [];
  const at: Partial<Record<Boundary, string | null>> = {};
  for (const b of BOUNDARIES) {
    const date = (values[dateField(b)] ?? "").trim();
    const time = (values[timeField(b)] ?? "").trim();
    if (!date && !time) {
      at[b] = null;
      continue;
    }
    if (!isDay(date)) errors.push({ field: dateField(b), messageKey: "budgeting.windows.errors.date" });
    if (!TIME.test(time)) errors.push({ field: timeField(b), messageKey: "budgeting.windows.errors.time" });
    at[b] = isDay(date) && TIME.test(time) ? localDateTimeToIso(date, time) : undefined!;
  }
  const pair = (open: Boundary, close: Boundary) => {
    const [o, c] = [at[open], at[close]];
    if (o === undefined || c === undefined) return;
    if (o === null && c !== null)
      errors.push({ field: dateField(open), messageKey: "budgeting.windows.errors.bothEnds" });
    if (o !== null && c === null)
      errors.push({ field: dateField(close), messageKey: "budgeting.windows.errors.bothEnds" });
    if (o && c && c <= o)
      errors.push({ field: dateField(close), messageKey: "budgeting.windows.errors.closeBeforeOpen" });
  };
  pair("proposalsOpen", "proposalsClose");
  pair("votingOpen", "votingClose");
  const [pc, vo] = [at.proposalsClose, at.votingOpen];
  if (pc && vo && vo < pc && !errors.some((e) => e.field === dateField("votingOpen")))
    errors.push({ field: dateField("votingOpen"), messageKey: "budgeting.windows.errors.order" });
  for (const close of ["proposalsClose", "votingClose"] as const) {
    const c = at[close];
    const unchanged = stored !== null && boundaryAt(stored, close) === c;
    if (c && !unchanged && c <= now.toISOString() && !errors.some((e) => e.field === dateField(close)))
      errors.push({ field: dateField(close), messageKey: "budgeting.windows.errors.closePassed" });
  }
  if (errors.length) return { ok: false, errors };
  const windows = {} as Windows;
  for (const b of BOUNDARIES) windows[KEY[b]] = at[b] ?? null;
  return { ok: true, windows };
}
