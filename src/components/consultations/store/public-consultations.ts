// Consultations and surveys as the public (the API) sees them: the consultations staff made visible
// to residents (consultations.published, the same choice as /raadplegingen) and their open surveys.
import type { Executor } from "../../../core/db/database";
import "./tables";

/** The site's public consultations, newest first, with their areas and phases. */
export async function publicConsultations(db: Executor, siteId: number, only?: number) {
  let query = db.selectFrom("consultations").selectAll().where("site_id", "=", siteId).where("published", "=", 1);
  if (only !== undefined) query = query.where("id", "=", only);
  const rows = await query.orderBy("id", "desc").execute();
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
