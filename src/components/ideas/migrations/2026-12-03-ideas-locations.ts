// An idea's location (docs/maps.md): a point in whole micro-degrees (six decimals, exact on both
// databases) and an optional address text; either may be absent (typed text while the address
// service was down has no point). Per process, whether the form asks for it: off, optional or
// required. Never imports app code, so it stays runnable forever.
import { sql, type Kysely } from "kysely";

export async function up(db: Kysely<any>): Promise<void> {
  await db.schema.alterTable("ideas").addColumn("location_lat_e6", "integer").execute();
  await db.schema.alterTable("ideas").addColumn("location_lng_e6", "integer").execute();
  await db.schema.alterTable("ideas").addColumn("location_address", "text").execute();
  await db.schema
    .alterTable("idea_processes")
    .addColumn("location_mode", "text", (c) =>
      c.notNull().defaultTo("optional").check(sql`location_mode in ('off', 'optional', 'required')`),
    )
    .execute();
  await db.schema.createIndex("ideas_located").on("ideas").columns(["site_id", "location_lat_e6"]).execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropIndex("ideas_located").execute();
  await db.schema.alterTable("idea_processes").dropColumn("location_mode").execute();
  for (const column of ["location_address", "location_lng_e6", "location_lat_e6"])
    await db.schema.alterTable("ideas").dropColumn(column).execute();
}
