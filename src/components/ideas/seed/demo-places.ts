// The demo's places (docs/maps.md): a few more open ideas, so the map has twenty-odd markers, and
// a location for every demo idea inside its area's boundary, with a street of that area. The
// points are made up but always the same (a fixed pseudo-random sequence), and lie in the area.
import type { Executor } from "../../../core/db/database";
import { storedBoundary } from "../../../core/places/boundary";
import { boundsOf, multiPolygonContains } from "../../../core/places/geometry";
import { toE6 } from "../../../core/places/point";
import type { DemoIdea } from "./demo-data";

const STREETS: Record<string, string[]> = {
  "Bos en Lommer": ["Bos en Lommerweg", "Hoofdweg", "Erasmusgracht", "Gibraltarstraat", "Leeuwendalersweg"],
  Westerpark: ["Van Hallstraat", "Haarlemmerweg", "Spaarndammerstraat", "Van Limburg Stirumstraat", "Zaanstraat"],
  "Oud-West": ["Kinkerstraat", "Bilderdijkstraat", "Ten Katestraat", "Jan Pieter Heijestraat", "Overtoom"],
  "De Baarsjes": ["Jan Evertsenstraat", "Admiraal de Ruijterweg", "Postjesweg", "Mercatorplein", "Witte de Withstraat"],
};

/** Ten short open ideas besides the worked-out ones, to fill the map. */
export const DEMO_PLACE_IDEAS: DemoIdea[] = [
  ["Watertappunt bij het speelveld", "Kinderen en sporters hebben in de zomer dorst. Een watertappunt helpt.", "green"],
  [
    "Fietsenrekken bij de bibliotheek",
    "Er staan elke dag fietsen tegen de gevel. Meer rekken lossen dat op.",
    "traffic",
  ],
  ["Bloembakken op het plein", "Het plein is grijs. Bloembakken maken het vrolijker en koeler.", "green"],
  ["Betere verlichting in de steeg", "Het is er 's avonds donker en mensen voelen zich niet veilig.", "safety"],
  ["Buurtbieb in een oude telefooncel", "Een kastje waar bewoners boeken ruilen, voor jong en oud.", "culture"],
  ["Drempel voor te hard rijdende auto's", "Auto's rijden hier veel te hard langs de speelplaats.", "traffic"],
  ["Schaakbord in het park", "Een groot schaakbord op de grond brengt buren bij elkaar.", "play"],
  ["Meer prullenbakken langs de gracht", "Na mooie dagen ligt er veel afval. Meer prullenbakken helpen.", "clean"],
  ["Hondenuitlaatplek verplaatsen", "De uitlaatplek ligt naast de zandbak. Verplaats hem naar de overkant.", "clean"],
  ["Overdekte fietsenstalling bij het station", "Fietsen staan nu in de regen. Een afdak houdt ze droog.", "traffic"],
].map(([title, body, category], i) => ({
  title: title!,
  body: body!,
  category: category!,
  state: "open" as const,
  publishedDaysAgo: 5 + i * 8,
  supports: 2 + ((i * 5) % 11),
  comments: [],
}));

/** A fixed sequence in [0, 1): the same demo on every start. */
function sequence(seed: number): () => number {
  let x = seed;
  return () => {
    x = (x * 1_103_515_245 + 12_345) % 2_147_483_648;
    return x / 2_147_483_648;
  };
}

export async function locateDemoIdeas(trx: Executor, siteId: number): Promise<void> {
  const areas = await trx
    .selectFrom("areas")
    .select(["id", "name", "boundary"])
    .where("site_id", "=", siteId)
    .execute();
  const ideas = await trx
    .selectFrom("ideas")
    .select(["id", "area_id"])
    .where("site_id", "=", siteId)
    .orderBy("id")
    .execute();
  const next = sequence(2026);
  for (const [n, idea] of ideas.entries()) {
    const area = areas.find((a) => a.id === idea.area_id);
    const shape = storedBoundary(area?.boundary ?? null);
    const b = shape ? boundsOf([shape]) : null;
    if (!area || !shape || !b) continue;
    let point = { lat: 0, lng: 0 };
    do {
      point = { lat: b.south + next() * (b.north - b.south), lng: b.west + next() * (b.east - b.west) };
    } while (!multiPolygonContains(shape, point));
    const streets = STREETS[area.name] ?? [];
    const street = streets[n % Math.max(1, streets.length)];
    await trx
      .updateTable("ideas")
      .set({
        location_lat_e6: toE6(point.lat),
        location_lng_e6: toE6(point.lng),
        location_address: street ? `${street} ${1 + Math.floor(next() * 180)}` : null,
      })
      .where("id", "=", idea.id)
      .execute();
  }
}
