// The core schema: sites, areas, accounts, sessions, tokens, outbox, audit log, rate limits.
import { sql, type Kysely } from "kysely";
import { dialectOf, withId } from "../schema";

export async function up(db: Kysely<any>): Promise<void> {
  const d = dialectOf(db);
  await db.schema
    .createTable("settings")
    .addColumn("key", "text", (c) => c.primaryKey())
    .addColumn("value", "text", (c) => c.notNull())
    .execute();

  await withId(db.schema.createTable("sites"), d)
    .addColumn("slug", "text", (c) => c.notNull().unique())
    .addColumn("name", "text", (c) => c.notNull())
    .addColumn("is_default", "integer", (c) => c.notNull().defaultTo(0).check(sql`is_default in (0, 1)`))
    .addColumn("languages", "text", (c) => c.notNull().defaultTo("nl,en"))
    .addColumn("theme_class", "text", (c) => c.notNull().defaultTo("voorbeeld-theme"))
    .addColumn("council_name", "text", (c) => c.notNull().defaultTo(""))
    .addColumn("council_emails", "text", (c) => c.notNull().defaultTo(""))
    .addColumn("accessibility_nl", "text", (c) => c.notNull().defaultTo(""))
    .addColumn("accessibility_en", "text", (c) => c.notNull().defaultTo(""))
    .addColumn("privacy_nl", "text", (c) => c.notNull().defaultTo(""))
    .addColumn("privacy_en", "text", (c) => c.notNull().defaultTo(""))
    .addColumn("created_at", "text", (c) => c.notNull())
    .execute();

  await db.schema
    .createTable("site_hosts")
    .addColumn("host", "text", (c) => c.primaryKey())
    .addColumn("site_id", "integer", (c) => c.notNull().references("sites.id").onDelete("cascade"))
    .execute();

  await withId(db.schema.createTable("areas"), d)
    .addColumn("site_id", "integer", (c) => c.notNull().references("sites.id").onDelete("cascade"))
    .addColumn("name", "text", (c) => c.notNull())
    .addColumn("postcode_ranges", "text", (c) => c.notNull().defaultTo(""))
    .addUniqueConstraint("areas_site_name", ["site_id", "name"])
    .execute();

  await withId(db.schema.createTable("users"), d)
    .addColumn("site_id", "integer", (c) => c.notNull().references("sites.id").onDelete("cascade"))
    .addColumn("email", "text")
    .addColumn("email_verified_at", "text")
    .addColumn("password_hash", "text")
    .addColumn("display_name", "text", (c) => c.notNull())
    .addColumn("language", "text", (c) => c.notNull().defaultTo("nl").check(sql`language in ('nl', 'en')`))
    .addColumn("postcode", "text")
    .addColumn("notify_mode", "text", (c) =>
      c.notNull().defaultTo("immediate").check(sql`notify_mode in ('immediate', 'daily', 'never')`),
    )
    .addColumn("unsubscribe_token", "text", (c) => c.notNull().unique())
    .addColumn("created_at", "text", (c) => c.notNull())
    .addColumn("deleted_at", "text")
    .addUniqueConstraint("users_site_email", ["site_id", "email"])
    .execute();

  await db.schema
    .createTable("user_roles")
    .addColumn("user_id", "integer", (c) => c.notNull().references("users.id").onDelete("cascade"))
    .addColumn("role", "text", (c) => c.notNull().check(sql`role in ('moderator', 'official', 'council', 'admin')`))
    .addPrimaryKeyConstraint("user_roles_pk", ["user_id", "role"])
    .execute();

  await db.schema
    .createTable("sessions")
    .addColumn("id_hash", "text", (c) => c.primaryKey())
    .addColumn("user_id", "integer", (c) => c.notNull().references("users.id").onDelete("cascade"))
    .addColumn("site_id", "integer", (c) => c.notNull().references("sites.id").onDelete("cascade"))
    .addColumn("created_at", "text", (c) => c.notNull())
    .addColumn("last_seen_at", "text", (c) => c.notNull())
    .addColumn("expires_at", "text", (c) => c.notNull())
    .execute();
  await db.schema.createIndex("sessions_user").on("sessions").column("user_id").execute();

  await withId(db.schema.createTable("tokens"), d)
    .addColumn("user_id", "integer", (c) => c.notNull().references("users.id").onDelete("cascade"))
    .addColumn("purpose", "text", (c) => c.notNull().check(sql`purpose in ('verify', 'reset', 'email')`))
    .addColumn("token_hash", "text", (c) => c.notNull().unique())
    .addColumn("new_email", "text")
    .addColumn("expires_at", "text", (c) => c.notNull())
    .addColumn("used_at", "text")
    .addColumn("created_at", "text", (c) => c.notNull())
    .execute();

  await withId(db.schema.createTable("outbox"), d)
    .addColumn("site_id", "integer", (c) => c.references("sites.id").onDelete("cascade"))
    .addColumn("kind", "text", (c) => c.notNull())
    .addColumn("payload", "text", (c) => c.notNull())
    .addColumn("status", "text", (c) =>
      c.notNull().defaultTo("pending").check(sql`status in ('pending', 'done', 'failed')`),
    )
    .addColumn("attempts", "integer", (c) => c.notNull().defaultTo(0))
    .addColumn("next_attempt_at", "text", (c) => c.notNull())
    .addColumn("last_error", "text")
    .addColumn("created_at", "text", (c) => c.notNull())
    .addColumn("done_at", "text")
    .execute();
  await db.schema.createIndex("outbox_due").on("outbox").columns(["status", "next_attempt_at"]).execute();

  await withId(db.schema.createTable("audit_log"), d)
    .addColumn("site_id", "integer", (c) => c.notNull().references("sites.id").onDelete("cascade"))
    .addColumn("actor_user_id", "integer", (c) => c.references("users.id").onDelete("set null"))
    .addColumn("action", "text", (c) => c.notNull())
    .addColumn("subject", "text", (c) => c.notNull())
    .addColumn("details", "text", (c) => c.notNull().defaultTo("{}"))
    .addColumn("created_at", "text", (c) => c.notNull())
    .execute();

  await db.schema
    .createTable("rate_limits")
    .addColumn("key", "text", (c) => c.primaryKey())
    .addColumn("count", "integer", (c) => c.notNull())
    .addColumn("reset_at", "text", (c) => c.notNull())
    .execute();
}

export async function down(): Promise<void> {
  throw new Error("The core schema cannot be rolled back; restore a backup instead.");
}
