// The ideas schema: processes (the promise's settings), ideas, supports, timeline, comments,
// reports, follows and per-user notifications. Never imports app code, so it stays runnable forever.
import { sql, type Kysely } from "kysely";
import { createFullTextIndex } from "../../../core/db/full-text";
import { dialectOf, withId } from "../../../core/db/schema";

const STATES = sql`(
  'draft', 'open', 'forwarded', 'scheduled', 'answered', 'in_progress', 'completed', 'expired', 'withdrawn', 'hidden'
)`;

export async function up(db: Kysely<any>): Promise<void> {
  const d = dialectOf(db);
  await withId(db.schema.createTable("idea_processes"), d)
    .addColumn("site_id", "integer", (c) => c.notNull().references("sites.id").onDelete("cascade"))
    .addColumn("title", "text", (c) => c.notNull())
    .addColumn("active", "integer", (c) => c.notNull().defaultTo(1).check(sql`active in (0, 1)`))
    .addColumn("threshold", "integer", (c) => c.notNull().defaultTo(100).check(sql`threshold >= 1`))
    .addColumn("support_days", "integer", (c) => c.notNull().defaultTo(90).check(sql`support_days >= 1`))
    .addColumn("response_days", "integer", (c) => c.notNull().defaultTo(42).check(sql`response_days >= 1`))
    .addColumn("support_rule", "text", (c) =>
      c.notNull().defaultTo("verified").check(sql`support_rule in ('verified', 'postcode')`),
    )
    .addColumn("count_after_threshold", "integer", (c) =>
      c.notNull().defaultTo(1).check(sql`count_after_threshold in (0, 1)`),
    )
    .addColumn("council_name", "text", (c) => c.notNull())
    .addColumn("council_emails", "text", (c) => c.notNull().defaultTo(""))
    .addColumn("created_at", "text", (c) => c.notNull())
    .execute();
  await db.schema.createIndex("idea_processes_site").on("idea_processes").columns(["site_id", "active"]).execute();

  await withId(db.schema.createTable("ideas"), d)
    .addColumn("site_id", "integer", (c) => c.notNull().references("sites.id").onDelete("cascade"))
    .addColumn("process_id", "integer", (c) => c.notNull().references("idea_processes.id").onDelete("cascade"))
    .addColumn("area_id", "integer", (c) => c.notNull().references("areas.id"))
    .addColumn("author_id", "integer", (c) => c.notNull().references("users.id"))
    .addColumn("short_code", "text", (c) => c.notNull().unique())
    .addColumn("category", "text")
    .addColumn("title", "text", (c) => c.notNull())
    .addColumn("body", "text", (c) => c.notNull())
    .addColumn("state", "text", (c) => c.notNull().check(sql`state in ${STATES}`))
    .addColumn("state_before_hidden", "text")
    .addColumn("hidden_reason", "text")
    // The promise's numbers are copied at publication, so a later settings change never breaks it.
    .addColumn("threshold", "integer", (c) => c.notNull())
    .addColumn("response_days", "integer", (c) => c.notNull())
    .addColumn("council_name", "text", (c) => c.notNull())
    .addColumn("support_count", "integer", (c) => c.notNull().defaultTo(0).check(sql`support_count >= 0`))
    .addColumn("created_at", "text", (c) => c.notNull())
    .addColumn("updated_at", "text", (c) => c.notNull())
    .addColumn("published_at", "text")
    .addColumn("deadline_at", "text")
    .addColumn("forwarded_at", "text")
    .addColumn("due_at", "text")
    .addColumn("meeting_at", "text")
    .addColumn("answered_at", "text")
    .addColumn("answer_kind", "text", (c) =>
      c.check(sql`answer_kind in ('adopted', 'partly_adopted', 'not_adopted', 'not_municipal')`),
    )
    .addColumn("answer_text", "text")
    .addColumn("last_reaction_at", "text")
    .addColumn("reminders_sent", "integer", (c) => c.notNull().defaultTo(0))
    .execute();
  await db.schema.createIndex("ideas_site_state").on("ideas").columns(["site_id", "state", "published_at"]).execute();
  await db.schema.createIndex("ideas_site_due").on("ideas").columns(["site_id", "due_at"]).execute();
  await db.schema.createIndex("ideas_open_deadline").on("ideas").columns(["state", "deadline_at"]).execute();

  await db.schema
    .createTable("idea_supports")
    .addColumn("idea_id", "integer", (c) => c.notNull().references("ideas.id").onDelete("cascade"))
    .addColumn("user_id", "integer", (c) => c.notNull().references("users.id").onDelete("cascade"))
    .addColumn("created_at", "text", (c) => c.notNull())
    // One support per person is the database's rule, not only the application's.
    .addUniqueConstraint("idea_supports_one_per_person", ["idea_id", "user_id"])
    .execute();
  await db.schema.createIndex("idea_supports_user").on("idea_supports").column("user_id").execute();

  await withId(db.schema.createTable("idea_events"), d)
    .addColumn("idea_id", "integer", (c) => c.notNull().references("ideas.id").onDelete("cascade"))
    .addColumn("kind", "text", (c) => c.notNull().check(sql`kind in ('state', 'update', 'response', 'meeting')`))
    .addColumn("from_state", "text")
    .addColumn("to_state", "text")
    .addColumn("actor_role", "text", (c) => c.notNull())
    .addColumn("actor_user_id", "integer", (c) => c.references("users.id").onDelete("set null"))
    .addColumn("body", "text", (c) => c.notNull().defaultTo(""))
    .addColumn("created_at", "text", (c) => c.notNull())
    .execute();
  await db.schema.createIndex("idea_events_idea").on("idea_events").columns(["idea_id", "id"]).execute();

  await withId(db.schema.createTable("idea_comments"), d)
    .addColumn("idea_id", "integer", (c) => c.notNull().references("ideas.id").onDelete("cascade"))
    .addColumn("parent_id", "integer", (c) => c.references("idea_comments.id").onDelete("cascade"))
    .addColumn("author_id", "integer", (c) => c.notNull().references("users.id"))
    .addColumn("author_role", "text", (c) => c.notNull().defaultTo("resident"))
    .addColumn("body", "text", (c) => c.notNull())
    .addColumn("hidden_reason", "text")
    .addColumn("created_at", "text", (c) => c.notNull())
    .addColumn("edited_at", "text")
    .execute();
  await db.schema.createIndex("idea_comments_idea").on("idea_comments").columns(["idea_id", "id"]).execute();

  await withId(db.schema.createTable("idea_reports"), d)
    .addColumn("site_id", "integer", (c) => c.notNull().references("sites.id").onDelete("cascade"))
    .addColumn("idea_id", "integer", (c) => c.notNull().references("ideas.id").onDelete("cascade"))
    .addColumn("comment_id", "integer", (c) => c.references("idea_comments.id").onDelete("cascade"))
    .addColumn("reporter_id", "integer", (c) => c.notNull().references("users.id").onDelete("cascade"))
    .addColumn("reason", "text", (c) => c.notNull())
    .addColumn("created_at", "text", (c) => c.notNull())
    .addColumn("resolved_at", "text")
    .addColumn("resolution", "text", (c) => c.check(sql`resolution in ('hidden', 'dismissed')`))
    .execute();
  await db.schema.createIndex("idea_reports_open").on("idea_reports").columns(["site_id", "resolved_at"]).execute();

  await db.schema
    .createTable("idea_follows")
    .addColumn("idea_id", "integer", (c) => c.notNull().references("ideas.id").onDelete("cascade"))
    .addColumn("user_id", "integer", (c) => c.notNull().references("users.id").onDelete("cascade"))
    .addColumn("created_at", "text", (c) => c.notNull())
    .addPrimaryKeyConstraint("idea_follows_pk", ["idea_id", "user_id"])
    .execute();

  await withId(db.schema.createTable("idea_notifications"), d)
    .addColumn("event_id", "integer", (c) => c.notNull().references("idea_events.id").onDelete("cascade"))
    .addColumn("user_id", "integer", (c) => c.notNull().references("users.id").onDelete("cascade"))
    .addColumn("mode", "text", (c) => c.notNull().check(sql`mode in ('immediate', 'daily')`))
    .addColumn("created_at", "text", (c) => c.notNull())
    .addColumn("sent_at", "text")
    // A retried fan-out must not mail anyone twice about the same event.
    .addUniqueConstraint("idea_notifications_once", ["event_id", "user_id"])
    .execute();
  await db.schema
    .createIndex("idea_notifications_digest")
    .on("idea_notifications")
    .columns(["mode", "sent_at"])
    .execute();

  // Full-text search on title and body (FTS5 on SQLite, a Dutch tsvector index on PostgreSQL).
  await createFullTextIndex(db, { table: "ideas", columns: ["title", "body"] });
}

export async function down(): Promise<void> {
  throw new Error("The ideas schema cannot be rolled back; restore a backup instead.");
}
