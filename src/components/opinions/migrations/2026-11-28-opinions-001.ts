// Opinion-map tables: conversations, their statements, participants (an account or an anonymous
// cookie), the latest vote per participant and statement, and the stored analysis.
// Never imports app code: migrations must keep working when the app changes.
import { sql, type Kysely } from "kysely";
import { dialectOf, withId } from "../../../core/db/schema";

export async function up(db: Kysely<any>): Promise<void> {
  const d = dialectOf(db);
  await withId(db.schema.createTable("opinion_conversations"), d)
    .addColumn("site_id", "integer", (c) => c.notNull().references("sites.id").onDelete("cascade"))
    .addColumn("topic", "text", (c) => c.notNull())
    .addColumn("introduction", "text", (c) => c.notNull().defaultTo(""))
    .addColumn("statement_mode", "text", (c) =>
      c.notNull().check(sql`statement_mode in ('none', 'direct', 'moderated')`),
    )
    .addColumn("participation", "text", (c) => c.notNull().check(sql`participation in ('account', 'anonymous')`))
    .addColumn("opens_at", "text", (c) => c.notNull())
    .addColumn("closes_at", "text")
    .addColumn("imported", "integer", (c) => c.notNull().defaultTo(0).check(sql`imported in (0, 1)`))
    // Raised in the transaction of every vote or moderation decision; the analysis job compares
    // it with analysed_version to find conversations that need a fresh analysis.
    .addColumn("changes_version", "integer", (c) => c.notNull().defaultTo(0))
    .addColumn("analysed_version", "integer", (c) => c.notNull().defaultTo(0))
    .addColumn("analysis_claim", "text")
    .addColumn("analysis_claimed_until", "text")
    .addColumn("created_at", "text", (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex("opinion_conversations_site")
    .on("opinion_conversations")
    .columns(["site_id", "id"])
    .execute();

  await withId(db.schema.createTable("opinion_participants"), d)
    .addColumn("conversation_id", "integer", (c) =>
      c.notNull().references("opinion_conversations.id").onDelete("cascade"),
    )
    .addColumn("user_id", "integer", (c) => c.references("users.id").onDelete("set null"))
    .addColumn("anonymous_key_hash", "text")
    .addColumn("external_id", "text")
    .addColumn("created_at", "text", (c) => c.notNull())
    .addUniqueConstraint("opinion_participants_user", ["conversation_id", "user_id"])
    .addUniqueConstraint("opinion_participants_anonymous", ["conversation_id", "anonymous_key_hash"])
    .addUniqueConstraint("opinion_participants_external", ["conversation_id", "external_id"])
    .execute();

  await withId(db.schema.createTable("opinion_statements"), d)
    .addColumn("conversation_id", "integer", (c) =>
      c.notNull().references("opinion_conversations.id").onDelete("cascade"),
    )
    .addColumn("text", "text", (c) => c.notNull())
    .addColumn("author_participant_id", "integer", (c) => c.references("opinion_participants.id").onDelete("set null"))
    .addColumn("is_seed", "integer", (c) => c.notNull().defaultTo(0).check(sql`is_seed in (0, 1)`))
    .addColumn("status", "text", (c) => c.notNull().check(sql`status in ('pending', 'accepted', 'rejected')`))
    .addColumn("rejection_reason", "text")
    .addColumn("moderated_by", "integer", (c) => c.references("users.id").onDelete("set null"))
    .addColumn("moderated_at", "text")
    .addColumn("external_id", "text")
    .addColumn("created_at", "text", (c) => c.notNull())
    .addUniqueConstraint("opinion_statements_external", ["conversation_id", "external_id"])
    .execute();
  await db.schema
    .createIndex("opinion_statements_conversation")
    .on("opinion_statements")
    .columns(["conversation_id", "status"])
    .execute();

  await db.schema
    .createTable("opinion_votes")
    .addColumn("conversation_id", "integer", (c) =>
      c.notNull().references("opinion_conversations.id").onDelete("cascade"),
    )
    .addColumn("participant_id", "integer", (c) =>
      c.notNull().references("opinion_participants.id").onDelete("cascade"),
    )
    .addColumn("statement_id", "integer", (c) => c.notNull().references("opinion_statements.id").onDelete("cascade"))
    .addColumn("vote", "integer", (c) => c.notNull().check(sql`vote in (-1, 0, 1)`))
    .addColumn("voted_at", "text", (c) => c.notNull())
    .addPrimaryKeyConstraint("opinion_votes_pk", ["participant_id", "statement_id"])
    .execute();
  await db.schema
    .createIndex("opinion_votes_conversation")
    .on("opinion_votes")
    .columns(["conversation_id", "statement_id"])
    .execute();

  await db.schema
    .createTable("opinion_analyses")
    .addColumn("conversation_id", "integer", (c) =>
      c.primaryKey().references("opinion_conversations.id").onDelete("cascade"),
    )
    .addColumn("version", "integer", (c) => c.notNull())
    .addColumn("result", "text", (c) => c.notNull())
    .addColumn("computed_at", "text", (c) => c.notNull())
    .execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  for (const table of [
    "opinion_analyses",
    "opinion_votes",
    "opinion_statements",
    "opinion_participants",
    "opinion_conversations",
  ]) {
    await db.schema.dropTable(table).execute();
  }
}
