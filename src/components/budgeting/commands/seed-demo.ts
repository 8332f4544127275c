// Demo content: a neighbourhood budget open for voting, one taking ideas, and one with results:
// the real Assen 2024 budget (bundled in datasets/), so the demo is the same on every clone.
import fs from "node:fs";
import { DEMO_DATASETS } from "../../../core/datasets";
import type { PlaceValue } from "../../../core/places/location-input";
import type { Services } from "../../../core/services";
import { listAreas } from "../../../core/sites/store";
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
