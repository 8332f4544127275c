// Demo content: a neighbourhood budget open for voting, one taking ideas, and one with results:
// the real Assen 2024 budget (bundled in datasets/), so the demo is the same on every clone.
import fs from "node:fs";
import { DEMO_DATASETS } from "../../../core/datasets";
import type { Services } from "../../../core/services";
import { listAreas } from "../../../core/sites/store";
import { defaultSettings, insertProcess } from "../store/processes";
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
  for (const [title, description, cost] of PROJECTS)
    await insertProject(db.kysely, voting.id, { title, description, cost, status: "feasible" }, now);

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

  await importPb(services, fs.readFileSync(DEMO_DATASETS.assenBudget, "utf8"), {
    siteId,
    title: "Assen Top Idee 2024 (voorbeeld uit pabulib)",
    actorUserId: null,
  });
}
