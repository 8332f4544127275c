// A moderator hides a comment directly (without waiting for a report) with a public reason, or
// makes a hidden comment visible again. Open reports about the comment are settled by the hide;
// every decision is audited in the same transaction.
import type { CurrentUser } from "../../../core/auth/sessions";
import { audit } from "../../../core/audit/log";
import { iso } from "../../../core/db/time";
import type { Site } from "../../../core/db/types";
import { conflict, HttpError } from "../../../core/http/errors";
import type { Services } from "../../../core/services";
import { isModerator } from "../permissions";
import { loadComment } from "./comments";

export async function hideComment(
  services: Services,
  site: Site,
  user: CurrentUser,
  ideaId: number,
  commentId: number,
  publicReason: string,
): Promise<void> {
  if (!isModerator(user)) throw new HttpError(403, "errors.forbidden");
  const comment = await loadComment(services, site.id, ideaId, commentId);
  if (comment.hidden_reason) throw conflict("moderation.errors.alreadyHidden");
  const now = services.clock();
  await services.db.kysely.transaction().execute(async (trx) => {
    await trx.updateTable("idea_comments").set({ hidden_reason: publicReason }).where("id", "=", comment.id).execute();
    await trx
      .updateTable("idea_reports")
      .set({ resolved_at: iso(now), resolution: "hidden" })
      .where("site_id", "=", site.id)
      .where("comment_id", "=", comment.id)
      .where("resolved_at", "is", null)
      .execute();
    await audit(
      trx,
      {
        siteId: site.id,
        actorUserId: user.id,
        action: "ideas.comment.hide",
        subject: `comment:${comment.id}`,
        details: { publicReason },
      },
      now,
    );
  });
}

export async function restoreComment(
  services: Services,
  site: Site,
  user: CurrentUser,
  ideaId: number,
  commentId: number,
): Promise<void> {
  if (!isModerator(user)) throw new HttpError(403, "errors.forbidden");
  const comment = await loadComment(services, site.id, ideaId, commentId);
  if (!comment.hidden_reason) throw conflict("moderation.errors.notHidden");
  const now = services.clock();
  await services.db.kysely.transaction().execute(async (trx) => {
    await trx.updateTable("idea_comments").set({ hidden_reason: null }).where("id", "=", comment.id).execute();
    await audit(
      trx,
      { siteId: site.id, actorUserId: user.id, action: "ideas.comment.restore", subject: `comment:${comment.id}` },
      now,
    );
  });
}
