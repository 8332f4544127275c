// After commit, a new comment is told to the idea's author and a reply to the person replied to,
// each by their own choice (immediately, in the daily digest, or never). The commenter is never
// told about their own comment, and a person who is both (the author replied to) gets one mail:
// one row per (comment, person), unique, so a retried fan-out never mails twice either. Followers
// and supporters hear about the idea's news (fan-out.ts), not about every comment.
import type { OutboxHandler } from "../../../core/components";
import { iso } from "../../../core/db/time";
import type { Site } from "../../../core/db/types";
import { queueMail } from "../../../core/mail/queue";
import type { Services } from "../../../core/services";
import { siteBaseUrl } from "../../../core/sites/urls";
import { commentMail, type CommentReason } from "./mail-content";

export const COMMENT_EVENT = "ideas.comment";

export interface CommentEventPayload {
  commentId: number;
  /** The author of the comment that was replied to (the one clicked, before threads are flattened). */
  repliedToUserId: number | null;
}

/** Who hears about a comment, and why; pure, so the rule is tested on its own. */
export function commentAudience(
  commenterId: number,
  ideaAuthorId: number,
  repliedToUserId: number | null,
): Map<number, CommentReason> {
  const audience = new Map<number, CommentReason>();
  audience.set(ideaAuthorId, "comment");
  // Being answered is the more personal news: it wins when the author is also the one replied to.
  if (repliedToUserId !== null) audience.set(repliedToUserId, "reply");
  audience.delete(commenterId);
  return audience;
}

export async function fanOutComment(services: Services, payload: CommentEventPayload): Promise<void> {
  const db = services.db.kysely;
  const now = services.clock();
  const comment = await db
    .selectFrom("idea_comments")
    .innerJoin("ideas", "ideas.id", "idea_comments.idea_id")
    .select(["idea_comments.id", "idea_comments.author_id", "idea_comments.body", "idea_comments.hidden_reason"])
    .select(["ideas.id as idea_id", "ideas.site_id", "ideas.title", "ideas.author_id as idea_author_id"])
    .where("idea_comments.id", "=", payload.commentId)
    .executeTakeFirst();
  // Deleted with its idea, or hidden by a moderator before we got here: nothing to tell.
  if (!comment || comment.hidden_reason !== null) return;
  const audience = commentAudience(comment.author_id, comment.idea_author_id, payload.repliedToUserId);
  if (audience.size === 0) return;
  const people = await db
    .selectFrom("users")
    .select(["id", "email", "display_name", "language", "notify_mode", "unsubscribe_token"])
    .where("id", "in", [...audience.keys()])
    .where("site_id", "=", comment.site_id)
    .where("deleted_at", "is", null)
    .where("email", "is not", null)
    .where("notify_mode", "!=", "never")
    .execute();
  const site = (await db
    .selectFrom("sites")
    .selectAll()
    .where("id", "=", comment.site_id)
    .executeTakeFirstOrThrow()) as Site;
  const baseUrl = await siteBaseUrl(db, services.config, site);
  await db.transaction().execute(async (trx) => {
    for (const p of people) {
      const reason = audience.get(p.id)!;
      const mode = p.notify_mode === "daily" ? "daily" : "immediate";
      const fresh = await trx
        .insertInto("idea_comment_notifications")
        .values({
          comment_id: comment.id,
          user_id: p.id,
          reason,
          mode,
          created_at: iso(now),
          sent_at: mode === "immediate" ? iso(now) : null,
        })
        .onConflict((oc) => oc.columns(["comment_id", "user_id"]).doNothing())
        .returning("id")
        .executeTakeFirst();
      if (!fresh || mode === "daily") continue;
      const recipient = {
        email: p.email!,
        displayName: p.display_name,
        language: p.language,
        unsubscribeToken: p.unsubscribe_token,
      };
      await queueMail(trx, site.id, commentMail(recipient, reason, comment, baseUrl), now, { userId: p.id });
    }
  });
  services.kickOutbox();
}

export const commentHandler: OutboxHandler = (services, payload) => {
  const p = payload as Partial<CommentEventPayload> | null;
  const repliedTo = p?.repliedToUserId;
  return fanOutComment(services, {
    commentId: Number(p?.commentId),
    repliedToUserId: typeof repliedTo === "number" ? repliedTo : null,
  });
};
