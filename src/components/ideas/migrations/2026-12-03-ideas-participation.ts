// Participation rules for ideas (docs/participation.md):
// - the old per-process `support_rule` moves into core's participation_rules: "postcode" (a
//   postcode in any of the site's areas) becomes "verified residents of the site's areas with
//   postcode ranges"; "verified" (a confirmed address) is the default and needs no row. The old
//   column stays (SQLite cannot drop a checked column cheaply) and is no longer read;
// - every support records whether it came from a verified resident at that moment. Existing
//   supports count as verified only when the account was verified before the support was given
//   (identity_verified_at is the last verification, so this never claims too much).
// Never imports app code, so it stays runnable forever.
import { sql, type Kysely } from "kysely";

export async function up(db: Kysely<any>): Promise<void> {
  const now = new Date().toISOString();
  const postcodeProcesses = await db
    .selectFrom("idea_processes")
    .select(["id", "site_id"])
    .where("support_rule", "=", "postcode")
    .execute();
  for (const p of postcodeProcesses) {
    const areas = await db
      .selectFrom("areas")
      .select("id")
      .where("site_id", "=", p.site_id)
      .where("postcode_ranges", "!=", "")
      .orderBy("id")
      .execute();
    await db
      .insertInto("participation_rules")
      .values({
        site_id: p.site_id,
        component: "ideas",
        process_id: p.id,
        action: "support",
        level: "identity",
        area_ids: areas.map((a: { id: number }) => a.id).join(","),
        min_age: null,
        updated_at: now,
        tightened_at: now,
      })
      .execute();
  }
  await db.schema
    .alterTable("idea_supports")
    .addColumn("verified", "integer", (c) => c.notNull().defaultTo(0).check(sql`verified in (0, 1)`))
    .execute();
  await sql`update idea_supports set verified = 1 where exists (
    select 1 from users u where u.id = idea_supports.user_id
      and u.identity_verified_at is not null and u.identity_verified_at <= idea_supports.created_at)`.execute(db);
}

export async function down(): Promise<void> {
  throw new Error("This migration cannot be rolled back; restore a backup instead.");
}
