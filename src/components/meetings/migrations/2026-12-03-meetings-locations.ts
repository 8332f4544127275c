// A meeting's location on the map (docs/maps.md, docs/meetings.md): a point in whole micro-degrees
// and the address text it was chosen with, as for ideas and budget projects. The free text `place`
// (building, room) stays as it is. Never imports app code, so it stays runnable forever.
import type { Kysely } from "kysely";

export async function up(db: Kysely<any>): Promise<void> {
  await db.schema.alterTable("meetings").addColumn("location_lat_e6", "integer").execute();
  await db.schema.alterTable("meetings").addColumn("location_lng_e6", "integer").execute();
  await db.schema.alterTable("meetings").addColumn("location_address", "text").execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  for (const column of ["location_address", "location_lng_e6", "location_lat_e6"])
    await db.schema.alterTable("meetings").dropColumn(column).execute();
}
