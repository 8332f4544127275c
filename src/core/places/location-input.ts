// A location as a resident gives it on a form (idea, budget project): a point from the map
// (hidden fields lat/lng, filled by the map script) and/or typed text (an address or postcode,
// looked up by the address service when there is no point). One function for every form, so the
// rules are the same everywhere:
// - a point decides the area when the site's areas have boundaries; outside all of them: refused;
// - typed text without a point is looked up; when the service is off or does not answer, the text
//   is kept without a point (the form still works); when it finds nothing, the resident is told;
// - "required" asks for a point or a text; "optional" accepts nothing; "off" ignores the fields.
import type { FieldError } from "../http/errors";
import { CONTROL_CHARACTER_KEY, isSingleLineText } from "../http/text-rules";
import type { AddressService } from "./address-service";
import { type AreaShape, areaOfPoint } from "./area-of-point";
import type { LatLng } from "./geometry";
import { fromE6, parsePoint, sixDecimals, type StoredPoint, storedPoint } from "./point";

export const LOCATION_MODES = ["off", "optional", "required"] as const;
export type LocationMode = (typeof LOCATION_MODES)[number];

export const MAX_ADDRESS_LENGTH = 200;

export interface PlaceValue {
  point: StoredPoint | null;
  address: string | null;
}

export type LocationVerdict =
  | { ok: true; place: PlaceValue | null; areaId: number | null }
  | { ok: false; errors: FieldError[] };

/** The form fields' names: the same on every form, as the map script fills them. */
export const LOCATION_FIELDS = { text: "locationText", lat: "lat", lng: "lng", pointText: "pointText" } as const;

const refuse = (messageKey: string, field: string = LOCATION_FIELDS.text): LocationVerdict => ({
  ok: false,
  errors: [{ field, messageKey }],
});

export async function resolveLocation(
  deps: { service: AddressService; areas: readonly AreaShape[] },
  values: Record<string, string | undefined>,
  mode: LocationMode,
): Promise<LocationVerdict> {
  if (mode === "off") return { ok: true, place: null, areaId: null };
  const text = (values[LOCATION_FIELDS.text] ?? "").trim().replace(/\s+/g, " ");
  const latText = (values[LOCATION_FIELDS.lat] ?? "").trim();
  const lngText = (values[LOCATION_FIELDS.lng] ?? "").trim();
  if (text.length > MAX_ADDRESS_LENGTH) return refuse("places.location.errors.textLong");
  if (!isSingleLineText(values[LOCATION_FIELDS.text] ?? "")) return refuse(CONTROL_CHARACTER_KEY);

  let point: LatLng | null = null;
  const address: string | null = text || null;
  // The point belongs to the text it was chosen with; text changed since (typed without the map
  // script, on a form shown again) means the resident now means that text instead.
  const pointText = values[LOCATION_FIELDS.pointText];
  const stalePoint = pointText !== undefined && pointText.trim().replace(/\s+/g, " ") !== text && text !== "";
  if ((latText || lngText) && !stalePoint) {
    point = parsePoint(latText, lngText);
    if (!point) return refuse("places.location.errors.point");
  } else if (text) {
    const found = await deps.service.geocode(text);
    if (found.ok && !found.value) return refuse("places.location.errors.notFound");
    if (found.ok && found.value) point = found.value.point;
    // off or unavailable: keep the typed text without a point
  } else {
    return mode === "required" ? refuse("places.location.errors.required") : { ok: true, place: null, areaId: null };
  }

  let areaId: number | null = null;
  if (point) {
    const verdict = areaOfPoint(deps.areas, point);
    if (verdict.kind === "outside") return refuse("places.location.errors.outside");
    if (verdict.kind === "inside") areaId = verdict.areaId;
  }
  return { ok: true, place: { point: point ? storedPoint(point) : null, address }, areaId };
}

/**
 * A stored location as the field's form values, for an edit form: the point with the text it
 * belongs to, so sending the form back unchanged keeps the point (no new look-up).
 */
export function storedLocationValues(row: {
  location_lat_e6: number | null;
  location_lng_e6: number | null;
  location_address: string | null;
}): Record<string, string> {
  const text = row.location_address ?? "";
  if (row.location_lat_e6 === null || row.location_lng_e6 === null) return { [LOCATION_FIELDS.text]: text };
  return {
    [LOCATION_FIELDS.text]: text,
    [LOCATION_FIELDS.lat]: sixDecimals(fromE6(row.location_lat_e6)),
    [LOCATION_FIELDS.lng]: sixDecimals(fromE6(row.location_lng_e6)),
    [LOCATION_FIELDS.pointText]: text,
  };
}
