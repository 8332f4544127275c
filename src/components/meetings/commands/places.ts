// Places and the waiting list. Every change to a meeting's registrations first locks the meeting's
// row (PostgreSQL: FOR UPDATE; SQLite: the write transaction is already exclusive), so two
// registrations never both take the last place, and a freed place goes to exactly one person.
import type { Executor } from "../../../core/db/database";
import { forUpdate } from "../../../core/db/locks";
import { queueMail } from "../../../core/mail/queue";
import { placeFor } from "../domain/meeting";
import { registrationMail, type RegistrationMailKind } from "../notify/mails";
import { managePath } from "../store/links";
import type { MeetingRow, RegistrationRow } from "../store/tables";

export interface MailContext {
  secret: string;
  baseUrl: string;
}

/** The meeting, locked until the transaction ends. */
export async function lockMeeting(trx: Executor, siteId: number, meetingId: number): Promise<MeetingRow | undefined> {
  return forUpdate(
    trx,
    trx.selectFrom("meetings").selectAll().where("site_id", "=", siteId).where("id", "=", meetingId),
  ).executeTakeFirst();
}

/** Queues a mail to a registered person, with the link to manage the registration. */
export async function mailRegistration(
  trx: Executor,
  meeting: MeetingRow,
  registration: Pick<RegistrationRow, "id" | "link_seed" | "name" | "email" | "language" | "user_id">,
  kind: RegistrationMailKind,
  links: MailContext,
  now: Date,
  link = `${links.baseUrl}${managePath(links.secret, registration.id, registration.link_seed)}`,
): Promise<void> {
  await queueMail(trx, meeting.site_id, registrationMail(kind, registration, meeting, link), now, {
    userId: registration.user_id,
  });
}

/**
 * Gives a place (or a turn on the waiting list) to a registration whose address is confirmed.
 * The meeting must be locked by the caller. Returns the status it got.
 */
export async function place(
  trx: Executor,
  meeting: MeetingRow,
  registrationId: number,
  now: Date,
): Promise<"confirmed" | "waiting"> {
  const status = placeFor(meeting.confirmed_count, meeting.capacity);
  await trx
    .updateTable("meeting_registrations")
    .set({ status, placed_at: now.toISOString() })
    .where("id", "=", registrationId)
    .execute();
  if (status === "confirmed") {
    await trx
      .updateTable("meetings")
      .set((eb) => ({ confirmed_count: eb("confirmed_count", "+", 1) }))
      .where("id", "=", meeting.id)
      .execute();
    meeting.confirmed_count++;
  }
  return status;
}

/**
 * Moves people up from the waiting list while places are free (after a cancellation, or when staff
 * raise the capacity), in their turn, and tells each by mail. The meeting must be locked.
 */
export async function fillFreePlaces(trx: Executor, meeting: MeetingRow, links: MailContext, now: Date) {
  let moved = 0;
  while (placeFor(meeting.confirmed_count, meeting.capacity) === "confirmed") {
    const next = await trx
      .selectFrom("meeting_registrations")
      .selectAll()
      .where("meeting_id", "=", meeting.id)
      .where("status", "=", "waiting")
      .orderBy("placed_at")
      .orderBy("id")
      .limit(1)
      .executeTakeFirst();
    if (!next) break;
    await place(trx, meeting, next.id, now);
    await mailRegistration(trx, meeting, next, "movedUp", links, now);
    moved++;
  }
  return moved;
}

/** Frees the place of a registration (cancelled by the person, or the account deleted). */
export async function release(trx: Executor, meeting: MeetingRow, registration: RegistrationRow, now: Date) {
  await trx
    .updateTable("meeting_registrations")
    .set({ status: "cancelled", cancelled_at: now.toISOString() })
    .where("id", "=", registration.id)
    .execute();
  if (registration.status === "confirmed") {
    await trx
      .updateTable("meetings")
      .set((eb) => ({ confirmed_count: eb("confirmed_count", "-", 1) }))
      .where("id", "=", meeting.id)
      .execute();
    meeting.confirmed_count--;
  }
}
