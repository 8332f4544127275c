// Address search through a PDOK Locatieserver (or any service answering like it): suggest while
// typing, lookup of a chosen suggestion's point, reverse for a clicked point. The server asks it,
// never the browser, so residents' addresses stay between them and us and the CSP stays 'self'.
// Every call gives up after the site's time-out and answers "unavailable": forms then keep the
// typed text without a point, and nothing waits on a slow or absent service.
import type { LatLng } from "./geometry";
import { parsePoint } from "./point";

export interface Suggestion {
  id: string;
  label: string;
  type: string;
}

export interface FoundPlace {
  label: string;
  point: LatLng;
}

export type Answer<T> = { ok: true; value: T } | { ok: false; reason: "off" | "unavailable" };

export interface AddressService {
  suggest(text: string): Promise<Answer<Suggestion[]>>;
  lookup(id: string): Promise<Answer<FoundPlace | null>>;
  reverse(point: LatLng): Promise<Answer<FoundPlace | null>>;
  /** Typed text (an address or postcode) to a place: the first suggestion, looked up. */
  geocode(text: string): Promise<Answer<FoundPlace | null>>;
}

interface SolrDoc {
  id?: unknown;
  weergavenaam?: unknown;
  type?: unknown;
  centroide_ll?: unknown;
}

const docsOf = (json: unknown): SolrDoc[] => {
  const docs = (json as { response?: { docs?: unknown } })?.response?.docs;
  return Array.isArray(docs) ? (docs.filter((d) => typeof d === "object" && d) as SolrDoc[]) : [];
};

/** "POINT(4.89516 52.37022)": longitude first, as in WKT. */
export function wktPoint(text: unknown): LatLng | null {
  const m = typeof text === "string" ? /^POINT\s*\(\s*(-?[\d.]+)\s+(-?[\d.]+)\s*\)$/.exec(text.trim()) : null;
  return m ? parsePoint(m[2]!, m[1]!) : null;
}

const placeOf = (doc: SolrDoc | undefined): FoundPlace | null => {
  const point = wktPoint(doc?.centroide_ll);
  return doc && point && typeof doc.weergavenaam === "string" ? { label: doc.weergavenaam, point } : null;
};

const off = { ok: false, reason: "off" } as const;
const unavailable = { ok: false, reason: "unavailable" } as const;

export function addressService(baseUrl: string | null, timeoutMs: number): AddressService {
  async function ask(path: string, params: Record<string, string>): Promise<unknown | null> {
    const url = `${baseUrl}/${path}?${new URLSearchParams(params)}`;
    try {
      const res = await fetch(url, { signal: AbortSignal.timeout(timeoutMs), headers: { accept: "application/json" } });
      if (!res.ok) return null;
      return await res.json();
    } catch {
      return null; // time-out, refused connection, or not JSON: all mean "not now"
    }
  }
  const service: AddressService = {
    async suggest(text) {
      if (!baseUrl) return off;
      const json = await ask("suggest", { q: text.slice(0, 200), rows: "6", fq: "type:(adres OR postcode OR weg)" });
      if (json === null) return unavailable;
      const value = docsOf(json)
        .filter((d) => typeof d.id === "string" && typeof d.weergavenaam === "string")
        .map((d) => ({ id: d.id as string, label: d.weergavenaam as string, type: String(d.type ?? "") }));
      return { ok: true, value };
    },
    async lookup(id) {
      if (!baseUrl) return off;
      const json = await ask("lookup", { id: id.slice(0, 100), fl: "id weergavenaam type centroide_ll" });
      return json === null ? unavailable : { ok: true, value: placeOf(docsOf(json)[0]) };
    },
    async reverse(point) {
      if (!baseUrl) return off;
      const json = await ask("reverse", {
        lat: String(point.lat),
        lon: String(point.lng),
        rows: "1",
        type: "adres",
        fl: "id weergavenaam type centroide_ll afstand",
      });
      return json === null ? unavailable : { ok: true, value: placeOf(docsOf(json)[0]) };
    },
    async geocode(text) {
      const found = await service.suggest(text);
      if (!found.ok) return found;
      const first = found.value[0];
      return first ? service.lookup(first.id) : { ok: true, value: null };
    },
  };
  return service;
}
