// Reading an area's boundary as staff upload it: GeoJSON (RFC 7946) holding one Polygon or
// MultiPolygon in WGS 84, bare or inside a Feature or a FeatureCollection with one feature (the
// CBS wijk- en buurtkaart exports single features). Anything else is refused with a reason that
// names what to fix; the stored form is always a MultiPolygon.
import type { MultiPolygon, Polygon, Position } from "./geometry";

export const MAX_BOUNDARY_BYTES = 2_000_000;
export const MAX_BOUNDARY_POSITIONS = 100_000;

export type BoundaryError =
  | "notJson"
  | "wrongType"
  | "oneFeature"
  | "badCoordinates"
  | "outOfRange"
  | "unclosedRing"
  | "tooFewPositions"
  | "tooLarge";

export type BoundaryResult = { ok: true; shape: MultiPolygon } | { ok: false; error: BoundaryError };

class Refused extends Error {
  constructor(readonly reason: BoundaryError) {
    super(reason);
  }
}

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === "object" && v !== null && !Array.isArray(v);

function position(v: unknown): Position {
  if (!Array.isArray(v) || v.length < 2 || v.length > 3 || !v.every((n) => typeof n === "number" && Number.isFinite(n)))
    throw new Refused("badCoordinates");
  const [lng, lat] = v as number[];
  if (Math.abs(lng!) > 180 || Math.abs(lat!) > 90) throw new Refused("outOfRange");
  return [lng!, lat!]; // an altitude, if any, says nothing about the area
}

function ring(v: unknown): Position[] {
  if (!Array.isArray(v)) throw new Refused("badCoordinates");
  const points = v.map(position);
  if (points.length < 4) throw new Refused("tooFewPositions");
  const [first, last] = [points[0]!, points[points.length - 1]!];
  if (first[0] !== last[0] || first[1] !== last[1]) throw new Refused("unclosedRing");
  return points;
}

function polygon(v: unknown): Polygon {
  if (!Array.isArray(v) || v.length === 0) throw new Refused("badCoordinates");
  return v.map(ring);
}

function geometry(v: unknown): MultiPolygon {
  if (!isObject(v)) throw new Refused("wrongType");
  if (v.type === "Feature") return geometry(v.geometry);
  if (v.type === "FeatureCollection") {
    if (!Array.isArray(v.features) || v.features.length !== 1) throw new Refused("oneFeature");
    return geometry(v.features[0]);
  }
  if (v.type === "Polygon") return [polygon(v.coordinates)];
  if (v.type === "MultiPolygon") {
    if (!Array.isArray(v.coordinates) || v.coordinates.length === 0) throw new Refused("badCoordinates");
    return v.coordinates.map(polygon);
  }
  throw new Refused("wrongType");
}

export const positionCount = (shape: MultiPolygon): number =>
  shape.reduce((n, p) => n + p.reduce((m, r) => m + r.length, 0), 0);

export function parseBoundary(text: string): BoundaryResult {
  if (Buffer.byteLength(text) > MAX_BOUNDARY_BYTES) return { ok: false, error: "tooLarge" };
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    return { ok: false, error: "notJson" };
  }
  try {
    const shape = geometry(json);
    if (positionCount(shape) > MAX_BOUNDARY_POSITIONS) return { ok: false, error: "tooLarge" };
    return { ok: true, shape };
  } catch (error) {
    if (error instanceof Refused) return { ok: false, error: error.reason };
    throw error;
  }
}

/** The stored text: a bare GeoJSON MultiPolygon. */
export const boundaryText = (shape: MultiPolygon): string =>
  JSON.stringify({ type: "MultiPolygon", coordinates: shape });

/** Reads what `boundaryText` stored; null for an area without a boundary. */
export function storedBoundary(text: string | null): MultiPolygon | null {
  if (!text) return null;
  const r = parseBoundary(text);
  return r.ok ? r.shape : null;
}
