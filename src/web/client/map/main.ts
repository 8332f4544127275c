// The map script (docs/maps.md): turns each [data-place-map] element into a Leaflet map. Loaded
// only on pages with a map. Everything the map shows is also on the page as text, so a failed
// tile server or a blocked script leaves a complete page.
import * as L from "leaflet";
import { enhanceAddressSearch } from "./address-search";
import { enableNearMe } from "./near-me";
import { showOverview } from "./overview";
import { enablePicking } from "./pick";
import { pointIcon } from "./icons";

const NETHERLANDS: L.LatLngBoundsExpression = [
  [50.75, 3.2],
  [53.7, 7.22],
];

const escapeHtml = (text: string) => text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

function baseMap(el: HTMLElement): L.Map {
  el.hidden = false;
  el.setAttribute("role", "region");
  el.setAttribute("aria-label", el.dataset.label ?? "");
  // No renderer padding: Leaflet's default draws boundaries 10 % beyond the map, which a narrow
  // phone screen then has to scroll sideways (the container clips it, but not for every reader).
  const map = L.map(el, { scrollWheelZoom: false, keyboard: true, renderer: L.svg({ padding: 0 }) });
  L.tileLayer(el.dataset.tiles ?? "", {
    // Leaflet inserts the attribution as HTML; ours is plain text an admin typed.
    attribution: escapeHtml(el.dataset.attribution ?? ""),
    maxZoom: 19,
    minZoom: 6,
  }).addTo(map);
  const bounds = el.dataset.bounds?.split(",").map(Number);
  const lat = Number(el.dataset.lat);
  const lng = Number(el.dataset.lng);
  if (el.dataset.lat && el.dataset.lng) map.setView([lat, lng], 16);
  else if (bounds?.length === 4 && bounds.every(Number.isFinite))
    map.fitBounds([
      [bounds[1]!, bounds[0]!],
      [bounds[3]!, bounds[2]!],
    ]);
  else map.fitBounds(NETHERLANDS);
  return map;
}

document.addEventListener("DOMContentLoaded", () => {
  enableNearMe();
  for (const el of document.querySelectorAll<HTMLElement>("[data-place-map]")) {
    const map = baseMap(el);
    const kind = el.dataset.placeMap;
    if (kind === "show" && el.dataset.lat && el.dataset.lng)
      L.marker([Number(el.dataset.lat), Number(el.dataset.lng)], {
        icon: pointIcon(el.dataset.label ?? ""),
        keyboard: false,
      }).addTo(map);
    if (kind === "pick") {
      const field = el.closest<HTMLElement>("[data-location-field]");
      if (field) enhanceAddressSearch(field, enablePicking(map, el, field));
    }
    if (kind === "overview" && el.dataset.url) void showOverview(map, el.dataset.url);
  }
});
