// A local stand-in for the PDOK Locatieserver (v3_1): answers suggest, lookup and reverse in the
// documented Solr response shape (response.docs, highlighting), from a small fixed address list.
// `mode` makes it slow (never answers until closed) or broken (500), to test the fallbacks.
import http from "node:http";
import type { AddressInfo } from "node:net";

interface Place {
  id: string;
  type: "adres" | "postcode";
  weergavenaam: string;
  lat: number;
  lng: number;
}

export const FAKE_PLACES: Place[] = [
  { id: "adr-1", type: "adres", weergavenaam: "Dorpsstraat 1, 1011AB Teststad", lat: 52.372, lng: 4.9 },
  { id: "adr-2", type: "adres", weergavenaam: "Zuiderlaan 20, 1025CD Teststad", lat: 52.352, lng: 4.9 },
  { id: "adr-3", type: "adres", weergavenaam: "Verweg 9, 9999ZZ Elders", lat: 53.2, lng: 6.5 },
  { id: "pcd-1", type: "postcode", weergavenaam: "1011AB Teststad", lat: 52.3725, lng: 4.9005 },
];

export interface FakeLocatieserver {
  url: string;
  mode: "ok" | "slow" | "broken";
  requests: string[];
  close(): Promise<void>;
}

const doc = (p: Place, fields: string[]) =>
  Object.fromEntries(
    Object.entries({
      type: p.type,
      weergavenaam: p.weergavenaam,
      id: p.id,
      score: 10.5,
      centroide_ll: `POINT(${p.lng} ${p.lat})`,
    }).filter(([k]) => fields.includes(k)),
  );

const envelope = (docs: object[]) => ({
  response: { numFound: docs.length, start: 0, maxScore: 10.5, numFoundExact: true, docs },
});

export async function startFakeLocatieserver(): Promise<FakeLocatieserver> {
  const hanging = new Set<http.ServerResponse>();
  const fake: FakeLocatieserver = { url: "", mode: "ok", requests: [], close: async () => {} };
  const server = http.createServer((req, res) => {
    const url = new URL(req.url ?? "/", "http://x");
    fake.requests.push(`${url.pathname}${url.search}`);
    if (fake.mode === "slow") return void hanging.add(res);
    if (fake.mode === "broken") return void res.writeHead(500).end("Internal Server Error");
    const send = (body: object) => res.writeHead(200, { "content-type": "application/json" }).end(JSON.stringify(body));
    const fl = (url.searchParams.get("fl") ?? "").split(/[ ,]+/);
    if (url.pathname.endsWith("/suggest")) {
      const q = (url.searchParams.get("q") ?? "").toLowerCase().replace(/\s+/g, "");
      const hits = FAKE_PLACES.filter((p) => p.weergavenaam.toLowerCase().replace(/\s+/g, "").includes(q));
      const body = envelope(hits.map((p) => doc(p, ["type", "weergavenaam", "id", "score"])));
      const highlighting = Object.fromEntries(hits.map((p) => [p.id, { suggest: [`<b>${p.weergavenaam}</b>`] }]));
      return send({ ...body, highlighting });
    }
    if (url.pathname.endsWith("/lookup")) {
      const hit = FAKE_PLACES.find((p) => p.id === url.searchParams.get("id"));
      return send(envelope(hit ? [doc(hit, fl)] : []));
    }
    if (url.pathname.endsWith("/reverse")) {
      const lat = Number(url.searchParams.get("lat"));
      const lng = Number(url.searchParams.get("lon"));
      const nearest = [...FAKE_PLACES]
        .filter((p) => p.type === "adres")
        .sort((a, b) => Math.hypot(a.lat - lat, a.lng - lng) - Math.hypot(b.lat - lat, b.lng - lng))[0]!;
      return send(envelope([{ ...doc(nearest, fl), afstand: 12.3 }]));
    }
    res.writeHead(404).end();
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  fake.url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/bzk/locatieserver/search/v3_1`;
  fake.close = async () => {
    for (const res of hanging) res.destroy();
    server.closeAllConnections();
    await new Promise<void>((resolve) => server.close(() => resolve()));
  };
  return fake;
}
