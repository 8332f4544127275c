// What the public consultation page brings together (issue 11): whether residents see the
// consultation at all, links to other parts of the site, documents uploaded by staff, updates with
// their followers, and polls (one question, one vote per person, held by a unique constraint).
// Never imports app code, so it stays runnable forever.
import { sql, type Kysely } from "kysely";
import { dialectOf, withId } from "../../../core/db/schema";

export async function up(db: Kysely<any>): Promise<void> {
  const d = dialectOf(db);
  // Consultations made before this migration were only seen by staff: they stay drafts.
  await db.schema
    .alterTable("consultations")
    .addColumn("published", "integer", (c) => c.notNull().defaultTo(0))
    .execute();

  await db.schema
    .createTable("consultation_links")
    .addColumn("consultation_id", "integer", (c) => c.notNull().references("consultations.id").onDelete("cascade"))
    .addColumn("kind", "text", (c) => c.notNull())
    .addColumn("target_id", "integer", (c) => c.notNull())
    .addPrimaryKeyConstraint("consultation_links_pk", ["consultation_id", "kind", "target_id"])
    .execute();

  await withId(db.schema.createTable("consultation_documents"), d)
    .addColumn("consultation_id", "integer", (c) => c.notNull().references("consultations.id").onDelete("cascade"))
    .addColumn("name", "text", (c) => c.notNull())
    .addColumn("kind", "text", (c) => c.notNull().check(sql`kind in ('pdf','image')`))
    .addColumn("bytes", d === "postgres" ? "bytea" : "blob", (c) => c.notNull())
    .addColumn("size", "integer", (c) => c.notNull())
    .addColumn("uploaded_at", "text", (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex("consultation_documents_of")
    .on("consultation_documents")
    .columns(["consultation_id", "id"])
    .execute();

  await withId(db.schema.createTable("consultation_updates"), d)
    .addColumn("consultation_id", "integer", (c) => c.notNull().references("consultations.id").onDelete("cascade"))
    .addColumn("title", "text", (c) => c.notNull())
    .addColumn("body", "text", (c) => c.notNull())
    .addColumn("author_user_id", "integer", (c) => c.references("users.id").onDelete("set null"))
    .addColumn("created_at", "text", (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex("consultation_updates_of")
    .on("consultation_updates")
    .columns(["consultation_id", "id"])
    .execute();

  await db.schema
    .createTable("consultation_follows")
    .addColumn("consultation_id", "integer", (c) => c.notNull().references("consultations.id").onDelete("cascade"))
    .addColumn("user_id", "integer", (c) => c.notNull().references("users.id").onDelete("cascade"))
    .addColumn("created_at", "text", (c) => c.notNull())
    .addPrimaryKeyConstraint("consultation_follows_pk", ["consultation_id", "user_id"])
    .execute();

  // One row per update and follower that was mailed: a retried outbox row never mails twice.
  await db.schema
    .createTable("consultation_update_mails")
    .addColumn("update_id", "integer", (c) => c.notNull().references("consultation_updates.id").onDelete("cascade"))
    .addColumn("user_id", "integer", (c) => c.notNull().references("users.id").onDelete("cascade"))
    .addPrimaryKeyConstraint("consultation_update_mails_pk", ["update_id", "user_id"])
    .execute();

  await withId(db.schema.createTable("polls"), d)
    .addColumn("site_id", "integer", (c) => c.notNull().references("sites.id").onDelete("cascade"))
    .addColumn("consultation_id", "integer", (c) => c.notNull().references("consultations.id").onDelete("cascade"))
    .addColumn("question", "text", (c) => c.notNull())
    .addColumn("results", "text", (c) => c.notNull().check(sql`results in ('afterVote','afterClose')`))
    .addColumn("on_home", "integer", (c) => c.notNull().defaultTo(0))
    .addColumn("published", "integer", (c) => c.notNull().defaultTo(0))
    .addColumn("closed_at", "text")
    .addColumn("created_at", "text", (c) => c.notNull())
    .addColumn("updated_at", "text", (c) => c.notNull())
    .execute();
  await db.schema.createIndex("polls_consultation").on("polls").columns(["consultation_id", "id"]).execute();

  await withId(db.schema.createTable("poll_choices"), d)
    .addColumn("poll_id", "integer", (c) => c.notNull().references("polls.id").onDelete("cascade"))
    .addColumn("position", "integer", (c) => c.notNull())
    .addColumn("label", "text", (c) => c.notNull())
    .addUniqueConstraint("poll_choices_position", ["poll_id", "position"])
    .execute();

  await withId(db.schema.createTable("poll_votes"), d)
    .addColumn("poll_id", "integer", (c) => c.notNull().references("polls.id").onDelete("cascade"))
    .addColumn("choice_id", "integer", (c) => c.notNull().references("poll_choices.id").onDelete("cascade"))
    .addColumn("user_id", "integer", (c) => c.references("users.id").onDelete("set null"))
    .addColumn("created_at", "text", (c) => c.notNull())
    .addUniqueConstraint("poll_votes_one_per_person", ["poll_id", "user_id"])
    .execute();
  await db.schema.createIndex("poll_votes_choice").on("poll_votes").columns(["poll_id", "choice_id"]).execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  for (const table of [
    "poll_votes",
    "poll_choices",
    "polls",
    "consultation_update_mails",
    "consultation_follows",
    "consultation_updates",
    "consultation_documents",
    "consultation_links",
  ])
    await db.schema.dropTable(table).execute();
  await db.schema.alterTable("consultations").dropColumn("published").execute();
}
