// Places (docs/maps.md): an area's boundary, and each site's map and address-search settings.
// - areas.boundary: a GeoJSON MultiPolygon in WGS 84 as text (core/places/boundary.ts), or null;
// - site_places: per site, the tile URL, attribution, extra tile origins for the CSP, and the
//   address service's base URL; an empty text means "the installation's default" (config.ts),
//   and address_search = 0 switches the address service off for this site.
// Never imports app code, so it stays runnable forever.
import type { Kysely } from "kysely";

export async function up(db: Kysely<any>): Promise<void> {
  await db.schema.alterTable("areas").addColumn("boundary", "text").execute();
  await db.schema
    .createTable("site_places")
    .addColumn("site_id", "integer", (c) => c.primaryKey().references("sites.id").onDelete("cascade"))
    .addColumn("tile_url", "text", (c) => c.notNull().defaultTo(""))
    .addColumn("tile_attribution", "text", (c) => c.notNull().defaultTo(""))
    .addColumn("tile_origins", "text", (c) => c.notNull().defaultTo(""))
    .addColumn("address_url", "text", (c) => c.notNull().defaultTo(""))
    .addColumn("address_search", "integer", (c) => c.notNull().defaultTo(1))
    .execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable("site_places").execute();
  await db.schema.alterTable("areas").dropColumn("boundary").execute();
}
