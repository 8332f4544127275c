// Demo content: a neighbourhood budget open for voting, a city-style budget with a pool for the
// whole of West and pools for two districts (with a category limit), one taking ideas, and one with
// results: the real Assen 2024 budget (bundled in datasets/), so the demo is the same on every clone.
import fs from "node:fs";
import { DEMO_DATASETS } from "../../../core/datasets";
import type { PlaceValue } from "../../../core/places/location-input";
import type { Services } from "../../../core/services";
import { listAreas } from "../../../core/sites/store";
import { NO_LIMITS } from "../domain/ballot-limits";
import { insertPool, listPools, saveLimits } from "../store/pools";
import { defaultSettings, insertProcess } from "../store/processes";
import { seedDemoWindows } from "../windows/seed";
import { insertProject } from "../store/projects";
import { importPb } from "./import-pb";

const PROJECTS: [string, string, number][] = [
  ["Speeltuin Bos en Lommerplein opknappen", "Nieuwe toestellen en een zandbak voor kleine kinderen.", 18_000],
  ["Meer bomen in de Gulden Winckelstraat", "Twaalf bomen met bankjes eromheen.", 14_000],
  ["Buurtmoestuin", "Een gezamenlijke moestuin achter het buurthuis.", 6_000],
  ["Verlichting in het park", "Veilige verlichting langs het fietspad.", 22_000],
  ["Zomerfeest voor de hele buurt", "Een dag met muziek, eten en spelletjes.", 4_500],
  ["Repair Café", "Gereedschap en een plek om samen spullen te repareren.", 3_000],
];

/** Where the voting projects are: made-up points inside the demo's Bos en Lommer boundary. */
const DEMO_PROJECT_PLACES: PlaceValue[] = [
  [52_378_120, 4_845_310, "Bos en Lommerplein"],
  [52_382_450, 4_850_020, "Erasmuspark"],
  [52_376_300, 4_855_480, "Hoofdweg 150"],
  [52_384_010, 4_840_770, "Gibraltarstraat 30"],
  [52_379_600, 4_857_900, "Leeuwendalersweg 12"],
].map(([latE6, lngE6, address]) => ({
  point: { latE6: latE6 as number, lngE6: lngE6 as number },
  address: address as string,
}));

export async function seedBudgeting(services: Services, siteId: number): Promise<void> {
  const db = services.db;
  const now = services.clock();
  const area = (await listAreas(db.kysely, siteId)).find((a) => a.name === "Bos en Lommer") ?? null;
  const base = { ...defaultSettings, budget: 50_000, currency: "EUR", areaId: area?.id ?? null };

  const voting = await insertProcess(
    db.kysely,
    siteId,
    {
      ...base,
      title: "Buurtbudget Bos en Lommer 2027",
      description:
        "Bewoners van Bos en Lommer beslissen samen hoe € 50.000 wordt besteed. " +
        "Kies de projecten die u belangrijk vindt, samen hoogstens € 50.000.",
    },
    "vote",
    now,
  );
  for (const [i, [title, description, cost]] of PROJECTS.entries())
    await insertProject(
      db.kysely,
      voting.id,
      { title, description, cost, status: "feasible", place: DEMO_PROJECT_PLACES[i] ?? null },
      now,
    );

  await seedCityBudget(services, siteId);

  const ideas = await insertProcess(
    db.kysely,
    siteId,
    {
      ...base,
      title: "Groenbudget West 2028",
      description:
        "Hebt u een idee voor meer groen in West? Dien het in. De gemeente kijkt daarna wat het kost en of het kan.",
      areaId: null,
      budget: 80_000,
    },
    "submit",
    now,
  );
  await insertProject(
    db.kysely,
    ideas.id,
    {
      title: "Geveltuintjes in de hele straat",
      description: "Tegels eruit, planten erin.",
      cost: null,
      status: "submitted",
    },
    now,
  );

  await seedDemoWindows(db.kysely, { voting: voting.id, proposing: ideas.id }, now);

  await importPb(services, fs.readFileSync(DEMO_DATASETS.assenBudget, "utf8"), {
    siteId,
    title: "Assen Top Idee 2024 (voorbeeld uit pabulib)",
    actorUserId: null,
  });
}

/** Projects of the city-style budget: [pool ("" = whole of West, else a district), title, cost, category]. */
const CITY_PROJECTS: [string, string, number, string][] = [
  ["", "Fietsroute langs de Kostverlorenvaart", 60_000, "Verkeer"],
  ["", "Meer bankjes en watertappunten in de parken", 25_000, "Groen"],
  ["", "Sportveldjes voor jongeren", 45_000, "Spelen"],
  ["", "Groene schoolpleinen", 40_000, "Groen"],
  ["", "Bomen langs de Admiraal de Ruijterweg", 35_000, "Groen"],
  ["Bos en Lommer", "Speelplek Bos en Lommerplein", 15_000, "Spelen"],
  ["Bos en Lommer", "Geveltuinen in de Gulden Winckelstraat", 8_000, "Groen"],
  ["Bos en Lommer", "Buurtkeuken in het buurthuis", 12_000, ""],
  ["De Baarsjes", "Bloemen op het Mercatorplein", 9_000, "Groen"],
  ["De Baarsjes", "Zitplekken aan de Postjeswetering", 11_000, ""],
  ["De Baarsjes", "Schaaktafels in het Rembrandtpark", 6_000, "Spelen"],
];

/**
 * A city-style budget (issue 14): € 150.000 for the whole of West, at most two projects from the
 * category Groen, and pools of € 30.000 for Bos en Lommer and € 25.000 for De Baarsjes, each voted
 * on only by its residents. In the vote phase; its window opens and closes by itself elsewhere.
 */
async function seedCityBudget(services: Services, siteId: number): Promise<void> {
  const db = services.db.kysely;
  const now = services.clock();
  const areas = await listAreas(db, siteId);
  const process = await insertProcess(
    db,
    siteId,
    {
      ...defaultSettings,
      title: "Stadsdeelbudget West 2027",
      description:
        "Samen beslissen over € 205.000: € 150.000 voor heel West en een eigen pot voor Bos en Lommer en " +
        "voor De Baarsjes. Iedereen stemt voor heel West; bewoners van die twee wijken ook voor hun wijk.",
      areaId: null,
      budget: 150_000,
      rule: "mes",
      completion: "add1",
    },
    "vote",
    now,
  );
  const main = (await listPools(db, process)).find((p) => p.main)!;
  await saveLimits(db, process.id, main.id, { ...NO_LIMITS, categories: [{ category: "Groen", maxProjects: 2 }] });
  const pools = new Map<string, number>([["", main.id]]);
  for (const [name, budget] of [
    ["Bos en Lommer", 30_000],
    ["De Baarsjes", 25_000],
  ] as const) {
    const area = areas.find((a) => a.name === name);
    if (!area) continue;
    const poolId = await insertPool(
      db,
      process.id,
      {
        title: "",
        areaId: area.id,
        budget,
        ballotType: "approval",
        minProjects: 0,
        maxProjects: null,
        pointsTotal: 10,
        pointsPerProject: 3,
        rule: "mes",
        completion: "add1",
        add1Stop: "exhaustive",
        tieBreak: "votes",
        minVotes: null,
      },
      now,
    );
    pools.set(name, poolId);
  }
  for (const [pool, title, cost, category] of CITY_PROJECTS) {
    const poolId = pools.get(pool);
    if (poolId === undefined) continue;
    const project = await insertProject(db, process.id, { title, description: "", cost, status: "feasible" }, now);
    await db
      .updateTable("budget_projects")
      .set({ pool_id: poolId === main.id ? null : poolId, category })
      .where("id", "=", project.id)
      .execute();
  }
}
