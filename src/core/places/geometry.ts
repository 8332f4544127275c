// Pure plane geometry on WGS 84 coordinates: which area contains a point, and how far apart two
// points are. Areas in a municipality are a few kilometres across, so treating longitude and
// latitude as a flat plane for containment is exact enough (the borders themselves are drawn that
// way in GeoJSON, RFC 7946 §3.1.1); distances use the haversine formula on a sphere.

/** [longitude, latitude], the GeoJSON order. */
export type Position = readonly [number, number];
/** The first ring is the outer border, the others are holes. Rings are closed (first = last). */
export type Polygon = readonly (readonly Position[])[];
export type MultiPolygon = readonly Polygon[];

export interface LatLng {
  lat: number;
  lng: number;
}

/**
 * Even-odd ray casting over one ring. A point exactly on the border counts as inside, so two
 * neighbouring areas both claim a point on their shared street; `areaOfPoint` then picks the first.
 */
function inRing(lng: number, lat: number, ring: readonly Position[]): boolean | "edge" {
  let inside = false;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
    const [xi, yi] = ring[i]!;
    const [xj, yj] = ring[j]!;
    if (onSegment(lng, lat, xi, yi, xj, yj)) return "edge";
    if (yi > lat !== yj > lat && lng < ((xj - xi) * (lat - yi)) / (yj - yi) + xi) inside = !inside;
  }
  return inside;
}

const EPSILON = 1e-12;

function onSegment(px: number, py: number, ax: number, ay: number, bx: number, by: number): boolean {
  const cross = (bx - ax) * (py - ay) - (by - ay) * (px - ax);
  if (Math.abs(cross) > EPSILON) return false;
  return px >= Math.min(ax, bx) && px <= Math.max(ax, bx) && py >= Math.min(ay, by) && py <= Math.max(ay, by);
}

export function polygonContains(polygon: Polygon, point: LatLng): boolean {
  const [outer, ...holes] = polygon;
  if (!outer) return false;
  const o = inRing(point.lng, point.lat, outer);
  if (o === false) return false;
  if (o === "edge") return true;
  for (const hole of holes) {
    const h = inRing(point.lng, point.lat, hole);
    if (h === "edge") return true; // the border of a hole is still the area's border
    if (h) return false;
  }
  return true;
}

export const multiPolygonContains = (shape: MultiPolygon, point: LatLng): boolean =>
  shape.some((polygon) => polygonContains(polygon, point));

export interface Bounds {
  west: number;
  south: number;
  east: number;
  north: number;
}

export function boundsOf(shapes: readonly MultiPolygon[]): Bounds | null {
  let b: Bounds | null = null;
  for (const shape of shapes)
    for (const polygon of shape)
      for (const [lng, lat] of polygon[0] ?? []) {
        if (!b) b = { west: lng, south: lat, east: lng, north: lat };
        else {
          b.west = Math.min(b.west, lng);
          b.east = Math.max(b.east, lng);
          b.south = Math.min(b.south, lat);
          b.north = Math.max(b.north, lat);
        }
      }
  return b;
}

const EARTH_RADIUS_M = 6_371_008.8; // mean radius (IUGG)

/** Great-circle distance in metres. */
export function distanceMetres(a: LatLng, b: LatLng): number {
  const rad = Math.PI / 180;
  const dLat = (b.lat - a.lat) * rad;
  const dLng = (b.lng - a.lng) * rad;
  const h = Math.sin(dLat / 2) ** 2 + Math.cos(a.lat * rad) * Math.cos(b.lat * rad) * Math.sin(dLng / 2) ** 2;
  return 2 * EARTH_RADIUS_M * Math.asin(Math.min(1, Math.sqrt(h)));
}

/** Items within `metres` of `from`, nearest first; the "near me" list. */
export function withinDistance<T extends LatLng>(items: readonly T[], from: LatLng, metres: number) {
  return items
    .map((item) => ({ item, metres: distanceMetres(from, item) }))
    .filter((x) => x.metres <= metres)
    .sort((x, y) => x.metres - y.metres);
}
