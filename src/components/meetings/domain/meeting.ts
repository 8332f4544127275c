// The rules of a meeting and its registrations. Pure: times come in as ISO strings and `now` as a
// Date, so pages, commands, the job and the tests ask the same functions.
import { addCalendarDays, localDate } from "../../../core/i18n/local-days";

export const MEETING_KINDS = ["in_person", "online", "hybrid"] as const;
export type MeetingKind = (typeof MEETING_KINDS)[number];
export const REGISTRATION_MODES = ["none", "optional", "required"] as const;
export type RegistrationMode = (typeof REGISTRATION_MODES)[number];
export type RegistrationStatus = "unconfirmed" | "confirmed" | "waiting" | "cancelled";

export interface MeetingTimes {
  status: "scheduled" | "cancelled";
  starts_at: string;
  ends_at: string;
}

/** Upcoming until it ends: a meeting that has begun is still "now" on the list, not past. */
export const isPast = (m: Pick<MeetingTimes, "ends_at">, now: Date): boolean => m.ends_at <= now.toISOString();

/** A meeting that needs a place in a room has an address; one that happens online has a link. */
export const needsPlace = (kind: MeetingKind): boolean => kind !== "online";
export const needsLink = (kind: MeetingKind): boolean => kind !== "in_person";

/** People can (un)register until the meeting starts, while it is on and takes registrations. */
export function registrationOpen(
  m: MeetingTimes & { registration: RegistrationMode },
  now: Date,
): { ok: true } | { ok: false; key: string } {
  if (m.status === "cancelled") return { ok: false, key: "meetings.errors.cancelled" };
  if (m.registration === "none") return { ok: false, key: "meetings.errors.noRegistration" };
  if (m.starts_at <= now.toISOString()) return { ok: false, key: "meetings.errors.started" };
  return { ok: true };
}

/** Where a new (or moving up) registration goes: a place while any is left, else the waiting list. */
export const placeFor = (confirmed: number, capacity: number | null): "confirmed" | "waiting" =>
  capacity === null || confirmed < capacity ? "confirmed" : "waiting";

/** Places left, or null for no limit. Never negative, also when staff lowered the capacity. */
export const placesLeft = (confirmed: number, capacity: number | null): number | null =>
  capacity === null ? null : Math.max(0, capacity - confirmed);

/** The online link is for people with a place (not the waiting list, not an unconfirmed guest). */
export const seesOnlineLink = (status: RegistrationStatus | null): boolean => status === "confirmed";

/** The reminder goes out on the local calendar day before the meeting (or later, if the job ran
 *  late), never after it started. */
export function reminderDue(startsAt: string, now: Date): boolean {
  const nowIso = now.toISOString();
  return nowIso < startsAt && localDate(nowIso) >= addCalendarDays(localDate(startsAt), -1);
}

/** Staff record minutes and attendance once the meeting has begun. */
export const mayRecordAftermath = (m: MeetingTimes, now: Date): boolean =>
  m.status === "scheduled" && m.starts_at <= now.toISOString();
