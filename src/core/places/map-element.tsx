// The element the map script turns into a Leaflet map (src/web/client/map). Without the script,
// or when tiles do not load, the page around it is complete: every map has a text alternative
// next to it (an address, a list), and the element itself is empty and hidden.
import type { PageContext } from "../views/context";
import type { PlaceSettings } from "./settings";

export interface MapElementProps {
  ctx: PageContext;
  settings: PlaceSettings;
  /** pick: the resident chooses a point for the form; show: one item; overview: /kaart. */
  kind: "pick" | "show" | "overview";
  label: string;
  /** Where the data comes from: a GeoJSON URL (overview), or a point (show, pick). */
  dataUrl?: string;
  point?: { lat: string; lng: string } | null;
  /** [west, south, east, north] of the site's areas, to start zoomed on them. */
  bounds?: number[] | null;
}

/** The map script and Leaflet's CSS, served from our own origin; only on pages with a map. */
export function MapAssets({ ctx }: { ctx: PageContext }) {
  return (
    <>
      <link rel="stylesheet" href={ctx.assets.mapCss} />
      <script src={ctx.assets.mapJs} defer />
    </>
  );
}

export function MapElement(p: MapElementProps) {
  return (
    <div
      class={`place-map place-map--${p.kind}`}
      hidden
      data-place-map={p.kind}
      data-label={p.label}
      data-tiles={p.settings.tileUrl}
      data-attribution={p.settings.tileAttribution}
      data-url={p.dataUrl}
      data-lat={p.point?.lat}
      data-lng={p.point?.lng}
      data-bounds={p.bounds ? p.bounds.join(",") : undefined}
      data-lang={p.ctx.lang}
    />
  );
}
