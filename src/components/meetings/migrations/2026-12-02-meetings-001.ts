// The meetings schema: meetings (with their calendar identity), registrations with the waiting
// list, and outcomes. Never imports app code, so it stays runnable forever.
import { sql, type Kysely } from "kysely";
import { dialectOf, withId } from "../../../core/db/schema";

const flag = (name: string) => sql`${sql.ref(name)} in (0, 1)`;

export async function up(db: Kysely<any>): Promise<void> {
  const d = dialectOf(db);
  await withId(db.schema.createTable("meetings"), d)
    .addColumn("site_id", "integer", (c) => c.notNull().references("sites.id").onDelete("cascade"))
    .addColumn("area_id", "integer", (c) => c.references("areas.id").onDelete("set null"))
    // The calendar UID: fixed at creation, so every later version replaces the same event.
    .addColumn("uid", "text", (c) => c.notNull().unique())
    .addColumn("sequence", "integer", (c) => c.notNull().defaultTo(0).check(sql`sequence >= 0`))
    .addColumn("status", "text", (c) => c.notNull().check(sql`status in ('scheduled', 'cancelled')`))
    .addColumn("title", "text", (c) => c.notNull())
    .addColumn("description", "text", (c) => c.notNull())
    .addColumn("kind", "text", (c) => c.notNull().check(sql`kind in ('in_person', 'online', 'hybrid')`))
    .addColumn("starts_at", "text", (c) => c.notNull())
    .addColumn("ends_at", "text", (c) => c.notNull())
    .addColumn("place", "text", (c) => c.notNull().defaultTo(""))
    .addColumn("online_url", "text")
    .addColumn("wheelchair", "integer", (c) => c.notNull().defaultTo(0).check(flag("wheelchair")))
    .addColumn("hearing_loop", "integer", (c) => c.notNull().defaultTo(0).check(flag("hearing_loop")))
    .addColumn("sign_language", "integer", (c) => c.notNull().defaultTo(0).check(flag("sign_language")))
    .addColumn("organiser", "text", (c) => c.notNull())
    .addColumn("related_url", "text")
    .addColumn("related_label", "text")
    .addColumn("registration", "text", (c) => c.notNull().check(sql`registration in ('none', 'optional', 'required')`))
    .addColumn("capacity", "integer", (c) => c.check(sql`capacity >= 1`))
    .addColumn("guests_allowed", "integer", (c) => c.notNull().defaultTo(1).check(flag("guests_allowed")))
    // Confirmed registrations, updated in the transaction that changes them (a test proves it).
    .addColumn("confirmed_count", "integer", (c) => c.notNull().defaultTo(0).check(sql`confirmed_count >= 0`))
    .addColumn("minutes", "text")
    .addColumn("attendees", "integer", (c) => c.check(sql`attendees >= 0`))
    .addColumn("created_by", "integer", (c) => c.references("users.id").onDelete("set null"))
    .addColumn("created_at", "text", (c) => c.notNull())
    .addColumn("updated_at", "text", (c) => c.notNull())
    .addColumn("cancelled_at", "text")
    .addCheckConstraint("meetings_end_after_start", sql`ends_at > starts_at`)
    .addCheckConstraint("meetings_within_capacity", sql`capacity is null or confirmed_count <= capacity`)
    .execute();
  await db.schema.createIndex("meetings_site_start").on("meetings").columns(["site_id", "starts_at"]).execute();

  await withId(db.schema.createTable("meeting_registrations"), d)
    .addColumn("meeting_id", "integer", (c) => c.notNull().references("meetings.id").onDelete("cascade"))
    .addColumn("user_id", "integer", (c) => c.references("users.id").onDelete("set null"))
    .addColumn("name", "text", (c) => c.notNull())
    .addColumn("email", "text", (c) => c.notNull())
    .addColumn("language", "text", (c) => c.notNull().check(sql`language in ('nl', 'en')`))
    .addColumn("status", "text", (c) =>
      c.notNull().check(sql`status in ('unconfirmed', 'confirmed', 'waiting', 'cancelled')`),
    )
    .addColumn("dietary", "text", (c) => c.notNull().defaultTo(""))
    .addColumn("interpreter", "integer", (c) => c.notNull().defaultTo(0).check(flag("interpreter")))
    .addColumn("remarks", "text", (c) => c.notNull().defaultTo(""))
    // Mixed into the links' HMAC: a new seed (registering again) makes old links useless.
    .addColumn("link_seed", "text", (c) => c.notNull())
    .addColumn("created_at", "text", (c) => c.notNull())
    .addColumn("placed_at", "text")
    .addColumn("cancelled_at", "text")
    .addColumn("reminded_at", "text")
    // One registration per address per meeting, also under concurrency.
    .addUniqueConstraint("meeting_registrations_one_per_address", ["meeting_id", "email"])
    .execute();
  await db.schema
    .createIndex("meeting_registrations_queue")
    .on("meeting_registrations")
    .columns(["meeting_id", "status", "placed_at"])
    .execute();
  await db.schema.createIndex("meeting_registrations_user").on("meeting_registrations").column("user_id").execute();

  await withId(db.schema.createTable("meeting_outcomes"), d)
    .addColumn("meeting_id", "integer", (c) => c.notNull().references("meetings.id").onDelete("cascade"))
    .addColumn("label", "text", (c) => c.notNull())
    .addColumn("url", "text", (c) => c.notNull())
    .addColumn("created_at", "text", (c) => c.notNull())
    .execute();

  // The minutes as a PDF, at most one per meeting (checked by content at upload, minutes-pdf.ts).
  await db.schema
    .createTable("meeting_minutes_files")
    .addColumn("meeting_id", "integer", (c) => c.primaryKey().references("meetings.id").onDelete("cascade"))
    .addColumn("bytes", d === "postgres" ? "bytea" : "blob", (c) => c.notNull())
    .addColumn("size", "integer", (c) => c.notNull())
    .addColumn("uploaded_at", "text", (c) => c.notNull())
    .execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable("meeting_minutes_files").execute();
  await db.schema.dropTable("meeting_outcomes").execute();
  await db.schema.dropTable("meeting_registrations").execute();
  await db.schema.dropTable("meetings").execute();
}
