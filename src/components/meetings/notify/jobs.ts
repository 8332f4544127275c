// The reminder mail on the day before a meeting. Idempotent: each registration is marked by a
// conditional update (reminded_at still null) in the transaction that queues its mail, so several
// processes or a late run never send one twice.
import type { ScheduledJob } from "../../../core/components";
import type { Services } from "../../../core/services";
import { siteBaseUrl } from "../../../core/sites/urls";
import { fillFreePlaces, lockMeeting, mailRegistration } from "../commands/places";
import { reminderDue } from "../domain/meeting";

export async function sendMeetingReminders(services: Services, now: Date): Promise<number> {
  const db = services.db.kysely;
  const nowIso = now.toISOString();
  // At most two days ahead: the rule (reminderDue) decides within that window.
  const soon = new Date(now.getTime() + 2 * 86_400_000).toISOString();
  const meetings = await db
    .selectFrom("meetings")
    .selectAll()
    .where("status", "=", "scheduled")
    .where("starts_at", ">", nowIso)
    .where("starts_at", "<=", soon)
    .execute();
  let sent = 0;
  for (const meeting of meetings.filter((m) => reminderDue(m.starts_at, now))) {
    const site = await db.selectFrom("sites").selectAll().where("id", "=", meeting.site_id).executeTakeFirstOrThrow();
    const links = { secret: services.secret, baseUrl: await siteBaseUrl(db, services.config, site) };
    sent += await db.transaction().execute(async (trx) => {
      const claimed = await trx
        .updateTable("meeting_registrations")
        .set({ reminded_at: nowIso })
        .where("meeting_id", "=", meeting.id)
        .where("status", "=", "confirmed")
        .where("reminded_at", "is", null)
        .returningAll()
        .execute();
      for (const r of claimed) await mailRegistration(trx, meeting, r, "reminder", links, now);
      return claimed.length;
    });
  }
  if (sent) services.kickOutbox();
  return sent;
}

/** Moves the waiting list up where places are free but nobody moved (a place freed by an account's
 *  deletion, whose transaction cannot mail). Locks each meeting, like a cancellation. */
export async function fillFreedPlaces(services: Services, now: Date): Promise<number> {
  const db = services.db.kysely;
  const candidates = await db
    .selectFrom("meetings")
    .innerJoin("meeting_registrations", "meeting_registrations.meeting_id", "meetings.id")
    .select(["meetings.id", "meetings.site_id"])
    .distinct()
    .where("meetings.status", "=", "scheduled")
    .where("meetings.starts_at", ">", now.toISOString())
    .where("meeting_registrations.status", "=", "waiting")
    .where((eb) =>
      eb.or([eb("meetings.capacity", "is", null), eb("meetings.confirmed_count", "<", eb.ref("meetings.capacity"))]),
    )
    .execute();
  let moved = 0;
  for (const c of candidates) {
    const site = await db.selectFrom("sites").selectAll().where("id", "=", c.site_id).executeTakeFirstOrThrow();
    const links = { secret: services.secret, baseUrl: await siteBaseUrl(db, services.config, site) };
    moved += await db.transaction().execute(async (trx) => {
      const meeting = await lockMeeting(trx, c.site_id, c.id);
      return meeting ? fillFreePlaces(trx, meeting, links, now) : 0;
    });
  }
  if (moved) services.kickOutbox();
  return moved;
}

export const meetingJobs: ScheduledJob[] = [
  {
    name: "meetings.reminders",
    everySeconds: 900,
    run: (services, now) => sendMeetingReminders(services, now).then(() => {}),
  },
  {
    name: "meetings.waiting-list",
    everySeconds: 300,
    run: (services, now) => fillFreedPlaces(services, now).then(() => {}),
  },
];
