// After the meeting: minutes, the number of attendees and outcomes (links to ideas, comments or
// answers that came from the evening), shown on the meeting page. And the organiser's mail to
// everyone registered.
import type { CurrentUser } from "../../../core/auth/sessions";
import { audit } from "../../../core/audit/log";
import type { Site } from "../../../core/db/types";
import { conflict, HttpError } from "../../../core/http/errors";
import { queueMail } from "../../../core/mail/queue";
import type { Services } from "../../../core/services";
import { siteBaseUrl } from "../../../core/sites/urls";
import { mayRecordAftermath } from "../domain/meeting";
import { organiserMail } from "../notify/mails";
import { managePath } from "../store/links";
import { loadMeeting } from "../store/meetings";

export async function recordMinutes(
  services: Services,
  site: Site,
  actor: CurrentUser,
  id: number,
  input: { minutes: string; attendees: number | null },
) {
  const now = services.clock();
  const meeting = await loadMeeting(services.db.kysely, site.id, id);
  if (!mayRecordAftermath(meeting, now)) throw conflict("meetings.errors.notYetHeld");
  await services.db.kysely.transaction().execute(async (trx) => {
    await trx
      .updateTable("meetings")
      .set({ minutes: input.minutes || null, attendees: input.attendees, updated_at: now.toISOString() })
      .where("id", "=", id)
      .execute();
    await audit(
      trx,
      { siteId: site.id, actorUserId: actor.id, action: "meetings.minutes", subject: `meeting:${id}` },
      now,
    );
  });
}

export async function addOutcome(
  services: Services,
  site: Site,
  actor: CurrentUser,
  id: number,
  input: { label: string; url: string },
) {
  const now = services.clock();
  const meeting = await loadMeeting(services.db.kysely, site.id, id);
  if (!mayRecordAftermath(meeting, now)) throw conflict("meetings.errors.notYetHeld");
  await services.db.kysely.transaction().execute(async (trx) => {
    await trx
      .insertInto("meeting_outcomes")
      .values({ meeting_id: id, label: input.label, url: input.url, created_at: now.toISOString() })
      .execute();
    await audit(
      trx,
      { siteId: site.id, actorUserId: actor.id, action: "meetings.outcome", subject: `meeting:${id}`, details: input },
      now,
    );
  });
}

export async function removeOutcome(services: Services, site: Site, actor: CurrentUser, id: number, outcomeId: number) {
  const now = services.clock();
  await loadMeeting(services.db.kysely, site.id, id);
  await services.db.kysely.transaction().execute(async (trx) => {
    const removed = await trx
      .deleteFrom("meeting_outcomes")
      .where("id", "=", outcomeId)
      .where("meeting_id", "=", id)
      .returning("id")
      .executeTakeFirst();
    if (!removed) throw new HttpError(404, "errors.notFound");
    await audit(
      trx,
      { siteId: site.id, actorUserId: actor.id, action: "meetings.outcomeRemoved", subject: `meeting:${id}` },
      now,
    );
  });
}

/** The organiser writes to everyone with a place or on the waiting list; returns how many. */
export async function mailRegistered(
  services: Services,
  site: Site,
  actor: CurrentUser,
  id: number,
  input: { subject: string; body: string },
): Promise<number> {
  const now = services.clock();
  const db = services.db.kysely;
  const meeting = await loadMeeting(db, site.id, id);
  const baseUrl = await siteBaseUrl(db, services.config, site);
  const count = await db.transaction().execute(async (trx) => {
    const people = await trx
      .selectFrom("meeting_registrations")
      .selectAll()
      .where("meeting_id", "=", id)
      .where("status", "in", ["confirmed", "waiting"])
      .execute();
    for (const p of people) {
      const link = `${baseUrl}${managePath(services.secret, p.id, p.link_seed)}`;
      await queueMail(trx, site.id, organiserMail(p, meeting, input.subject, input.body, link), now, {
        userId: p.user_id,
      });
    }
    await audit(
      trx,
      {
        siteId: site.id,
        actorUserId: actor.id,
        action: "meetings.mailRegistered",
        subject: `meeting:${id}`,
        details: { subject: input.subject, recipients: people.length },
      },
      now,
    );
    return people.length;
  });
  services.kickOutbox();
  return count;
}
