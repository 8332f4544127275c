// Reading comments with their authors' names, oldest first.
import type { Executor } from "../../../core/db/database";
import type { CommentRow } from "./tables";

export interface CommentView extends CommentRow {
  author_name: string;
}

export async function commentsOf(db: Executor, ideaId: number): Promise<CommentView[]> {
  return db
    .selectFrom("idea_comments")
    .innerJoin("users", "users.id", "idea_comments.author_id")
    .selectAll("idea_comments")
    .select("users.display_name as author_name")
    .where("idea_comments.idea_id", "=", ideaId)
    .orderBy("idea_comments.id", "asc")
    .limit(1000)
    .execute();
}

/** One comment of one idea with its author's name (report and moderation pages show what it is). */
export async function commentOf(db: Executor, ideaId: number, commentId: number): Promise<CommentView | undefined> {
  return db
    .selectFrom("idea_comments")
    .innerJoin("users", "users.id", "idea_comments.author_id")
    .selectAll("idea_comments")
    .select("users.display_name as author_name")
    .where("idea_comments.idea_id", "=", ideaId)
    .where("idea_comments.id", "=", commentId)
    .executeTakeFirst();
}
