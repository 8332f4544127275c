// A consultation's location (docs/maps.md): a point in whole micro-degrees and its address text,
// as for ideas, budget projects and meetings. Never imports app code, so it stays runnable forever.
import type { Kysely } from "kysely";

export async function up(db: Kysely<any>): Promise<void> {
  await db.schema.alterTable("consultations").addColumn("location_lat_e6", "integer").execute();
  await db.schema.alterTable("consultations").addColumn("location_lng_e6", "integer").execute();
  await db.schema.alterTable("consultations").addColumn("location_address", "text").execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  for (const column of ["location_address", "location_lng_e6", "location_lat_e6"])
    await db.schema.alterTable("consultations").dropColumn(column).execute();
}
