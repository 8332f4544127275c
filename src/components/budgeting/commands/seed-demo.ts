// Demo content: a neighbourhood budget open for voting, one with results (Assen 2024 from
// ../shared/data when that file is there, otherwise generated ballots) and one taking ideas.
import fs from "node:fs";
import path from "node:path";
import type { Services } from "../../../core/services";
import { listAreas } from "../../../core/sites/store";
import { saveBallot } from "../store/ballots";
import { defaultSettings, insertProcess } from "../store/processes";
import type { BudgetProject } from "../store/tables";
import { insertProject } from "../store/projects";
import { importPb } from "./import-pb";
import { changePhase } from "./manage-process";

export const ASSEN_FILE = path.resolve(
  import.meta.dirname,
  "../../../../../shared/data/pabulib/Netherlands_Assen_2024.pb",
);

const PROJECTS: [string, string, number][] = [
  ["Speeltuin Bos en Lommerplein opknappen", "Nieuwe toestellen en een zandbak voor kleine kinderen.", 18_000],
  ["Meer bomen in de Gulden Winckelstraat", "Twaalf bomen met bankjes eromheen.", 14_000],
  ["Buurtmoestuin", "Een gezamenlijke moestuin achter het buurthuis.", 6_000],
  ["Verlichting in het park", "Veilige verlichting langs het fietspad.", 22_000],
  ["Zomerfeest voor de hele buurt", "Een dag met muziek, eten en spelletjes.", 4_500],
  ["Repair Café", "Gereedschap en een plek om samen spullen te repareren.", 3_000],
];

export async function seedBudgeting(services: Services, siteId: number, assenFile = ASSEN_FILE): Promise<void> {
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
        "Bewoners van Bos en Lommer beslissen samen hoe € 50.000 wordt besteed. Kies de projecten die u belangrijk vindt, samen hoogstens € 50.000.",
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

  if (fs.existsSync(assenFile)) {
    await importPb(services, fs.readFileSync(assenFile, "utf8"), {
      siteId,
      title: "Assen Top Idee 2024 (voorbeeld uit pabulib)",
      actorUserId: null,
    });
  } else {
    await seedGeneratedResults(services, siteId, base);
  }
}

/** A finished process with 60 generated ballots, counted by Equal Shares like a real one. */
async function seedGeneratedResults(services: Services, siteId: number, base: typeof defaultSettings): Promise<void> {
  const db = services.db;
  const now = services.clock();
  const done = await insertProcess(
    db.kysely,
    siteId,
    {
      ...base,
      title: "Buurtbudget De Baarsjes 2026",
      description: "De stemming is voorbij. Bekijk welke projecten zijn gekozen en waarom.",
      areaId: null,
      budget: 40_000,
    },
    "vote",
    now,
  );
  const projects: BudgetProject[] = [];
  for (const [title, description, cost] of PROJECTS)
    projects.push(await insertProject(db.kysely, done.id, { title, description, cost, status: "feasible" }, now));
  let seed = 7;
  const next = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
  await db.kysely.transaction().execute(async (trx) => {
    for (let voter = 0; voter < 60; voter++) {
      let spent = 0;
      const items = projects
        .filter((p) => next() < 0.45 && (spent += p.cost!) <= done.budget)
        .map((p) => ({ projectId: p.id, points: 1 }));
      if (items.length > 0)
        await saveBallot(trx, { processId: done.id, voterKey: `paper:demo-${voter}`, source: "paper", items }, now);
    }
  });
  await changePhase(services, done, "results", null);
}
