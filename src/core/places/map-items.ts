// What a component puts on the site map (/kaart) and in "near me": located items with a link.
// Pure helpers for the list beside the map (ordered by area and street) and the filters.
import { distanceMetres, type LatLng } from "./geometry";

export interface MapItem {
  /** "idea", "project", … (the filter's value); `kindLabel` is already in the visitor's language. */
  kind: string;
  kindLabel: string;
  id: number;
  title: string;
  url: string;
  state: string;
  stateLabel: string;
  /** Still open to residents (collecting support, voting…): what "near me" shows. */
  open: boolean;
  areaId: number;
  areaName: string;
  address: string | null;
  /** Null for typed text without a point: listed, not on the map. */
  point: LatLng | null;
}

export interface MapFilter {
  kind?: string;
  state?: string;
  areaId?: number;
}

export const applyFilter = (items: readonly MapItem[], f: MapFilter): MapItem[] =>
  items.filter(
    (i) => (!f.kind || i.kind === f.kind) && (!f.state || i.state === f.state) && (!f.areaId || i.areaId === f.areaId),
  );

/** "Dorpsstraat 12, 1011AB Teststad" → "dorpsstraat" + 12, so number 9 comes before 12. */
function streetKey(address: string | null): [string, number] {
  if (!address) return ["\uffff", 0]; // no address: after the streets
  const m = /^(.*?)\s+(\d+)/.exec(address.split(",")[0]!.trim());
  return m ? [m[1]!.toLowerCase(), Number(m[2])] : [address.toLowerCase(), 0];
}

/** The list beside the map: grouped by area (by name), and within an area by street and number. */
export function groupByArea(items: readonly MapItem[], lang: string): { areaName: string; items: MapItem[] }[] {
  const groups = new Map<string, MapItem[]>();
  for (const item of items) {
    const group = groups.get(item.areaName);
    if (group) group.push(item);
    else groups.set(item.areaName, [item]);
  }
  const compare = new Intl.Collator(lang, { numeric: true }).compare;
  return [...groups.entries()]
    .sort(([a], [b]) => compare(a, b))
    .map(([areaName, list]) => ({
      areaName,
      items: [...list].sort((x, y) => {
        const [sx, nx] = streetKey(x.address);
        const [sy, ny] = streetKey(y.address);
        return compare(sx, sy) || nx - ny || compare(x.title, y.title);
      }),
    }));
}

export const NEAR_DISTANCES = [250, 500, 1000, 2000, 5000] as const;

/** Open items with a point within `metres`, nearest first. */
export function openNear(items: readonly MapItem[], from: LatLng, metres: number) {
  return items
    .filter((i) => i.open && i.point)
    .map((item) => ({ item, metres: distanceMetres(from, item.point!) }))
    .filter((x) => x.metres <= metres)
    .sort((a, b) => a.metres - b.metres);
}
