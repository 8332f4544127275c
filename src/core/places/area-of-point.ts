// Which area a location belongs to: the one whose boundary contains the point. Areas without a
// boundary cannot claim a point (they keep their postcode ranges for residents' addresses).
import { type LatLng, type MultiPolygon, multiPolygonContains } from "./geometry";

export interface AreaShape {
  id: number;
  shape: MultiPolygon | null;
}

export type AreaVerdict =
  /** Inside this area's boundary. */
  | { kind: "inside"; areaId: number }
  /** The site has boundaries, and the point lies in none of them. */
  | { kind: "outside" }
  /** No area has a boundary: the point cannot decide, the resident chooses the area. */
  | { kind: "unknown" };

export function areaOfPoint(areas: readonly AreaShape[], point: LatLng): AreaVerdict {
  const shaped = areas.filter((a) => a.shape);
  if (shaped.length === 0) return { kind: "unknown" };
  const hit = shaped.find((a) => multiPolygonContains(a.shape!, point));
  if (hit) return { kind: "inside", areaId: hit.id };
  // Some areas may still lack a boundary: the point could lie in one of them, so it is not refused.
  return shaped.length === areas.length ? { kind: "outside" } : { kind: "unknown" };
}
