// Loading what a route works on, always within the request's site: an id from another site or
// process is a 404, never a peek into another tenant.
import type { FastifyRequest } from "fastify";
import { notFound } from "../../../core/http/errors";
import type { Services } from "../../../core/services";
import { findProcess } from "../store/processes";
import { findProject } from "../store/projects";
import type { BudgetProcess, BudgetProject } from "../store/tables";
import { idParams, poolParams, projectParams } from "./schemas";

export async function loadProcess(services: Services, request: FastifyRequest): Promise<BudgetProcess> {
  const params = idParams.safeParse(request.params);
  if (!params.success) throw notFound();
  const process = await findProcess(services.db.kysely, request.site.id, params.data.id);
  if (!process) throw notFound();
  return process;
}

export async function loadProcessProject(
  services: Services,
  request: FastifyRequest,
): Promise<{ process: BudgetProcess; project: BudgetProject }> {
  const params = projectParams.safeParse(request.params);
  if (!params.success) throw notFound();
  const process = await findProcess(services.db.kysely, request.site.id, params.data.id);
  if (!process) throw notFound();
  const project = await findProject(services.db.kysely, process.id, params.data.projectId);
  if (!project) throw notFound();
  return { process, project };
}

export async function loadArea(services: Services, process: BudgetProcess) {
  if (process.area_id === null) return null;
  return (
    (await services.db.kysely
      .selectFrom("areas")
      .selectAll()
      .where("id", "=", process.area_id)
      .where("site_id", "=", process.site_id)
      .executeTakeFirst()) ?? null
  );
}

/** The process and a pool id of it (a pool of another process or site is a 404). */
export async function loadProcessPool(
  services: Services,
  request: FastifyRequest,
): Promise<{ process: BudgetProcess; poolId: number }> {
  const params = poolParams.safeParse(request.params);
  if (!params.success) throw notFound();
  const process = await findProcess(services.db.kysely, request.site.id, params.data.id);
  if (!process) throw notFound();
  const pool = await services.db.kysely
    .selectFrom("budget_pools")
    .select("id")
    .where("id", "=", params.data.poolId)
    .where("process_id", "=", process.id)
    .executeTakeFirst();
  if (!pool) throw notFound();
  return { process, poolId: pool.id };
}
