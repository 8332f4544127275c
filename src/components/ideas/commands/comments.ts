// Comments: threaded one level deep (a reply to a reply hangs under the same top comment),
// editable by their author for 15 minutes. A comment by someone other than the author counts as
// a reaction for the "no reaction" list.
import type { CurrentUser } from "../../../core/auth/sessions";
import { iso } from "../../../core/db/time";
import type { Site } from "../../../core/db/types";
import { conflict, HttpError } from "../../../core/http/errors";
import { queueEvent } from "../../../core/mail/queue";
import type { Services } from "../../../core/services";
import { commentEditable } from "../domain/deadlines";
import { commentsOpen } from "../domain/states";
import { commentRole } from "../permissions";
import { COMMENT_EVENT, type CommentEventPayload } from "../notify/comment-fan-out";
import { loadForChange } from "./change-state";

export async function addComment(
  services: Services,
  site: Site,
  user: CurrentUser,
  ideaId: number,
  body: string,
  parentId: number | null,
): Promise<number> {
  const now = services.clock();
  return services.db.kysely.transaction().execute(async (trx) => {
    const idea = await loadForChange(trx, site.id, ideaId);
    if (!commentsOpen(idea.state)) throw conflict("ideas.errors.noComments");
    let parent: number | null = null;
    let repliedToUserId: number | null = null;
    if (parentId !== null) {
      const p = await trx
        .selectFrom("idea_comments")
        .select(["id", "parent_id", "author_id"])
        .where("id", "=", parentId)
        .where("idea_id", "=", idea.id)
        .executeTakeFirst();
      if (!p) throw new HttpError(400, "ideas.errors.parent");
      parent = p.parent_id ?? p.id;
      repliedToUserId = p.author_id;
    }
    const row = await trx
      .insertInto("idea_comments")
      .values({
        idea_id: idea.id,
        parent_id: parent,
        author_id: user.id,
        author_role: commentRole(user),
        body,
        hidden_reason: null,
        created_at: iso(now),
        edited_at: null,
      })
      .returning("id")
      .executeTakeFirstOrThrow();
    if (user.id !== idea.author_id)
      await trx
        .updateTable("ideas")
        .set({ last_reaction_at: iso(now) })
        .where("id", "=", idea.id)
        .execute();
    const payload: CommentEventPayload = { commentId: row.id, repliedToUserId };
    await queueEvent(trx, site.id, COMMENT_EVENT, payload, now);
    return row.id;
  });
}

export async function loadComment(services: Services, siteId: number, ideaId: number, commentId: number) {
  const c = await services.db.kysely
    .selectFrom("idea_comments")
    .innerJoin("ideas", "ideas.id", "idea_comments.idea_id")
    .select([
      "idea_comments.id",
      "idea_comments.author_id",
      "idea_comments.body",
      "idea_comments.created_at",
      "idea_comments.hidden_reason",
      "idea_comments.idea_id",
    ])
    .where("ideas.site_id", "=", siteId)
    .where("idea_comments.idea_id", "=", ideaId)
    .where("idea_comments.id", "=", commentId)
    .executeTakeFirst();
  if (!c) throw new HttpError(404, "errors.notFound");
  return c;
}

export async function editComment(
  services: Services,
  site: Site,
  user: CurrentUser,
  ideaId: number,
  commentId: number,
  body: string,
): Promise<void> {
  const now = services.clock();
  const c = await loadComment(services, site.id, ideaId, commentId);
  if (c.author_id !== user.id) throw new HttpError(403, "ideas.errors.notCommentAuthor");
  if (!commentEditable(c.created_at, now) || c.hidden_reason) throw conflict("ideas.errors.editWindow");
  await services.db.kysely
    .updateTable("idea_comments")
    .set({ body, edited_at: iso(now) })
    .where("id", "=", c.id)
    .execute();
}
