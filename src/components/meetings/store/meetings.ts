// Queries about meetings. Functions take (db | trx) first; the caller owns the transaction.
import type { Executor } from "../../../core/db/database";
import { HttpError } from "../../../core/http/errors";
import "./tables";
import type { MeetingRow } from "./tables";

export type MeetingWithArea = MeetingRow & { area_name: string | null };

function base(db: Executor, siteId: number) {
  return db
    .selectFrom("meetings")
    .leftJoin("areas", "areas.id", "meetings.area_id")
    .selectAll("meetings")
    .select("areas.name as area_name")
    .where("meetings.site_id", "=", siteId);
}

/** One meeting of this site, or 404 (never another site's: no IDOR across tenants). */
export async function loadMeeting(db: Executor, siteId: number, id: number): Promise<MeetingWithArea> {
  const meeting = await base(db, siteId).where("meetings.id", "=", id).executeTakeFirst();
  if (!meeting) throw new HttpError(404, "errors.notFound");
  return meeting;
}

/** Upcoming (not ended; soonest first) or past (latest first) meetings, optionally of one area. */
export async function listMeetings(
  db: Executor,
  siteId: number,
  now: Date,
  which: "upcoming" | "past" | "all",
  options: { areaId?: number; limit?: number } = {},
): Promise<MeetingWithArea[]> {
  let q = base(db, siteId);
  const nowIso = now.toISOString();
  if (which === "upcoming") q = q.where("meetings.ends_at", ">", nowIso).orderBy("meetings.starts_at", "asc");
  else if (which === "past") q = q.where("meetings.ends_at", "<=", nowIso).orderBy("meetings.starts_at", "desc");
  else q = q.orderBy("meetings.starts_at", "desc");
  if (options.areaId) q = q.where("meetings.area_id", "=", options.areaId);
  return q
    .orderBy("meetings.id")
    .limit(options.limit ?? 500)
    .execute();
}

export async function listOutcomes(db: Executor, meetingId: number) {
  return db.selectFrom("meeting_outcomes").selectAll().where("meeting_id", "=", meetingId).orderBy("id").execute();
}

export async function listRegistrations(db: Executor, meetingId: number) {
  return db
    .selectFrom("meeting_registrations")
    .selectAll()
    .where("meeting_id", "=", meetingId)
    .orderBy("status")
    .orderBy("placed_at")
    .orderBy("id")
    .execute();
}

/** The signed-in person's registration for a meeting, if any (by account, or by their address). */
export async function registrationOf(db: Executor, meetingId: number, userId: number, email: string) {
  return db
    .selectFrom("meeting_registrations")
    .selectAll()
    .where("meeting_id", "=", meetingId)
    .where((eb) => eb.or([eb("user_id", "=", userId), eb("email", "=", email.toLowerCase())]))
    .executeTakeFirst();
}

/** Registrations waiting for a place, in their turn (first come, first served). */
export async function waitingCount(db: Executor, meetingId: number): Promise<number> {
  const row = await db
    .selectFrom("meeting_registrations")
    .select((eb) => eb.fn.countAll<number>().as("n"))
    .where("meeting_id", "=", meetingId)
    .where("status", "=", "waiting")
    .executeTakeFirstOrThrow();
  return Number(row.n);
}
