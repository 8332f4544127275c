// Times are stored as ISO-8601 UTC strings on both databases (see types.ts).
export const iso = (date: Date): string => date.toISOString();
export const addMinutes = (date: Date, minutes: number): Date => new Date(date.getTime() + minutes * 60_000);
export const addDays = (date: Date, days: number): Date => new Date(date.getTime() + days * 86_400_000);

/** The latest of ISO-8601 UTC times, or `fallback` (also a candidate). Same format and zone, so
 *  they compare as strings: no Date parsing, and never Math.max (which would give NaN). */
export function latestIso(times: Iterable<string>, fallback: string): string {
  let latest = fallback;
  for (const time of times) if (time > latest) latest = time;
  return latest;
}
