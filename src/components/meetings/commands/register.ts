// Registering for a meeting, confirming a guest's address, and cancelling by the link in the mail.
// A signed-in person with a confirmed address (core/auth/verify-first.ts) gets a place at once; a
// guest (name and address, no account) first confirms the address by the link mailed to it, and
// only then takes a place, so nobody can fill a meeting with made-up addresses.
import { siteBaseUrl } from "../../../core/sites/urls";
import type { Site } from "../../../core/db/types";
import { conflict, HttpError } from "../../../core/http/errors";
import type { Services } from "../../../core/services";
import { registrationOpen } from "../domain/meeting";
import { confirmPath, newSeed, registrationTokenValid } from "../store/links";
import type { RegistrationRow } from "../store/tables";
import { fillFreePlaces, lockMeeting, type MailContext, mailRegistration, place, release } from "./places";

export interface RegistrationInput {
  name: string;
  email: string;
  dietary: string;
  interpreter: boolean;
  remarks: string;
}

export interface Registrant {
  userId: number | null;
  /** True for an account whose address is confirmed; a guest's address is confirmed later. */
  addressConfirmed: boolean;
  language: "nl" | "en";
}

export type RegistrationOutcome = "confirmed" | "waiting" | "unconfirmed" | "already";

async function mailContext(services: Services, site: Site): Promise<MailContext> {
  return { secret: services.secret, baseUrl: await siteBaseUrl(services.db.kysely, services.config, site) };
}

export async function registerForMeeting(
  services: Services,
  site: Site,
  meetingId: number,
  who: Registrant,
  input: RegistrationInput,
): Promise<{ id: number; outcome: RegistrationOutcome }> {
  const now = services.clock();
  const links = await mailContext(services, site);
  const email = input.email.trim().toLowerCase();
  const result = await services.db.kysely.transaction().execute(async (trx) => {
    const meeting = await lockMeeting(trx, site.id, meetingId);
    if (!meeting) throw new HttpError(404, "errors.notFound");
    const open = registrationOpen(meeting, now);
    if (!open.ok) throw conflict(open.key);
    if (who.userId === null && !meeting.guests_allowed) throw new HttpError(403, "meetings.errors.accountNeeded");
    const existing = await trx
      .selectFrom("meeting_registrations")
      .selectAll()
      .where("meeting_id", "=", meeting.id)
      .where("email", "=", email)
      .executeTakeFirst();
    // Registering twice changes nothing; a cancelled or unconfirmed registration starts anew (new links).
    if (existing && (existing.status === "confirmed" || existing.status === "waiting"))
      return { id: existing.id, outcome: "already" as const };
    const values = {
      user_id: who.userId,
      name: input.name,
      language: who.language,
      status: "unconfirmed" as const,
      dietary: input.dietary,
      interpreter: input.interpreter ? 1 : 0,
      remarks: input.remarks,
      link_seed: newSeed(),
      created_at: now.toISOString(),
      placed_at: null,
      cancelled_at: null,
      reminded_at: null,
    };
    let id: number;
    if (existing) {
      await trx.updateTable("meeting_registrations").set(values).where("id", "=", existing.id).execute();
      id = existing.id;
    } else {
      const inserted = await trx
        .insertInto("meeting_registrations")
        .values({ ...values, meeting_id: meeting.id, email })
        .returning("id")
        .executeTakeFirstOrThrow();
      id = inserted.id;
    }
    const registration = { id, link_seed: values.link_seed, name: input.name, email, language: who.language };
    if (!who.addressConfirmed) {
      const link = `${links.baseUrl}${confirmPath(links.secret, id, values.link_seed)}`;
      await mailRegistration(trx, meeting, { ...registration, user_id: null }, "confirmAddress", links, now, link);
      return { id, outcome: "unconfirmed" as const };
    }
    const status = await place(trx, meeting, id, now);
    await mailRegistration(trx, meeting, { ...registration, user_id: who.userId }, status, links, now);
    return { id, outcome: status };
  });
  services.kickOutbox();
  return result;
}

/** The registration a link in a mail points to, if the token is right (else 404: no oracle). */
async function byLink(
  services: Services,
  site: Site,
  id: number,
  token: string,
  purpose: "confirm" | "manage",
): Promise<RegistrationRow> {
  const row = await services.db.kysely
    .selectFrom("meeting_registrations")
    .innerJoin("meetings", "meetings.id", "meeting_registrations.meeting_id")
    .selectAll("meeting_registrations")
    .where("meetings.site_id", "=", site.id)
    .where("meeting_registrations.id", "=", id)
    .executeTakeFirst();
  if (!row || !registrationTokenValid(services.secret, purpose, id, row.link_seed, token))
    throw new HttpError(404, "meetings.errors.linkInvalid");
  return row;
}

export const registrationByLink = byLink;

/** A guest opened the link in the confirmation mail: the address is theirs, so they take a place. */
export async function confirmGuest(services: Services, site: Site, id: number, token: string) {
  const now = services.clock();
  const found = await byLink(services, site, id, token, "confirm");
  const links = await mailContext(services, site);
  const status = await services.db.kysely.transaction().execute(async (trx) => {
    const meeting = (await lockMeeting(trx, site.id, found.meeting_id))!;
    const current = await trx
      .selectFrom("meeting_registrations")
      .selectAll()
      .where("id", "=", id)
      .executeTakeFirstOrThrow();
    if (current.status !== "unconfirmed") return current.status; // the link opened twice
    const open = registrationOpen(meeting, now);
    if (!open.ok) throw conflict(open.key);
    const placed = await place(trx, meeting, id, now);
    await mailRegistration(trx, meeting, current, placed, links, now);
    return placed;
  });
  services.kickOutbox();
  return status;
}

/** Cancels a registration (by its link, or by the signed-in person); a freed place moves the waiting list up. */
export async function cancelRegistration(services: Services, site: Site, registration: RegistrationRow) {
  const now = services.clock();
  const links = await mailContext(services, site);
  await services.db.kysely.transaction().execute(async (trx) => {
    const meeting = (await lockMeeting(trx, site.id, registration.meeting_id))!;
    const current = await trx
      .selectFrom("meeting_registrations")
      .selectAll()
      .where("id", "=", registration.id)
      .executeTakeFirstOrThrow();
    if (current.status === "cancelled") return;
    const open = registrationOpen(meeting, now);
    if (!open.ok) throw conflict(open.key);
    await release(trx, meeting, current, now);
    await mailRegistration(trx, meeting, current, "cancelled", links, now);
    await fillFreePlaces(trx, meeting, links, now);
  });
  services.kickOutbox();
}
