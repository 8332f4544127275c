// Opening and closing dates are whole days in the municipality's time zone (Europe/Amsterdam):
// a conversation "open until 12 March" closes at midnight after 12 March, local time. The day
// arithmetic itself is core's (src/core/i18n/local-days.ts), shared with the ideas' due dates.
import { endOfLocalDay, localDate, startOfLocalDay } from "../../../core/i18n/local-days";

export { endOfLocalDay, localDate, startOfLocalDay };

export function isCalendarDate(value: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) return false;
  const d = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().startsWith(value);
}

/** The last local day a conversation is open, for the edit form. */
export function lastOpenDay(closesAt: string): string {
  return localDate(new Date(Date.parse(closesAt) - 1).toISOString());
}
