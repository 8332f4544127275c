// Opening and closing dates are whole days in the municipality's time zone (Europe/Amsterdam):
// a conversation "open until 12 March" closes at midnight after 12 March, local time.
const ZONE = "Europe/Amsterdam";

export function isCalendarDate(value: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) return false;
  const d = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().startsWith(value);
}

/** Minutes the zone is ahead of UTC at this instant (60 in winter, 120 in summer). */
function offsetMinutes(ms: number): number {
  const parts = new Intl.DateTimeFormat("en-GB", {
    timeZone: ZONE,
    hourCycle: "h23",
    year: "numeric",
    month: "2-digit",
    day: "2-digit",
    hour: "2-digit",
    minute: "2-digit",
  }).formatToParts(new Date(ms));
  const get = (type: string) => Number(parts.find((p) => p.type === type)!.value);
  return (Date.UTC(get("year"), get("month") - 1, get("day"), get("hour"), get("minute")) - ms) / 60_000;
}

/** Local midnight at the start of `date` (YYYY-MM-DD), as an ISO instant. */
export function startOfLocalDay(date: string): string {
  const utc = Date.parse(`${date}T00:00:00Z`);
  return new Date(utc - offsetMinutes(utc) * 60_000).toISOString();
}

/** Local midnight after `date`: the end of that day, when a conversation closes. */
export function endOfLocalDay(date: string): string {
  const next = new Date(Date.parse(`${date}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10);
  return startOfLocalDay(next);
}

/** The local calendar date of an instant (YYYY-MM-DD). */
export function localDate(isoInstant: string): string {
  const ms = Date.parse(isoInstant);
  return new Date(ms + offsetMinutes(ms) * 60_000).toISOString().slice(0, 10);
}

/** The last local day a conversation is open, for the edit form. */
export function lastOpenDay(closesAt: string): string {
  return localDate(new Date(Date.parse(closesAt) - 1).toISOString());
}
