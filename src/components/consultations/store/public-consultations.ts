// Consultations and surveys as the public (the API, public pages) sees them; see
// domain/publicity.ts for what is public.
import type { Executor } from "../../../core/db/database";
import { consultationPublic } from "../domain/publicity";
import "./tables";

/** The site's public consultations, newest first, with their areas and phases. */
export async function publicConsultations(db: Executor, siteId: number, now: Date, only?: number) {
  let query = db
    .selectFrom("consultations")
    .selectAll()
    .select((eb) => [
      eb
        .selectFrom("consultation_phases")
        .select((p) => p.fn.min("starts_on").as("s"))
        .whereRef("consultation_phases.consultation_id", "=", "consultations.id")
        .as("first_phase_starts_on"),
      eb
        .selectFrom("surveys")
        .select((s) => s.fn.countAll<number>().as("n"))
        .whereRef("surveys.consultation_id", "=", "consultations.id")
        .where("surveys.published", "=", 1)
        .as("published_surveys"),
    ])
    .where("site_id", "=", siteId);
  if (only !== undefined) query = query.where("id", "=", only);
  const rows = (await query.orderBy("id", "desc").execute()).filter((c) =>
    consultationPublic(
      {
        firstPhaseStartsOn: (c.first_phase_starts_on as string | null) ?? null,
        publishedSurveys: Number(c.published_surveys),
      },
      now,
    ),
  );
  if (rows.length === 0) return [];
  const ids = rows.map((c) => c.id);
  const [areas, phases] = await Promise.all([
    db
      .selectFrom("consultation_areas")
      .innerJoin("areas", "areas.id", "consultation_areas.area_id")
      .select(["consultation_areas.consultation_id", "areas.id", "areas.name"])
      .where("consultation_areas.consultation_id", "in", ids)
      .orderBy("areas.name")
      .execute(),
    db
      .selectFrom("consultation_phases")
      .select(["consultation_id", "name", "starts_on", "ends_on"])
      .where("consultation_id", "in", ids)
      .orderBy("position")
      .execute(),
  ]);
  return rows.map((c) => ({
    ...c,
    areas: areas.filter((a) => a.consultation_id === c.id).map((a) => ({ id: a.id, name: a.name })),
    phases: phases
      .filter((p) => p.consultation_id === c.id)
      .map((p) => ({ name: p.name, startsOn: p.starts_on, endsOn: p.ends_on })),
  }));
}

export type PublicConsultation = Awaited<ReturnType<typeof publicConsultations>>[number];

/** The consultation's surveys open to residents (drafts are staff's own). */
export function publishedSurveys(db: Executor, consultationId: number) {
  return db
    .selectFrom("surveys")
    .selectAll()
    .where("consultation_id", "=", consultationId)
    .where("published", "=", 1)
    .orderBy("id")
    .execute();
}
