// Factories for budgeting tests: a process with projects in a chosen phase, a second site with
// its own admin (for cross-site tests), and a snapshot of every budgeting table.
import { testPasswordHash, type TestApp } from "../../../../test/support/app";
import { createUser } from "../../../core/auth/users";
import type { User } from "../../../core/db/types";
import { addArea, createSite } from "../../../core/sites/store";
import { defaultSettings, insertProcess, type ProcessSettings } from "../store/processes";
import { insertProject } from "../store/projects";
import { insertPool, listPools, type PoolSettings, saveLimits } from "../store/pools";
import { NO_LIMITS } from "../domain/ballot-limits";
import type { Phase } from "../domain/process-rules";
import type { BudgetProcess, BudgetProject } from "../store/tables";

/** A valid process settings form (as the admin's browser posts it), with the fields a test cares about. */
export function settingsForm(fields: Record<string, string>): Record<string, string> {
  return {
    title: "Buurtbudget",
    description: "Uitleg",
    areaId: "",
    budget: "50000",
    currency: "EUR",
    ballotType: "approval",
    minProjects: "0",
    maxProjects: "",
    pointsTotal: "10",
    pointsPerProject: "3",
    method: "greedy",
    add1Stop: "exhaustive",
    tieBreak: "votes",
    minVotes: "",
    ...fields,
  };
}

export const DEFAULT_PROJECTS: [string, number][] = [
  ["Speeltuin", 40_000],
  ["Bomen", 30_000],
  ["Moestuin", 20_000],
  ["Buurtfeest", 10_000],
];

export async function makeProcess(
  t: TestApp,
  options: Partial<ProcessSettings> & { phase?: Phase; siteId?: number; projects?: [string, number][] } = {},
): Promise<{ process: BudgetProcess; projects: BudgetProject[] }> {
  const db = t.services.db.kysely;
  const { phase = "vote", siteId = t.site.id, projects = DEFAULT_PROJECTS, ...settings } = options;
  const process = await insertProcess(
    db,
    siteId,
    { ...defaultSettings, title: "Buurtbudget Noord", budget: 60_000, ...settings },
    phase,
    t.clock(),
  );
  const rows: BudgetProject[] = [];
  for (const [title, cost] of projects)
    rows.push(
      await insertProject(
        db,
        process.id,
        { title, description: `${title} uitleg`, cost, status: "feasible" },
        t.clock(),
      ),
    );
  return { process, projects: rows };
}

export async function areaId(t: TestApp, name: string): Promise<number> {
  const row = await t.services.db.kysely
    .selectFrom("areas")
    .select("id")
    .where("site_id", "=", t.site.id)
    .where("name", "=", name)
    .executeTakeFirstOrThrow();
  return row.id;
}

export interface OtherSite {
  siteId: number;
  host: string;
  admin: User;
  resident: User;
}

export async function otherSite(t: TestApp): Promise<OtherSite> {
  const db = t.services.db.kysely;
  const site = await createSite(
    db,
    { slug: `ander-${Date.now()}`, name: "Anderstad", hosts: [`ander${Date.now()}.example`] },
    t.clock(),
  );
  await addArea(db, site.id, "Noord", "1000-1019");
  const host = (
    await db.selectFrom("site_hosts").select("host").where("site_id", "=", site.id).executeTakeFirstOrThrow()
  ).host;
  const admin = await createUser(
    db,
    {
      siteId: site.id,
      email: `admin-${site.id}@ander.example`,
      passwordHash: await testPasswordHash(),
      displayName: "Ander admin",
      verified: true,
      roles: ["admin"],
      postcode: "1010 AB",
    },
    t.clock(),
  );
  const resident = await createUser(
    db,
    {
      siteId: site.id,
      email: `bewoner-${site.id}@ander.example`,
      passwordHash: await testPasswordHash(),
      displayName: "Ander bewoner",
      verified: true,
      postcode: "1010 AB",
    },
    t.clock(),
  );
  return { siteId: site.id, host, admin, resident };
}

const TABLES = [
  "budget_processes",
  "budget_projects",
  "budget_voting_codes",
  "budget_ballots",
  "budget_ballot_items",
  "budget_results",
  "budget_updates",
  "budget_pools",
  "budget_pool_category_limits",
  "budget_pool_results",
] as const;

/** Every row of every budgeting table, to assert that a refused request changed nothing. */
export async function snapshot(t: TestApp): Promise<string> {
  const db = t.services.db.kysely;
  const parts: unknown[] = [];
  for (const table of TABLES)
    parts.push(
      await db
        .selectFrom(table)
        .selectAll()
        .execute()
        .then((rows) => rows.map((r) => JSON.stringify(r)).sort()),
    );
  return JSON.stringify(parts);
}

export async function ballotOf(
  t: TestApp,
  processId: number,
  voterKey: string,
): Promise<{ projectId: number; points: number }[] | null> {
  const db = t.services.db.kysely;
  const ballot = await db
    .selectFrom("budget_ballots")
    .select("id")
    .where("process_id", "=", processId)
    .where("voter_key", "=", voterKey)
    .executeTakeFirst();
  if (!ballot) return null;
  const items = await db
    .selectFrom("budget_ballot_items")
    .select(["project_id", "points"])
    .where("ballot_id", "=", ballot.id)
    .orderBy("project_id")
    .execute();
  return items.map((i) => ({ projectId: i.project_id, points: i.points }));
}

/** The body with non-breaking spaces (Intl money: "€ 60.000") as plain spaces, for readable asserts. */
export const text = (res: { body: string }): string => res.body.replace(/\u00a0/g, " ");

export interface PooledProcess {
  process: BudgetProcess;
  pools: { main: number; noord: number; zuid: number };
  /**
   * Projects by name: Fietspad (€ 70.000), Bibliotheek (€ 40.000) (main); Bomen Noord, Park Noord,
   * Speeltuin Noord (Noord); Plein Zuid (Zuid).
   */
  projects: Record<string, number>;
}

/**
 * A city-wide process in the vote phase with a main pool (€ 100.000) and pools for Noord
 * (€ 50.000; at most one project of category Groen) and Zuid (€ 30.000).
 */
export async function makePooledProcess(t: TestApp, phase: Phase = "vote"): Promise<PooledProcess> {
  const db = t.services.db.kysely;
  const { process } = await makeProcess(t, { phase, budget: 100_000, projects: [], title: "Stadsbudget" });
  const pool = async (name: string, budget: number) =>
    insertPool(
      db,
      process.id,
      {
        ...poolDefaults,
        title: "",
        areaId: await areaId(t, name),
        budget,
      },
      t.clock(),
    );
  const pools = {
    main: (await listPools(db, process)).find((p) => p.main)!.id,
    noord: await pool("Noord", 50_000),
    zuid: await pool("Zuid", 30_000),
  };
  await saveLimits(db, process.id, pools.noord, {
    ...NO_LIMITS,
    categories: [{ category: "Groen", maxProjects: 1 }],
  });
  const projects: Record<string, number> = {};
  const rows: [string, number, number | null, string][] = [
    ["Fietspad", 70_000, null, "Verkeer"],
    ["Bibliotheek", 40_000, null, ""],
    ["Bomen Noord", 20_000, pools.noord, "Groen"],
    ["Park Noord", 25_000, pools.noord, "Groen"],
    ["Speeltuin Noord", 15_000, pools.noord, "Spelen"],
    ["Plein Zuid", 30_000, pools.zuid, ""],
  ];
  for (const [title, cost, poolId, category] of rows) {
    const p = await insertProject(db, process.id, { title, description: "", cost, status: "feasible" }, t.clock());
    await db.updateTable("budget_projects").set({ pool_id: poolId, category }).where("id", "=", p.id).execute();
    projects[title] = p.id;
  }
  return { process, pools, projects };
}

const poolDefaults: PoolSettings = {
  title: "",
  areaId: null,
  budget: 0,
  ballotType: "approval",
  minProjects: 0,
  maxProjects: null,
  pointsTotal: 10,
  pointsPerProject: 3,
  rule: "greedy",
  completion: "none",
  add1Stop: "exhaustive",
  tieBreak: "votes",
  minVotes: null,
};
