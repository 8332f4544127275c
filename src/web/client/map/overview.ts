// The overview map (/kaart): the filtered items as GeoJSON from the server, clustered on a grid
// after every zoom; each marker opens a short card with a link. Area boundaries are drawn under
// them. The list below the map holds the same items, so the map adds nothing the page lacks.
import * as L from "leaflet";
import { gridClusters } from "./cluster";
import { pointIcon } from "./icons";

interface ItemProps {
  kind: string;
  title: string;
  url: string;
  stateLabel: string;
  kindLabel: string;
  address?: string | null;
}

function card(p: ItemProps): HTMLElement {
  const div = document.createElement("div");
  const kind = document.createElement("p");
  kind.textContent = `${p.kindLabel} · ${p.stateLabel}`;
  const link = document.createElement("a");
  link.href = p.url;
  link.className = "utrecht-link";
  link.textContent = p.title;
  div.append(kind, link);
  if (p.address) {
    const addr = document.createElement("p");
    addr.textContent = p.address;
    div.append(addr);
  }
  return div;
}

export async function showOverview(map: L.Map, url: string): Promise<void> {
  const res = await fetch(url, { headers: { accept: "application/geo+json" } });
  if (!res.ok) return;
  const data = (await res.json()) as GeoJSON.FeatureCollection;
  const areas = data.features.filter((f) => f.geometry.type !== "Point");
  const items = data.features.filter((f) => f.geometry.type === "Point") as GeoJSON.Feature<GeoJSON.Point, ItemProps>[];
  if (areas.length)
    L.geoJSON(areas as GeoJSON.Feature[], {
      style: { color: "#1f5f9f", weight: 2, fillOpacity: 0.05 },
      interactive: false,
    }).addTo(map);
  const layer = L.layerGroup().addTo(map);
  const draw = () => {
    layer.clearLayers();
    const points = items.map((f) => {
      const [lng, lat] = f.geometry.coordinates as [number, number];
      const pt = map.latLngToLayerPoint([lat, lng]);
      return { x: pt.x, y: pt.y, item: f };
    });
    for (const c of gridClusters(points, 48)) {
      const at = map.layerPointToLatLng([c.x, c.y]);
      if (c.items.length === 1) {
        const p = c.items[0]!.properties;
        L.marker(at, { icon: pointIcon(p.title), title: p.title, alt: p.title })
          .bindPopup(card(p))
          .addTo(layer);
      } else {
        const label = `${c.items.length}`;
        const icon = L.divIcon({ className: "place-cluster", html: label, iconSize: [36, 36] });
        L.marker(at, { icon, title: c.items.map((i) => i.properties.title).join(", ") })
          .on("click", () => map.setView(at, Math.min(map.getZoom() + 2, 19)))
          .addTo(layer);
      }
    }
  };
  map.on("zoomend", draw);
  draw();
  if (items.length && !map.getContainer().dataset.bounds) {
    map.fitBounds(L.latLngBounds(items.map((f) => [f.geometry.coordinates[1]!, f.geometry.coordinates[0]!])), {
      maxZoom: 16,
    });
  }
}
