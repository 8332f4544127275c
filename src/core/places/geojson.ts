// GeoJSON output (RFC 7946): WGS 84 longitude-latitude, six decimals (about 10 cm; more would
// pretend a precision no resident's click has). Used by the open-data API and the map script.
import type { LatLng, MultiPolygon } from "./geometry";

export const GEOJSON_TYPE = "application/geo+json";

const six = (n: number): number => Math.round(n * 1e6) / 1e6;

export interface Feature<P> {
  type: "Feature";
  id?: number | string;
  geometry: { type: "Point"; coordinates: [number, number] } | { type: "MultiPolygon"; coordinates: number[][][][] };
  properties: P;
}

export const pointFeature = <P>(id: number | string, point: LatLng, properties: P): Feature<P> => ({
  type: "Feature",
  id,
  geometry: { type: "Point", coordinates: [six(point.lng), six(point.lat)] },
  properties,
});

export const areaFeature = <P>(id: number | string, shape: MultiPolygon, properties: P): Feature<P> => ({
  type: "Feature",
  id,
  geometry: {
    type: "MultiPolygon",
    coordinates: shape.map((polygon) => polygon.map((ring) => ring.map(([lng, lat]) => [six(lng), six(lat)]))),
  },
  properties,
});

export const featureCollection = <P>(features: Feature<P>[]) => ({ type: "FeatureCollection" as const, features });
