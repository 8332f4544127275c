// Projects: residents submit them, officials review them (cost and feasibility, with a public
// reason when not feasible), admins may add ready projects, officials post updates afterwards.
import { audit } from "../../../core/audit/log";
import type { Db } from "../../../core/db/database";
import { insertProject, reviewProject } from "../store/projects";
import type { BudgetProcess, BudgetProject } from "../store/tables";
import { insertUpdate } from "../store/updates";

export async function submitProject(
  db: Db,
  process: BudgetProcess,
  userId: number,
  p: { title: string; description: string; cost: number | null },
  now: Date,
): Promise<BudgetProject> {
  return insertProject(
    db.kysely,
    process.id,
    { title: p.title, description: p.description, cost: p.cost, status: "submitted", proposedBy: userId },
    now,
  );
}

export async function addReadyProject(
  db: Db,
  process: BudgetProcess,
  actorUserId: number,
  p: { title: string; description: string; cost: number },
  now: Date,
): Promise<BudgetProject> {
  return db.kysely.transaction().execute(async (trx) => {
    const project = await insertProject(trx, process.id, { ...p, status: "feasible" }, now);
    await audit(
      trx,
      {
        siteId: process.site_id,
        actorUserId,
        action: "budgeting.project.added",
        subject: `budget_project:${project.id}`,
      },
      now,
    );
    return project;
  });
}

export async function reviewProjectCommand(
  db: Db,
  process: BudgetProcess,
  project: BudgetProject,
  actorUserId: number,
  review: { cost: number; status: "feasible" | "infeasible"; reason: string },
  now: Date,
): Promise<void> {
  await db.kysely.transaction().execute(async (trx) => {
    await reviewProject(trx, project, review);
    await audit(
      trx,
      {
        siteId: process.site_id,
        actorUserId,
        action: "budgeting.project.reviewed",
        subject: `budget_project:${project.id}`,
        details: { cost: review.cost, status: review.status },
      },
      now,
    );
  });
}

export async function postUpdate(
  db: Db,
  process: BudgetProcess,
  actorUserId: number,
  u: { projectId: number | null; body: string },
  now: Date,
): Promise<void> {
  await db.kysely.transaction().execute(async (trx) => {
    await insertUpdate(trx, process.id, { ...u, authorId: actorUserId }, now);
    await audit(
      trx,
      {
        siteId: process.site_id,
        actorUserId,
        action: "budgeting.update.posted",
        subject: `budget_process:${process.id}`,
      },
      now,
    );
  });
}
