// Reports and moderation: anyone logged in reports an idea or a comment; a moderator hides it with
// a public reason (shown in its place) or dismisses the report. Every decision is audited.
import type { CurrentUser } from "../../../core/auth/sessions";
import { audit } from "../../../core/audit/log";
import { iso } from "../../../core/db/time";
import type { Site } from "../../../core/db/types";
import { conflict, HttpError } from "../../../core/http/errors";
import type { Services } from "../../../core/services";
import { isModerator } from "../permissions";
import { changeState, loadForChange } from "./change-state";
import { loadComment } from "./comments";

export async function reportContent(
  services: Services,
  site: Site,
  user: CurrentUser,
  ideaId: number,
  commentId: number | null,
  reason: string,
): Promise<void> {
  const now = services.clock();
  if (commentId !== null) await loadComment(services, site.id, ideaId, commentId);
  await services.db.kysely.transaction().execute(async (trx) => {
    const idea = await loadForChange(trx, site.id, ideaId);
    if (idea.state === "draft") throw new HttpError(404, "errors.notFound");
    await trx
      .insertInto("idea_reports")
      .values({
        site_id: site.id,
        idea_id: idea.id,
        comment_id: commentId,
        reporter_id: user.id,
        reason,
        created_at: iso(now),
        resolved_at: null,
        resolution: null,
      })
      .execute();
  });
}

export async function hideIdea(
  services: Services,
  site: Site,
  user: CurrentUser,
  ideaId: number,
  publicReason: string,
): Promise<void> {
  if (!isModerator(user)) throw new HttpError(403, "errors.forbidden");
  const now = services.clock();
  await services.db.kysely.transaction().execute(async (trx) => {
    const idea = await loadForChange(trx, site.id, ideaId);
    await changeState(
      trx,
      {
        idea,
        action: "hide",
        actor: "moderator",
        actorUserId: user.id,
        set: { hidden_reason: publicReason },
        body: publicReason,
      },
      now,
    );
    await audit(
      trx,
      {
        siteId: site.id,
        actorUserId: user.id,
        action: "ideas.hide",
        subject: `idea:${idea.id}`,
        details: { publicReason },
      },
      now,
    );
  });
}

export async function restoreIdea(services: Services, site: Site, user: CurrentUser, ideaId: number): Promise<void> {
  if (!isModerator(user)) throw new HttpError(403, "errors.forbidden");
  const now = services.clock();
  await services.db.kysely.transaction().execute(async (trx) => {
    const idea = await loadForChange(trx, site.id, ideaId);
    await changeState(trx, { idea, action: "restore", actor: "moderator", actorUserId: user.id }, now);
    await audit(
      trx,
      { siteId: site.id, actorUserId: user.id, action: "ideas.restore", subject: `idea:${idea.id}` },
      now,
    );
  });
}

/** Hides what a report points at (idea or comment) with a public reason, or dismisses the report. */
export async function resolveReport(
  services: Services,
  site: Site,
  user: CurrentUser,
  reportId: number,
  decision: "hide" | "dismiss",
  publicReason: string,
): Promise<void> {
  if (!isModerator(user)) throw new HttpError(403, "errors.forbidden");
  const db = services.db.kysely;
  const report = await db
    .selectFrom("idea_reports")
    .selectAll()
    .where("id", "=", reportId)
    .where("site_id", "=", site.id)
    .executeTakeFirst();
  if (!report) throw new HttpError(404, "errors.notFound");
  if (report.resolved_at) throw conflict("ideas.errors.reportResolved");
  const now = services.clock();
  if (decision === "hide" && report.comment_id === null)
    await hideIdea(services, site, user, report.idea_id, publicReason);
  await db.transaction().execute(async (trx) => {
    if (decision === "hide" && report.comment_id !== null) {
      await trx
        .updateTable("idea_comments")
        .set({ hidden_reason: publicReason })
        .where("id", "=", report.comment_id)
        .execute();
    }
    // Every open report about the same thing is settled by one decision.
    let q = trx
      .updateTable("idea_reports")
      .set({ resolved_at: iso(now), resolution: decision === "hide" ? "hidden" : "dismissed" })
      .where("site_id", "=", site.id)
      .where("idea_id", "=", report.idea_id)
      .where("resolved_at", "is", null);
    q = report.comment_id === null ? q.where("comment_id", "is", null) : q.where("comment_id", "=", report.comment_id);
    await q.execute();
    await audit(
      trx,
      {
        siteId: site.id,
        actorUserId: user.id,
        action: `ideas.report.${decision}`,
        subject: `report:${report.id}`,
        details: { publicReason },
      },
      now,
    );
  });
}

export async function followIdea(
  services: Services,
  site: Site,
  user: CurrentUser,
  ideaId: number,
  follow: boolean,
): Promise<void> {
  const db = services.db.kysely;
  const idea = await db
    .selectFrom("ideas")
    .select(["id", "state"])
    .where("id", "=", ideaId)
    .where("site_id", "=", site.id)
    .executeTakeFirst();
  if (!idea || idea.state === "draft") throw new HttpError(404, "errors.notFound");
  if (follow) {
    await db
      .insertInto("idea_follows")
      .values({ idea_id: idea.id, user_id: user.id, created_at: iso(services.clock()) })
      .onConflict((oc) => oc.columns(["idea_id", "user_id"]).doNothing())
      .execute();
  } else await db.deleteFrom("idea_follows").where("idea_id", "=", idea.id).where("user_id", "=", user.id).execute();
}
