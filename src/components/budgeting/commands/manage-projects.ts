// Projects: residents submit them, officials review them (cost and feasibility, with a public
// reason when not feasible), admins may add ready projects, officials post updates afterwards.
import { audit } from "../../../core/audit/log";
import type { PlaceValue } from "../../../core/places/location-input";
import type { Services } from "../../../core/services";
import { insertProject, reviewProject } from "../store/projects";
import type { BudgetProcess, BudgetProject } from "../store/tables";
import { insertUpdate } from "../store/updates";

export async function submitProject(
  services: Services,
  process: BudgetProcess,
  userId: number,
  p: { title: string; description: string; cost: number | null; place?: PlaceValue | null },
): Promise<BudgetProject> {
  const now = services.clock();
  return insertProject(
    services.db.kysely,
    process.id,
    {
      title: p.title,
      description: p.description,
      cost: p.cost,
      status: "submitted",
      proposedBy: userId,
      place: p.place,
    },
    now,
  );
}

export async function addReadyProject(
  services: Services,
  process: BudgetProcess,
  actorUserId: number,
  p: { title: string; description: string; cost: number; place?: PlaceValue | null },
): Promise<BudgetProject> {
  const now = services.clock();
  return services.db.kysely.transaction().execute(async (trx) => {
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
  services: Services,
  process: BudgetProcess,
  project: BudgetProject,
  actorUserId: number,
  review: { cost: number; status: "feasible" | "infeasible"; reason: string; place?: PlaceValue | null },
): Promise<void> {
  const now = services.clock();
  await services.db.kysely.transaction().execute(async (trx) => {
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
  services: Services,
  process: BudgetProcess,
  actorUserId: number,
  u: { projectId: number | null; body: string },
): Promise<void> {
  const now = services.clock();
  await services.db.kysely.transaction().execute(async (trx) => {
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
