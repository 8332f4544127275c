// A stored location as JSON, the one shape for open data (the meetings API) and a person's data
// download: WGS 84 degrees (exactly six decimals: stored as micro-degrees), lat/lng null for an
// address typed without a point, and null when there is neither.
import { fromE6 } from "./point";

export interface LocationJson {
  lat: number | null;
  lng: number | null;
  address: string | null;
}

export function locationJson(row: {
  location_lat_e6: number | null;
  location_lng_e6: number | null;
  location_address: string | null;
}): LocationJson | null {
  if (row.location_lat_e6 === null && row.location_address === null) return null;
  const located = row.location_lat_e6 !== null && row.location_lng_e6 !== null;
  return {
    lat: located ? fromE6(row.location_lat_e6!) : null,
    lng: located ? fromE6(row.location_lng_e6!) : null,
    address: row.location_address,
  };
}
