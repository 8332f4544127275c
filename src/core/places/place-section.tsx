// "Where": the location of one item (idea, budget project) on its page, as text first (address,
// coordinates, a link to the site map) and a small map when the map script runs.
import type { PageContext } from "../views/context";
import { MapElement } from "./map-element";
import { fromE6, sixDecimals } from "./point";
import type { PlaceSettings } from "./settings";

export interface StoredLocation {
  location_lat_e6: number | null;
  location_lng_e6: number | null;
  location_address: string | null;
}

export const isLocated = (row: StoredLocation): boolean => row.location_lat_e6 !== null && row.location_lng_e6 !== null;

export function PlaceSection({
  ctx,
  settings,
  location,
}: {
  ctx: PageContext;
  settings: PlaceSettings;
  location: StoredLocation;
}) {
  const { t } = ctx;
  if (!isLocated(location) && !location.location_address) return null;
  const point = isLocated(location)
    ? { lat: sixDecimals(fromE6(location.location_lat_e6!)), lng: sixDecimals(fromE6(location.location_lng_e6!)) }
    : null;
  return (
    <section class="place-section" aria-labelledby="place-heading">
      <h2 class="utrecht-heading-2" id="place-heading">
        {t("places.item.heading")}
      </h2>
      {location.location_address ? <p class="utrecht-paragraph">{location.location_address}</p> : null}
      {point ? (
        <>
          <p class="utrecht-paragraph">
            {t("places.item.coordinates", point)}{" "}
            <a class="utrecht-link" href="/kaart">
              {t("places.item.siteMap")}
            </a>
          </p>
          <MapElement ctx={ctx} settings={settings} kind="show" label={t("places.item.mapLabel")} point={point} />
        </>
      ) : null}
    </section>
  );
}
