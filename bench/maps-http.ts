/**
 * The site map (/kaart) and the GeoJSON of 1,000 located ideas (/api/v1/ideas?format=geojson)
 * over HTTP, each against a bare Fastify GET route measured in the same run
 * (`node --import tsx bench/maps-http.ts` prints JSON; bench/run.ts calls `benchMaps`).
 * The ideas are inserted directly (the bench measures reading, not submitting), spread over four
 * areas with boundaries, on an SQLite file or BENCH_DATABASE_URL. Goals (reported, not asserted):
 * the map page ≥ 5% and the GeoJSON ≥ 5% of the bare route's requests/s — both carry every
 * idea of the site, 1,000 list items or features, so they are far heavier than a page of 20.
 */
import { pathToFileURL } from "node:url";
import autocannon from "autocannon";
import { build } from "../src/app";
import { loadConfig } from "../src/config";
import { boundaryText } from "../src/core/places/boundary";
import { addArea, createSite } from "../src/core/sites/store";
import { createUser } from "../src/core/auth/users";
import { newShortCode } from "../src/components/ideas/commands/submit-idea";
import { ideasComponent } from "../src/components/ideas/manifest";
import { ensureProcess } from "../src/components/ideas/store/processes";
import { bareBaseline, ratio, scratchDatabase } from "./http/fixtures";

export interface MapBenchResult {
  ideas: number;
  bareRequestsPerSecond: number;
  mapPagePerSecond: number;
  mapPageRatio: number;
  geojsonPerSecond: number;
  geojsonRatio: number;
  geojsonBytes: number;
  goal: number;
  database: string;
  errors: number;
}

const IDEAS = 1000;
const square = (w: number, s: number, e: number, n: number) => [
  [
    [
      [w, s],
      [e, s],
      [e, n],
      [w, n],
      [w, s],
    ] as [number, number][],
  ],
];

export async function benchMaps(
  options: { durationSeconds?: number; connections?: number } = {},
): Promise<MapBenchResult> {
  const duration = options.durationSeconds ?? 5;
  const connections = options.connections ?? 10;
  const baseline = await bareBaseline("GET", connections, duration);
  const database = scratchDatabase();
  const config = loadConfig({ LOG_LEVEL: "silent", DATABASE_URL: database.url, ADDRESS_SEARCH_URL: "off" });
  const built = await build(config, { workers: false, components: [ideasComponent] });
  try {
    const db = built.services.db.kysely;
    const now = new Date();
    const site = await createSite(
      db,
      { slug: `bench-${Date.now()}`, name: "Bench", hosts: ["127.0.0.1"], isDefault: true },
      now,
    );
    const areas: { id: number; w: number; s: number }[] = [];
    for (const [i, name] of ["Noord", "Oost", "Zuid", "West"].entries()) {
      const area = await addArea(db, site.id, name);
      const w = 4.85 + (i % 2) * 0.05;
      const s = 52.35 + Math.floor(i / 2) * 0.03;
      await db
        .updateTable("areas")
        .set({ boundary: boundaryText(square(w, s, w + 0.05, s + 0.03)) })
        .where("id", "=", area.id)
        .execute();
      areas.push({ id: area.id, w, s });
    }
    const author = await createUser(
      db,
      {
        siteId: site.id,
        email: "bench@example.org",
        password: "bench password 2026",
        displayName: "Bench",
        verified: true,
        roles: [],
      },
      now,
    );
    const process = await ensureProcess(db, site, now);
    const published = now.toISOString();
    const deadline = new Date(now.getTime() + 60 * 86_400_000).toISOString();
    for (let batch = 0; batch < IDEAS; batch += 100) {
      await db
        .insertInto("ideas")
        .values(
          Array.from({ length: 100 }, (_, j) => {
            const n = batch + j;
            const a = areas[n % areas.length]!;
            return {
              site_id: site.id,
              process_id: process.id,
              area_id: a.id,
              author_id: author.id,
              short_code: newShortCode(),
              category: "green",
              title: `Idee nummer ${n} voor de buurt`,
              body: "Een idee met een plek op de kaart, om te meten hoe snel de kaart is.",
              state: "open" as const,
              state_before_hidden: null,
              hidden_reason: null,
              threshold: 100,
              response_days: 42,
              council_name: "Raad",
              support_count: n % 50,
              created_at: published,
              updated_at: published,
              published_at: published,
              deadline_at: deadline,
              forwarded_at: null,
              due_at: null,
              meeting_at: null,
              answered_at: null,
              answer_kind: null,
              answer_text: null,
              last_reaction_at: null,
              reminders_sent: 0,
              location_lat_e6: Math.round((a.s + (((n * 7919) % 1000) / 1000) * 0.03) * 1e6),
              location_lng_e6: Math.round((a.w + (((n * 104_729) % 1000) / 1000) * 0.05) * 1e6),
              location_address: `Straat ${n % 40} ${1 + (n % 150)}`,
            };
          }),
        )
        .execute();
    }
    const url = await built.app.listen({ port: 0, host: "127.0.0.1" });
    const geojson = await fetch(`${url}/api/v1/ideas?format=geojson`, { headers: { host: "127.0.0.1" } });
    const geojsonBytes = (await geojson.arrayBuffer()).byteLength;
    const load = (path: string) => autocannon({ url: `${url}${path}`, connections, duration });
    await autocannon({ url: `${url}/kaart`, connections, duration: 1 });
    const page = await load("/kaart");
    const geo = await load("/api/v1/ideas?format=geojson");
    return {
      ideas: IDEAS,
      bareRequestsPerSecond: Math.round(baseline.requests.average),
      mapPagePerSecond: Math.round(page.requests.average),
      mapPageRatio: ratio(page.requests.average, baseline.requests.average),
      geojsonPerSecond: Math.round(geo.requests.average),
      geojsonRatio: ratio(geo.requests.average, baseline.requests.average),
      geojsonBytes,
      goal: 0.05,
      database: database.kind,
      errors: page.non2xx + page.errors + geo.non2xx + geo.errors,
    };
  } finally {
    await built.close();
    database.remove();
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href) {
  console.log(JSON.stringify(await benchMaps({ durationSeconds: Number(process.env.BENCH_SECONDS ?? 5) }), null, 2));
}
