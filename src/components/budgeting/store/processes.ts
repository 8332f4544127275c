// Budget processes: always loaded together with their site id, so a process of another site is
// never found (no cross-tenant reads).
import type { Executor } from "../../../core/db/database";
import { iso } from "../../../core/db/time";
import type { Phase } from "../domain/process-rules";
import type { BallotType } from "../domain/ballot-rules";
import { insertMainPool } from "./pools";
import type { BudgetProcess, ProcessRule } from "./tables";
import "./tables";

export interface ProcessSettings {
  title: string;
  description: string;
  areaId: number | null;
  budget: number;
  currency: string;
  ballotType: BallotType;
  minProjects: number;
  maxProjects: number | null;
  pointsTotal: number;
  pointsPerProject: number;
  rule: ProcessRule;
  completion: BudgetProcess["completion"];
  add1Stop: BudgetProcess["add1_stop"];
  tieBreak: BudgetProcess["tie_break"];
  minVotes: number | null;
}

export const defaultSettings: ProcessSettings = {
  title: "",
  description: "",
  areaId: null,
  budget: 0,
  currency: "EUR",
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
};

function columns(s: ProcessSettings) {
  return {
    title: s.title,
    description: s.description,
    area_id: s.areaId,
    budget: s.budget,
    currency: s.currency,
    ballot_type: s.ballotType,
    min_projects: s.minProjects,
    max_projects: s.maxProjects,
    points_total: s.pointsTotal,
    points_per_project: s.pointsPerProject,
    rule: s.rule,
    completion: s.completion,
    add1_stop: s.add1Stop,
    tie_break: s.tieBreak,
    min_votes: s.minVotes,
  };
}

export function settingsOf(p: BudgetProcess): ProcessSettings {
  return {
    title: p.title,
    description: p.description,
    areaId: p.area_id,
    budget: p.budget,
    currency: p.currency,
    ballotType: p.ballot_type,
    minProjects: p.min_projects,
    maxProjects: p.max_projects,
    pointsTotal: p.points_total,
    pointsPerProject: p.points_per_project,
    rule: p.rule,
    completion: p.completion,
    add1Stop: p.add1_stop,
    tieBreak: p.tie_break,
    minVotes: p.min_votes,
  };
}

export async function insertProcess(
  db: Executor,
  siteId: number,
  settings: ProcessSettings,
  phase: Phase,
  now: Date,
  imported = false,
): Promise<BudgetProcess> {
  const process = await db
    .insertInto("budget_processes")
    .values({
      site_id: siteId,
      ...columns(settings),
      phase,
      imported: imported ? 1 : 0,
      created_at: iso(now),
      updated_at: iso(now),
    })
    .returningAll()
    .executeTakeFirstOrThrow();
  // Every process has its main pool (store/pools.ts): its budget and rule are these columns.
  await insertMainPool(db, process.id, now);
  return process;
}

export async function updateProcessSettings(
  db: Executor,
  process: BudgetProcess,
  settings: ProcessSettings,
  now: Date,
): Promise<void> {
  await db
    .updateTable("budget_processes")
    .set({ ...columns(settings), updated_at: iso(now) })
    .where("id", "=", process.id)
    .where("site_id", "=", process.site_id)
    .execute();
}

/** Moves the phase only if it is still `from`: two admins clicking at once change it once. */
export async function setPhase(
  db: Executor,
  process: BudgetProcess,
  from: Phase,
  to: Phase,
  now: Date,
): Promise<boolean> {
  const result = await db
    .updateTable("budget_processes")
    .set({ phase: to, updated_at: iso(now) })
    .where("id", "=", process.id)
    .where("site_id", "=", process.site_id)
    .where("phase", "=", from)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

export async function findProcess(db: Executor, siteId: number, id: number): Promise<BudgetProcess | undefined> {
  return db
    .selectFrom("budget_processes")
    .selectAll()
    .where("site_id", "=", siteId)
    .where("id", "=", id)
    .executeTakeFirst();
}

/** For the command line, where there is no site from a host name. */
export async function findProcessAnySite(db: Executor, id: number): Promise<BudgetProcess | undefined> {
  return db.selectFrom("budget_processes").selectAll().where("id", "=", id).executeTakeFirst();
}

export async function listProcesses(db: Executor, siteId: number): Promise<BudgetProcess[]> {
  return db.selectFrom("budget_processes").selectAll().where("site_id", "=", siteId).orderBy("id", "desc").execute();
}
