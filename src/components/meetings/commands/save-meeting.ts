// Staff create, change and cancel meetings. A change that matters for someone coming (time, place,
// online link) or a cancellation raises the calendar SEQUENCE and mails everyone registered; a
// higher capacity moves people up from the waiting list in the same transaction.
import crypto from "node:crypto";
import type { CurrentUser } from "../../../core/auth/sessions";
import { audit } from "../../../core/audit/log";
import type { Site } from "../../../core/db/types";
import { conflict, HttpError } from "../../../core/http/errors";
import type { PlaceValue } from "../../../core/places/location-input";
import type { Services } from "../../../core/services";
import { siteBaseUrl } from "../../../core/sites/urls";
import type { MeetingKind, RegistrationMode } from "../domain/meeting";
import type { MeetingRow } from "../store/tables";
import { fillFreePlaces, lockMeeting, mailRegistration } from "./places";

export interface MeetingInput {
  title: string;
  description: string;
  kind: MeetingKind;
  startsAt: string;
  endsAt: string;
  place: string;
  onlineUrl: string | null;
  wheelchair: boolean;
  hearingLoop: boolean;
  signLanguage: boolean;
  organiser: string;
  relatedUrl: string | null;
  relatedLabel: string | null;
  areaId: number | null;
  registration: RegistrationMode;
  capacity: number | null;
  guestsAllowed: boolean;
  /** From core/places resolveLocation; null clears it, undefined leaves the stored one as it is. */
  location?: PlaceValue | null;
}

function columns(input: MeetingInput) {
  return {
    title: input.title,
    description: input.description,
    kind: input.kind,
    starts_at: input.startsAt,
    ends_at: input.endsAt,
    place: input.place,
    online_url: input.onlineUrl,
    wheelchair: input.wheelchair ? 1 : 0,
    hearing_loop: input.hearingLoop ? 1 : 0,
    sign_language: input.signLanguage ? 1 : 0,
    organiser: input.organiser,
    related_url: input.relatedUrl,
    related_label: input.relatedLabel,
    area_id: input.areaId,
    registration: input.registration,
    capacity: input.capacity,
    guests_allowed: input.guestsAllowed ? 1 : 0,
    ...(input.location === undefined
      ? {}
      : {
          location_lat_e6: input.location?.point?.latE6 ?? null,
          location_lng_e6: input.location?.point?.lngE6 ?? null,
          location_address: input.location?.address ?? null,
        }),
  };
}

async function checkArea(services: Services, site: Site, areaId: number | null) {
  if (areaId === null) return;
  const area = await services.db.kysely
    .selectFrom("areas")
    .select("id")
    .where("site_id", "=", site.id)
    .where("id", "=", areaId)
    .executeTakeFirst();
  if (!area)
    throw new HttpError(400, "errors.badRequest", {}, [{ field: "areaId", messageKey: "forms.errors.invalid" }]);
}

export async function createMeeting(services: Services, site: Site, actor: CurrentUser, input: MeetingInput) {
  await checkArea(services, site, input.areaId);
  const now = services.clock().toISOString();
  return services.db.kysely.transaction().execute(async (trx) => {
    const { id } = await trx
      .insertInto("meetings")
      .values({
        ...columns(input),
        site_id: site.id,
        uid: `${crypto.randomUUID()}@inspraak`,
        sequence: 0,
        status: "scheduled",
        confirmed_count: 0,
        created_by: actor.id,
        created_at: now,
        updated_at: now,
      })
      .returning("id")
      .executeTakeFirstOrThrow();
    await audit(
      trx,
      { siteId: site.id, actorUserId: actor.id, action: "meetings.create", subject: `meeting:${id}` },
      new Date(now),
    );
    return id;
  });
}

/** What registered people must hear about: when, where and how to join. */
const mattersToPeopleComing = (before: MeetingRow, input: MeetingInput) =>
  before.starts_at !== input.startsAt ||
  before.ends_at !== input.endsAt ||
  before.place !== input.place ||
  before.online_url !== input.onlineUrl;

async function registered(services: Services, meetingId: number, trx = services.db.kysely) {
  return trx
    .selectFrom("meeting_registrations")
    .selectAll()
    .where("meeting_id", "=", meetingId)
    .where("status", "in", ["confirmed", "waiting"])
    .orderBy("id")
    .execute();
}

export async function updateMeeting(
  services: Services,
  site: Site,
  actor: CurrentUser,
  id: number,
  input: MeetingInput,
) {
  await checkArea(services, site, input.areaId);
  const now = services.clock();
  const links = { secret: services.secret, baseUrl: await siteBaseUrl(services.db.kysely, services.config, site) };
  await services.db.kysely.transaction().execute(async (trx) => {
    const before = await lockMeeting(trx, site.id, id);
    if (!before) throw new HttpError(404, "errors.notFound");
    if (before.status === "cancelled") throw conflict("meetings.errors.cancelled");
    // A capacity below the places already given would take places away: refuse it with the number.
    if (input.capacity !== null && input.capacity < before.confirmed_count)
      throw new HttpError(400, "errors.badRequest", {}, [
        { field: "capacity", messageKey: "meetings.errors.capacityBelowTaken" },
      ]);
    const notify = mattersToPeopleComing(before, input);
    await trx
      .updateTable("meetings")
      .set({ ...columns(input), sequence: before.sequence + 1, updated_at: now.toISOString() })
      .where("id", "=", id)
      .execute();
    const after = { ...before, ...columns(input), sequence: before.sequence + 1 };
    if (notify)
      for (const r of await registered(services, id, trx)) await mailRegistration(trx, after, r, "changed", links, now);
    await fillFreePlaces(trx, after, links, now);
    await audit(
      trx,
      { siteId: site.id, actorUserId: actor.id, action: "meetings.update", subject: `meeting:${id}` },
      now,
    );
  });
  services.kickOutbox();
}

export async function cancelMeeting(services: Services, site: Site, actor: CurrentUser, id: number, reason: string) {
  const now = services.clock();
  const links = { secret: services.secret, baseUrl: await siteBaseUrl(services.db.kysely, services.config, site) };
  await services.db.kysely.transaction().execute(async (trx) => {
    const before = await lockMeeting(trx, site.id, id);
    if (!before) throw new HttpError(404, "errors.notFound");
    if (before.status === "cancelled") return;
    await trx
      .updateTable("meetings")
      .set({
        status: "cancelled",
        cancelled_at: now.toISOString(),
        sequence: before.sequence + 1,
        updated_at: now.toISOString(),
      })
      .where("id", "=", id)
      .execute();
    for (const r of await registered(services, id, trx))
      await mailRegistration(trx, before, r, "meetingCancelled", links, now);
    await audit(
      trx,
      {
        siteId: site.id,
        actorUserId: actor.id,
        action: "meetings.cancel",
        subject: `meeting:${id}`,
        details: { reason },
      },
      now,
    );
  });
  services.kickOutbox();
}
