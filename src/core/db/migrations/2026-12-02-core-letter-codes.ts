// Letter codes that verify a resident (docs/verification.md):
// - letter_batches: one upload of addresses by staff; revoking a batch stops its unused codes;
// - letter_codes: one code per address, stored only as a keyed hash, with the postcode and area
//   the letter went to (never the street address); used once, by at most one account;
// - users: how the account was verified ('provider' or 'letter') and, for a letter, its area.
// Never imports app code, so it stays runnable forever.
import { sql, type Kysely } from "kysely";
import { dialectOf, withId } from "../schema";

export async function up(db: Kysely<any>): Promise<void> {
  const d = dialectOf(db);
  await withId(db.schema.createTable("letter_batches"), d)
    .addColumn("site_id", "integer", (c) => c.notNull().references("sites.id").onDelete("cascade"))
    .addColumn("label", "text", (c) => c.notNull().defaultTo(""))
    .addColumn("created_by", "integer", (c) => c.references("users.id").onDelete("set null"))
    .addColumn("created_at", "text", (c) => c.notNull())
    .addColumn("code_count", "integer", (c) => c.notNull())
    .addColumn("revoked_at", "text")
    .addColumn("revoked_by", "integer", (c) => c.references("users.id").onDelete("set null"))
    .execute();
  await db.schema.createIndex("letter_batches_site").on("letter_batches").columns(["site_id", "created_at"]).execute();

  await withId(db.schema.createTable("letter_codes"), d)
    .addColumn("batch_id", "integer", (c) => c.notNull().references("letter_batches.id").onDelete("cascade"))
    .addColumn("site_id", "integer", (c) => c.notNull().references("sites.id").onDelete("cascade"))
    .addColumn("code_hash", "text", (c) => c.notNull())
    .addColumn("postcode", "text", (c) => c.notNull())
    .addColumn("area_id", "integer", (c) => c.references("areas.id").onDelete("set null"))
    .addColumn("used_by_user_id", "integer", (c) => c.references("users.id").onDelete("set null"))
    .addColumn("used_at", "text")
    .addUniqueConstraint("letter_codes_site_hash", ["site_id", "code_hash"])
    .execute();
  await db.schema.createIndex("letter_codes_batch").on("letter_codes").column("batch_id").execute();
  await db.schema.createIndex("letter_codes_user").on("letter_codes").column("used_by_user_id").execute();

  await db.schema
    .alterTable("users")
    .addColumn("verification_method", "text", (c) => c.check(sql`verification_method in ('provider', 'letter')`))
    .execute();
  await db.schema
    .alterTable("users")
    .addColumn("verified_area_id", "integer", (c) => c.references("areas.id").onDelete("set null"))
    .execute();
  // Until now only providers verified accounts.
  await sql`update users set verification_method = 'provider' where identity_verified_at is not null`.execute(db);
}

export async function down(): Promise<void> {
  throw new Error("This migration cannot be rolled back; restore a backup instead.");
}
