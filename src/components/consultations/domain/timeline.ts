// A consultation's timeline: phases such as information, input, processing and decision, each
// with a first and last calendar day (Europe/Amsterdam). Residents see which phase is current.
import { endOfLocalDay, localDate } from "../../../core/i18n/local-days";
import type { FieldError } from "./parse-answer";

export interface Phase {
  name: string;
  /** First and last day of the phase, YYYY-MM-DD, both inclusive. */
  startsOn: string;
  endsOn: string;
}

/** How many phases the staff form offers; rows left empty are not phases. */
export const MAX_PHASES = 6;

export type PhaseStatus = "past" | "current" | "upcoming";

export function phaseStatus(phase: Phase, now: Date): PhaseStatus {
  const today = localDate(now.toISOString());
  if (today < phase.startsOn) return "upcoming";
  return today > phase.endsOn ? "past" : "current";
}

/** The phase today falls in, or null (before the first, after the last, or between two). */
export function currentPhase(phases: readonly Phase[], now: Date): number | null {
  const i = phases.findIndex((p) => phaseStatus(p, now) === "current");
  return i < 0 ? null : i;
}

/** A real calendar day written YYYY-MM-DD (what an <input type="date"> sends). */
export function isDay(text: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(text)) return false;
  const d = new Date(`${text}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === text;
}

/** Whether a survey still takes answers: published and not past the end of its closing day. */
export function surveyOpen(survey: { published: boolean; closesOn: string }, now: Date): boolean {
  return survey.published && now.getTime() < Date.parse(endOfLocalDay(survey.closesOn));
}

export type PhaseRow = { name: string; start: string; end: string };

/**
 * The phases from the staff form's rows (`phase1Name`, `phase1Start`, `phase1End`…), in order and
 * without overlap. A row with nothing in it is skipped; a half-filled row is an error.
 */
export function parsePhases(values: Record<string, string>): { phases: Phase[]; errors: FieldError[] } {
  const phases: Phase[] = [];
  const errors: FieldError[] = [];
  for (let i = 1; i <= MAX_PHASES; i++) {
    const name = (values[`phase${i}Name`] ?? "").trim();
    const start = (values[`phase${i}Start`] ?? "").trim();
    const end = (values[`phase${i}End`] ?? "").trim();
    if (!name && !start && !end) continue;
    const before = errors.length;
    if (!name) errors.push({ field: `phase${i}Name`, key: "consultations.phase.nameRequired" });
    if ([...name].length > 80) errors.push({ field: `phase${i}Name`, key: "consultations.phase.nameTooLong" });
    if (!isDay(start)) errors.push({ field: `phase${i}Start`, key: "consultations.phase.dayRequired" });
    if (!isDay(end)) errors.push({ field: `phase${i}End`, key: "consultations.phase.dayRequired" });
    else if (isDay(start) && end < start)
      errors.push({ field: `phase${i}End`, key: "consultations.phase.endBeforeStart" });
    const previous = phases.at(-1);
    if (errors.length === before && previous && start <= previous.endsOn)
      errors.push({ field: `phase${i}Start`, key: "consultations.phase.overlaps" });
    if (errors.length === before) phases.push({ name, startsOn: start, endsOn: end });
  }
  return { phases, errors };
}

/** The phases as form values, to fill the staff form. */
export function phaseValues(phases: readonly Phase[]): Record<string, string> {
  const values: Record<string, string> = {};
  phases.forEach((p, i) => {
    values[`phase${i + 1}Name`] = p.name;
    values[`phase${i + 1}Start`] = p.startsOn;
    values[`phase${i + 1}End`] = p.endsOn;
  });
  return values;
}
