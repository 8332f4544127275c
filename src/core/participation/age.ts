// Age in whole years on a calendar day of the municipality (Europe/Amsterdam). Someone born on
// 29 February turns a year older on 1 March in a year without that day (as Dutch law counts it).
import { localDate } from "../i18n/local-days";

/** Whole years between `birthdate` and `today` (both YYYY-MM-DD). */
export function ageOn(birthdate: string, today: string): number {
  const [by, bm, bd] = birthdate.split("-").map(Number) as [number, number, number];
  const [ty, tm, td] = today.split("-").map(Number) as [number, number, number];
  const hadBirthday = tm > bm || (tm === bm && td >= bd);
  return ty - by - (hadBirthday ? 0 : 1);
}

/** Today's calendar day in the municipality, for an instant. */
export const todayIn = (now: Date): string => localDate(now.toISOString());
