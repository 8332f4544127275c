// Notifications about comments: a new comment tells the idea's author, a reply the person replied
// to. Like idea_notifications (which hangs on a timeline event), one row per (comment, person), so a
// retried fan-out never mails twice, and `daily` rows wait for the digest.
// Never imports app code, so it stays runnable forever.
import { sql, type Kysely } from "kysely";
import { dialectOf, withId } from "../../../core/db/schema";

export async function up(db: Kysely<any>): Promise<void> {
  await withId(db.schema.createTable("idea_comment_notifications"), dialectOf(db))
    .addColumn("comment_id", "integer", (c) => c.notNull().references("idea_comments.id").onDelete("cascade"))
    .addColumn("user_id", "integer", (c) => c.notNull().references("users.id").onDelete("cascade"))
    .addColumn("reason", "text", (c) => c.notNull().check(sql`reason in ('comment', 'reply')`))
    .addColumn("mode", "text", (c) => c.notNull().check(sql`mode in ('immediate', 'daily')`))
    .addColumn("created_at", "text", (c) => c.notNull())
    .addColumn("sent_at", "text")
    .addUniqueConstraint("idea_comment_notifications_once", ["comment_id", "user_id"])
    .execute();
  await db.schema
    .createIndex("idea_comment_notifications_digest")
    .on("idea_comment_notifications")
    .columns(["mode", "sent_at"])
    .execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable("idea_comment_notifications").ifExists().execute();
}
