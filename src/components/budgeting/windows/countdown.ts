// What the process page says about the time plan: "Stemmen sluit over 3 dagen, op 31 maart om
// 9:00." or "Stemmen opent op 5 maart om 9:00." Pure over the plan, the phase and `now`, rendered
// on the server. Days are counted as calendar days in Amsterdam, not as 24-hour blocks, so a week
// with a clock change still says "over 3 dagen" for a close three days later at the same time.
import type { Language } from "../../../core/db/types";
import { calendarDaysBetween, localDate, localTime, TIME_ZONE } from "../../../core/i18n/local-days";
import { dateTimeFormat } from "../../../core/i18n/intl-cache";
import type { Translate } from "../../../core/i18n/catalog";
import type { Phase } from "../domain/process-rules";
import type { Windows } from "./rules";

export type Duration = { unit: "days" | "hours" | "minutes"; count: number };

export type CountdownLine =
  | { kind: "proposalsOpensOn" | "votingOpensOn"; at: string }
  | { kind: "proposalsClosesIn" | "votingClosesIn"; at: string; left: Duration }
  | { kind: "proposalsClosed" | "votingOpening" | "votingClosed" };

/** Time left until `at`: minutes within the hour, hours within the day, else calendar days. */
export function timeLeft(now: Date, at: string): Duration {
  const ms = Date.parse(at) - now.getTime();
  if (ms < 3_600_000) return { unit: "minutes", count: Math.max(1, Math.ceil(ms / 60_000)) };
  if (ms < 86_400_000) return { unit: "hours", count: Math.floor(ms / 3_600_000) };
  return { unit: "days", count: calendarDaysBetween(localDate(now.toISOString()), localDate(at)) };
}

/** The lines for a process in `phase` at `now`; none without windows or once the vote is over. */
export function countdownLines(w: Windows | null, phase: Phase, now: Date): CountdownLine[] {
  if (!w) return [];
  const at = now.toISOString();
  const lines: CountdownLine[] = [];
  if (phase === "submit" && w.proposalsOpenAt && w.proposalsCloseAt) {
    if (at < w.proposalsOpenAt) lines.push({ kind: "proposalsOpensOn", at: w.proposalsOpenAt });
    else if (at < w.proposalsCloseAt)
      lines.push({ kind: "proposalsClosesIn", at: w.proposalsCloseAt, left: timeLeft(now, w.proposalsCloseAt) });
    else lines.push({ kind: "proposalsClosed" });
  }
  if ((phase === "submit" || phase === "review") && w.votingOpenAt)
    lines.push(at < w.votingOpenAt ? { kind: "votingOpensOn", at: w.votingOpenAt } : { kind: "votingOpening" });
  if (phase === "vote" && w.votingCloseAt)
    lines.push(
      at < w.votingCloseAt
        ? { kind: "votingClosesIn", at: w.votingCloseAt, left: timeLeft(now, w.votingCloseAt) }
        : { kind: "votingClosed" },
    );
  return lines;
}

/** "5 maart" (with the year when it is not this year's) and "9:00", in Amsterdam time. */
export function localWhen(lang: Language, at: string, now: Date): { date: string; time: string } {
  const sameYear = localDate(at).slice(0, 4) === localDate(now.toISOString()).slice(0, 4);
  const options: Intl.DateTimeFormatOptions = { day: "numeric", month: "long", timeZone: TIME_ZONE };
  if (!sameYear) options.year = "numeric";
  return { date: dateTimeFormat(lang, options).format(new Date(at)), time: localTime(at).replace(/^0(\d)/, "$1") };
}

/** One line as a sentence in the visitor's language. */
export function countdownText(t: Translate, lang: Language, line: CountdownLine, now: Date): string {
  const key = `budgeting.windows.countdown.${line.kind}`;
  if (!("at" in line)) return t(key);
  const when = localWhen(lang, line.at, now);
  if (!("left" in line)) return t(key, when);
  const left = t(`budgeting.windows.duration.${line.left.unit}`, { count: line.left.count });
  return t(key, { ...when, left });
}
