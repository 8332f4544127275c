// A location's point: WGS 84 latitude and longitude with six decimals (about 10 cm), stored as
// whole micro-degrees so both databases keep exactly what was entered and GeoJSON prints it back.
import type { LatLng } from "./geometry";

export interface StoredPoint {
  latE6: number;
  lngE6: number;
}

export const toE6 = (degrees: number): number => Math.round(degrees * 1_000_000);
export const fromE6 = (e6: number): number => e6 / 1_000_000;

export const storedPoint = (p: LatLng): StoredPoint => ({ latE6: toE6(p.lat), lngE6: toE6(p.lng) });
export const pointOf = (s: StoredPoint): LatLng => ({ lat: fromE6(s.latE6), lng: fromE6(s.lngE6) });

/** Six decimals, as text: what forms, GeoJSON and data attributes show. */
export const sixDecimals = (degrees: number): string => degrees.toFixed(6);

const DECIMAL = /^-?\d{1,3}(?:\.\d{1,15})?$/;

/**
 * Reads a point typed or sent by a form ("52.370216", "4.895168"); null when either is not a plain
 * decimal number or lies outside the valid range. Rounded to six decimals.
 */
export function parsePoint(latText: string, lngText: string): LatLng | null {
  const lat = latText.trim();
  const lng = lngText.trim();
  if (!DECIMAL.test(lat) || !DECIMAL.test(lng)) return null;
  const p = { lat: Number(lat), lng: Number(lng) };
  if (!Number.isFinite(p.lat) || !Number.isFinite(p.lng)) return null;
  if (Math.abs(p.lat) > 90 || Math.abs(p.lng) > 180) return null;
  return pointOf(storedPoint(p));
}
