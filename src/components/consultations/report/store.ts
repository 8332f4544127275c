// Reading and writing a consultation's participation report, and the grouped response counts its
// figures are made from (report/figures.ts).
import type { Executor } from "../../../core/db/database";
import { iso } from "../../../core/db/time";
import type { ResponseGroup } from "./figures";
import type { Decision, ReportText } from "./report";
import "../store/tables";

export interface StoredReport extends ReportText {
  publishedAt: string | null;
  updatedAt: string;
}

export async function loadReport(db: Executor, consultationId: number): Promise<StoredReport | null> {
  const row = await db
    .selectFrom("consultation_reports")
    .selectAll()
    .where("consultation_id", "=", consultationId)
    .executeTakeFirst();
  if (!row) return null;
  const points = await db
    .selectFrom("consultation_report_points")
    .select(["point", "decision", "reason"])
    .where("consultation_id", "=", consultationId)
    .orderBy("position")
    .execute();
  return {
    asked: row.asked,
    heard: row.heard,
    points: points.map((p) => ({ point: p.point, decision: p.decision as Decision, reason: p.reason })),
    publishedAt: row.published_at,
    updatedAt: row.updated_at,
  };
}

/** Saves the texts and replaces the points; a published report stays published. */
export async function saveReport(trx: Executor, consultationId: number, report: ReportText, now: Date): Promise<void> {
  await trx
    .insertInto("consultation_reports")
    .values({ consultation_id: consultationId, asked: report.asked, heard: report.heard, updated_at: iso(now) })
    .onConflict((oc) =>
      oc.column("consultation_id").doUpdateSet({ asked: report.asked, heard: report.heard, updated_at: iso(now) }),
    )
    .execute();
  await trx.deleteFrom("consultation_report_points").where("consultation_id", "=", consultationId).execute();
  if (report.points.length)
    await trx
      .insertInto("consultation_report_points")
      .values(report.points.map((p, i) => ({ consultation_id: consultationId, position: i + 1, ...p })))
      .execute();
}

/** Publishes (or withdraws) the report; true when this call changed it, so mail goes out once. */
export async function setReportPublished(
  trx: Executor,
  consultationId: number,
  published: boolean,
  now: Date,
): Promise<boolean> {
  const result = await trx
    .updateTable("consultation_reports")
    .set({ published_at: published ? iso(now) : null })
    .where("consultation_id", "=", consultationId)
    .where("published_at", published ? "is" : "is not", null)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) > 0;
}

/** Sent responses of the consultation's surveys, counted per survey, source, level and area. */
export async function responseGroups(db: Executor, consultationId: number): Promise<ResponseGroup[]> {
  const rows = await db
    .selectFrom("survey_responses as r")
    .innerJoin("surveys as s", "s.id", "r.survey_id")
    .select(["r.survey_id", "r.source", "r.verified", "r.area_id"])
    .select((e) => e.fn.countAll().as("n"))
    .where("s.consultation_id", "=", consultationId)
    .where("r.submitted_at", "is not", null)
    .groupBy(["r.survey_id", "r.source", "r.verified", "r.area_id"])
    .execute();
  return rows.map((r) => ({
    surveyId: r.survey_id,
    source: r.source,
    verified: r.verified === 1,
    areaId: r.area_id,
    count: Number(r.n),
  }));
}

/** Who is told that the report is out: the accounts that sent a response to one of the
 *  consultation's surveys, unless they chose never to get mail. */
export async function reportRecipients(db: Executor, consultationId: number) {
  const respondents = db
    .selectFrom("survey_responses as r")
    .innerJoin("surveys as s", "s.id", "r.survey_id")
    .select("r.user_id")
    .where("s.consultation_id", "=", consultationId)
    .where("r.submitted_at", "is not", null);
  const rows = await db
    .selectFrom("users")
    .select(["id", "email", "display_name", "language", "unsubscribe_token"])
    .where("id", "in", respondents)
    .where("deleted_at", "is", null)
    .where("notify_mode", "!=", "never")
    .where("email", "is not", null)
    .orderBy("id")
    .execute();
  return rows.map((r) => ({ ...r, email: r.email! }));
}

/** Marks the report as announced; true only the first time, so its mails go out once. */
export async function markAnnounced(trx: Executor, consultationId: number, now: Date): Promise<boolean> {
  const result = await trx
    .updateTable("consultation_reports")
    .set({ announced_at: iso(now) })
    .where("consultation_id", "=", consultationId)
    .where("announced_at", "is", null)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) > 0;
}

/** Consultations with and without a published report, for the accountability page. */
export async function reportCounts(db: Executor, siteId: number): Promise<{ withReport: number; without: number }> {
  const rows = await db
    .selectFrom("consultations as c")
    .leftJoin("consultation_reports as r", "r.consultation_id", "c.id")
    .select(["c.id", "r.published_at"])
    .where("c.site_id", "=", siteId)
    .execute();
  const withReport = rows.filter((r) => r.published_at !== null).length;
  return { withReport, without: rows.length - withReport };
}

/** The site's consultations with a published report, newest report first. */
export function publishedReports(db: Executor, siteId: number) {
  return db
    .selectFrom("consultations as c")
    .innerJoin("consultation_reports as r", "r.consultation_id", "c.id")
    .select(["c.id", "c.title", "r.published_at"])
    .where("c.site_id", "=", siteId)
    .where("r.published_at", "is not", null)
    .orderBy("r.published_at", "desc")
    .execute();
}
