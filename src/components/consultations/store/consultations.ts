// Consultations with their areas and phases. Every read is scoped to the site (no cross-tenant reads).
import type { Executor } from "../../../core/db/database";
import { iso } from "../../../core/db/time";
import type { PlaceValue } from "../../../core/places/location-input";
import type { Phase } from "../domain/timeline";
import "./tables";

export interface ConsultationInput {
  title: string;
  summary: string;
  body: string;
  contactUserId: number | null;
  areaIds: number[];
  phases: Phase[];
  /** Residents see it (/raadplegingen); left out, the stored choice stays (a new one is a draft). */
  published?: boolean;
  /** From core/places resolveLocation; null clears it, undefined leaves the stored one. */
  location?: PlaceValue | null;
  /** Answers without an account; undefined leaves the stored setting. */
  anonymousAnswers?: boolean;
}

export function listConsultations(db: Executor, siteId: number) {
  return db.selectFrom("consultations").selectAll().where("site_id", "=", siteId).orderBy("id", "desc").execute();
}

export function getConsultation(db: Executor, siteId: number, id: number) {
  return db
    .selectFrom("consultations")
    .selectAll()
    .where("site_id", "=", siteId)
    .where("id", "=", id)
    .executeTakeFirst();
}

export async function consultationAreaIds(db: Executor, consultationId: number): Promise<number[]> {
  const rows = await db
    .selectFrom("consultation_areas")
    .select("area_id")
    .where("consultation_id", "=", consultationId)
    .orderBy("area_id")
    .execute();
  return rows.map((r) => r.area_id);
}

export async function consultationPhases(db: Executor, consultationId: number): Promise<Phase[]> {
  const rows = await db
    .selectFrom("consultation_phases")
    .select(["name", "starts_on", "ends_on"])
    .where("consultation_id", "=", consultationId)
    .orderBy("position")
    .execute();
  return rows.map((r) => ({ name: r.name, startsOn: r.starts_on, endsOn: r.ends_on }));
}

/** The site's areas (id and name), to choose from and to name in pages. */
export function siteAreas(db: Executor, siteId: number) {
  return db.selectFrom("areas").select(["id", "name"]).where("site_id", "=", siteId).orderBy("name").execute();
}

/** Officials and admins of the site: who may be named as a consultation's contact. */
export function siteOfficials(db: Executor, siteId: number) {
  return db
    .selectFrom("users")
    .innerJoin("user_roles", "user_roles.user_id", "users.id")
    .select(["users.id", "users.display_name"])
    .distinct()
    .where("users.site_id", "=", siteId)
    .where("user_roles.role", "in", ["official", "admin"])
    .orderBy("users.display_name")
    .execute();
}

/** Creates (id null) or replaces a consultation with its areas and phases; returns its id. */
export async function saveConsultation(
  trx: Executor,
  siteId: number,
  id: number | null,
  input: ConsultationInput,
  now: Date,
): Promise<number> {
  const fields = {
    title: input.title,
    summary: input.summary,
    body: input.body,
    contact_user_id: input.contactUserId,
    ...(input.anonymousAnswers === undefined ? {} : { anonymous_answers: input.anonymousAnswers ? 1 : 0 }),
    ...(input.published === undefined ? {} : { published: input.published ? 1 : 0 }),
    ...(input.location === undefined
      ? {}
      : {
          location_lat_e6: input.location?.point?.latE6 ?? null,
          location_lng_e6: input.location?.point?.lngE6 ?? null,
          location_address: input.location?.address ?? null,
        }),
    updated_at: iso(now),
  };
  let consultationId = id;
  if (consultationId === null) {
    const row = await trx
      .insertInto("consultations")
      .values({ ...fields, site_id: siteId, created_at: iso(now) })
      .returning("id")
      .executeTakeFirstOrThrow();
    consultationId = row.id;
  } else {
    await trx.updateTable("consultations").set(fields).where("site_id", "=", siteId).where("id", "=", id).execute();
    await trx.deleteFrom("consultation_areas").where("consultation_id", "=", consultationId).execute();
    await trx.deleteFrom("consultation_phases").where("consultation_id", "=", consultationId).execute();
  }
  if (input.areaIds.length)
    await trx
      .insertInto("consultation_areas")
      .values(input.areaIds.map((area_id) => ({ consultation_id: consultationId!, area_id })))
      .execute();
  if (input.phases.length)
    await trx
      .insertInto("consultation_phases")
      .values(
        input.phases.map((p, i) => ({
          consultation_id: consultationId!,
          position: i + 1,
          name: p.name,
          starts_on: p.startsOn,
          ends_on: p.endsOn,
        })),
      )
      .execute();
  return consultationId;
}
