// Calendar days in the municipality's time zone (Europe/Amsterdam), for rules that speak of whole
// days: "open until 12 March", "an answer by 16 December", "3 days late". Pure and free of Node
// APIs (only Intl), so domain rules and browser scripts may use it. A day is written YYYY-MM-DD.
import { keptResults } from "../kept-results";

export const TIME_ZONE = "Europe/Amsterdam";
const DAY = 86_400_000;

// Building an Intl formatter costs far more than using one, so it is made once.
let parts: Intl.DateTimeFormat | undefined;

const HOUR = 3_600_000;
// The zone changes its clocks on a whole UTC hour (01:00 UTC), so the offset is the same for a
// whole UTC hour and is worked out once per hour: formatToParts cost a vote a few per cent.
const offsetByHour = keptResults<number, number>();

/** Minutes the zone is ahead of UTC at this instant (60 in winter, 120 in summer). */
function offsetMinutes(ms: number): number {
  const hour = Math.floor(ms / HOUR);
  return offsetByHour(hour, () => measuredOffsetMinutes(hour * HOUR));
}

function measuredOffsetMinutes(ms: number): number {
  parts ??= new Intl.DateTimeFormat("en-GB", {
    timeZone: TIME_ZONE,
    hourCycle: "h23",
    year: "numeric",
    month: "2-digit",
    day: "2-digit",
    hour: "2-digit",
    minute: "2-digit",
  });
  const list = parts.formatToParts(new Date(ms));
  const get = (type: string) => Number(list.find((p) => p.type === type)!.value);
  return (Date.UTC(get("year"), get("month") - 1, get("day"), get("hour"), get("minute")) - ms) / 60_000;
}

/**
 * Local midnight at the start of `day`, as an ISO instant. The zone changes its clocks at 02:00 or
 * 03:00 local time, never around midnight, so the offset an hour or two after midnight is the one at midnight.
 */
export function startOfLocalDay(day: string): string {
  const utc = Date.parse(`${day}T00:00:00Z`);
  return new Date(utc - offsetMinutes(utc) * 60_000).toISOString();
}

/** Local midnight after `day`: the first moment that no longer belongs to it. */
export function endOfLocalDay(day: string): string {
  return startOfLocalDay(addCalendarDays(day, 1));
}

/** The last moment (millisecond) that still belongs to `day`, local time. */
export function lastMomentOfLocalDay(day: string): string {
  return new Date(Date.parse(endOfLocalDay(day)) - 1).toISOString();
}

/** The local calendar day of an instant (YYYY-MM-DD). */
export function localDate(isoInstant: string): string {
  const ms = Date.parse(isoInstant);
  return new Date(ms + offsetMinutes(ms) * 60_000).toISOString().slice(0, 10);
}

/** The calendar day `days` days after `day` (before, when negative); no time zone involved. */
export function addCalendarDays(day: string, days: number): string {
  return new Date(Date.parse(`${day}T00:00:00Z`) + days * DAY).toISOString().slice(0, 10);
}

/** Calendar days from `from` to `to` (negative when `to` comes first). */
export function calendarDaysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / DAY);
}

/**
 * The instant of a wall-clock time on a local day ("2026-03-29", "19:30"). A time the clocks skip
 * (02:30 on the spring change) becomes the same time under the earlier offset, an hour later; a
 * time that happens twice (02:30 in autumn) is the first one. Evenings are never near either.
 */
export function localDateTimeToIso(day: string, time: string): string {
  const asUtc = Date.parse(`${day}T${time}:00Z`);
  const first = asUtc - offsetMinutes(asUtc) * 60_000;
  return new Date(asUtc - offsetMinutes(first) * 60_000).toISOString();
}

/** The local wall-clock time of an instant, "HH:MM". */
export function localTime(isoInstant: string): string {
  const ms = Date.parse(isoInstant);
  return new Date(ms + offsetMinutes(ms) * 60_000).toISOString().slice(11, 16);
}
