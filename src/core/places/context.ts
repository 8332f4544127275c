// What a location form or map needs for one site: its settings, address service and area shapes.
import type { Executor } from "../db/database";
import type { Services } from "../services";
import { type AddressService, addressService } from "./address-service";
import type { AreaShape } from "./area-of-point";
import { storedBoundary } from "./boundary";
import { boundsOf, type MultiPolygon } from "./geometry";
import { type PlaceSettings, placeSettings } from "./settings";

export interface AreaWithShape extends AreaShape {
  name: string;
  shape: MultiPolygon | null;
}

export interface PlaceContext {
  settings: PlaceSettings;
  service: AddressService;
  areas: AreaWithShape[];
}

export async function areaShapes(db: Executor, siteId: number): Promise<AreaWithShape[]> {
  const rows = await db
    .selectFrom("areas")
    .select(["id", "name", "boundary"])
    .where("site_id", "=", siteId)
    .orderBy("name")
    .execute();
  return rows.map((r) => ({ id: r.id, name: r.name, shape: storedBoundary(r.boundary) }));
}

export async function placeContext(services: Services, siteId: number): Promise<PlaceContext> {
  const db = services.db.kysely;
  const [settings, areas] = await Promise.all([placeSettings(db, services.config, siteId), areaShapes(db, siteId)]);
  return { settings, service: addressService(settings.addressUrl, settings.addressTimeoutMs), areas };
}

/** The box around the site's area borders, as the map element takes it (west, south, east, north). */
export function siteBounds(places: PlaceContext): number[] | null {
  const b = boundsOf(places.areas.flatMap((a) => (a.shape ? [a.shape] : [])));
  return b ? [b.west, b.south, b.east, b.north] : null;
}
