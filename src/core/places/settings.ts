// A site's map and address-search settings: its own values where an admin set them in
// /admin/kaart, else the installation's defaults from the environment (MAP_TILE_URL, …).
import type { Config } from "../../config";
import type { Executor } from "../db/database";
import type { SitePlacesTable } from "../db/types";

export interface PlaceSettings {
  tileUrl: string;
  tileAttribution: string;
  /** Origins the CSP allows images from on map pages: the tile URL's own plus any extra. */
  tileOrigins: string[];
  /** Base URL of a Locatieserver-compatible service; null when switched off. */
  addressUrl: string | null;
  addressTimeoutMs: number;
}

export type SitePlacesRow = Omit<SitePlacesTable, "site_id">;

const originOf = (url: string): string | null => {
  if (!/^https?:\/\//.test(url)) return null; // a /path on our own origin needs no CSP entry
  try {
    // The template's braces are not valid in a host name only when used there ({s} subdomains).
    return new URL(url.replace(/\{s\}/g, "a")).origin;
  } catch {
    return null;
  }
};

export const parseOrigins = (text: string): string[] | null => {
  const items = text.split(/[\s,]+/).filter(Boolean);
  const origins = items.map((i) => (/^https?:\/\/[a-z0-9.-]+(:\d+)?$/i.test(i) ? new URL(i).origin : null));
  return origins.every((o) => o !== null) && origins.length <= 10 ? (origins as string[]) : null;
};

export function effectiveSettings(defaults: Config["places"], row: SitePlacesRow | undefined): PlaceSettings {
  const tileUrl = row?.tile_url || defaults.tileUrl;
  const own = originOf(tileUrl);
  const extra = parseOrigins(row?.tile_origins ?? "") ?? [];
  return {
    tileUrl,
    tileAttribution: row?.tile_attribution || (row?.tile_url ? "" : defaults.tileAttribution),
    tileOrigins: [...new Set([...(own ? [own] : []), ...extra])],
    addressUrl: row && row.address_search === 0 ? null : row?.address_url || defaults.addressUrl,
    addressTimeoutMs: defaults.addressTimeoutMs,
  };
}

export async function loadSettingsRow(db: Executor, siteId: number): Promise<SitePlacesRow | undefined> {
  return db
    .selectFrom("site_places")
    .select(["tile_url", "tile_attribution", "tile_origins", "address_url", "address_search"])
    .where("site_id", "=", siteId)
    .executeTakeFirst();
}

export async function placeSettings(db: Executor, config: Config, siteId: number): Promise<PlaceSettings> {
  return effectiveSettings(config.places, await loadSettingsRow(db, siteId));
}

export async function saveSettingsRow(db: Executor, siteId: number, row: SitePlacesRow): Promise<void> {
  const done = await db.updateTable("site_places").set(row).where("site_id", "=", siteId).executeTakeFirst();
  if (Number(done.numUpdatedRows) === 0)
    await db
      .insertInto("site_places")
      .values({ site_id: siteId, ...row })
      .execute();
}
