// Projects of a process. Every query is scoped by process id, and callers load the process with
// its site first, so a project id from another site or process is simply not found.
import type { Executor } from "../../../core/db/database";
import type { PlaceValue } from "../../../core/places/location-input";
import { iso } from "../../../core/db/time";
import type { BudgetProject, ProjectStatus } from "./tables";

export interface NewProject {
  externalId?: string;
  title: string;
  description: string;
  cost: number | null;
  status: ProjectStatus;
  proposedBy?: number | null;
  place?: PlaceValue | null;
}

export async function insertProject(db: Executor, processId: number, p: NewProject, now: Date): Promise<BudgetProject> {
  // Projects made here get their database id as external id; a temporary unique value first.
  const temp = p.externalId ?? `new-${Math.random().toString(36).slice(2)}-${Date.now()}`;
  const row = await db
    .insertInto("budget_projects")
    .values({
      process_id: processId,
      external_id: temp,
      title: p.title,
      description: p.description,
      proposed_by: p.proposedBy ?? null,
      cost: p.cost,
      status: p.status,
      infeasible_reason: "",
      created_at: iso(now),
      location_lat_e6: p.place?.point?.latE6 ?? null,
      location_lng_e6: p.place?.point?.lngE6 ?? null,
      location_address: p.place?.address ?? null,
    })
    .returningAll()
    .executeTakeFirstOrThrow();
  if (p.externalId !== undefined) return row;
  await db
    .updateTable("budget_projects")
    .set({ external_id: String(row.id) })
    .where("id", "=", row.id)
    .execute();
  return { ...row, external_id: String(row.id) };
}

export async function listProjects(db: Executor, processId: number): Promise<BudgetProject[]> {
  return db.selectFrom("budget_projects").selectAll().where("process_id", "=", processId).orderBy("id").execute();
}

/** The projects on the ballot: reviewed as feasible, with a cost. */
export async function ballotProjects(db: Executor, processId: number): Promise<BudgetProject[]> {
  return db
    .selectFrom("budget_projects")
    .selectAll()
    .where("process_id", "=", processId)
    .where("status", "=", "feasible")
    .where("cost", "is not", null)
    .orderBy("id")
    .execute();
}

export async function findProject(db: Executor, processId: number, id: number): Promise<BudgetProject | undefined> {
  return db
    .selectFrom("budget_projects")
    .selectAll()
    .where("process_id", "=", processId)
    .where("id", "=", id)
    .executeTakeFirst();
}

export async function reviewProject(
  db: Executor,
  project: BudgetProject,
  review: { cost: number; status: "feasible" | "infeasible"; reason: string; place?: PlaceValue | null },
): Promise<void> {
  await db
    .updateTable("budget_projects")
    .set({
      cost: review.cost,
      status: review.status,
      infeasible_reason: review.status === "infeasible" ? review.reason : "",
      // undefined: the place as it was; null clears it (staff emptied the field)
      ...(review.place === undefined
        ? {}
        : {
            location_lat_e6: review.place?.point?.latE6 ?? null,
            location_lng_e6: review.place?.point?.lngE6 ?? null,
            location_address: review.place?.address ?? null,
          }),
    })
    .where("id", "=", project.id)
    .where("process_id", "=", project.process_id)
    .execute();
}
