// GET /api/v1/budgets, /api/v1/budgets/{id} and /api/v1/budgets/{id}/results: open data following
// the Dutch API Design Rules like the ideas and consultations APIs (problem+json listing every
// invalid parameter, API-Version header, CORS *, camelCase, UTC instants, no trailing slash).
// Public is what the public pages show: the site's processes as /begroting lists them
// (listProcesses, findProcess), and results once the vote has closed (resultsPublic, as
// /begroting/{id}/uitslag); before that the results answer 404, as the page does.
import type { FastifyInstance } from "fastify";
import { z } from "zod";
import { apiInput, listPage, sendApi } from "../../../core/http/open-data-api";
import { notFound } from "../../../core/http/errors";
import type { Services } from "../../../core/services";
import { resultsPublic } from "../domain/process-rules";
import { listPools } from "../store/pools";
import { findProcess, listProcesses } from "../store/processes";
import { listProjects } from "../store/projects";
import type { BudgetProcess } from "../store/tables";
import { findPlan } from "../windows/store";
import { budgetJson, poolJson, projectJson } from "./api-json";
import { poolResultsJson } from "./api-results";
import { loadPoolResults } from "./results-data";

const input = apiInput("budgeting.api");
export const apiBudgetsQuery = z.object(input.paging);

export function registerBudgetsApiRoutes(app: FastifyInstance, services: Services): void {
  const db = services.db.kysely;
  const areasOf = async (siteId: number) =>
    new Map(
      (await db.selectFrom("areas").select(["id", "name"]).where("site_id", "=", siteId).execute()).map((a) => [
        a.id,
        a,
      ]),
    );
  const areaOf = (areas: Map<number, { id: number; name: string }>, p: BudgetProcess) =>
    p.area_id === null ? null : (areas.get(p.area_id) ?? null);

  async function loadBudget(siteId: number, params: unknown): Promise<BudgetProcess> {
    const process = await findProcess(db, siteId, input.idOf(params));
    if (!process) throw notFound();
    return process;
  }

  app.get("/api/v1/budgets", async (request, reply) => {
    const parsed = apiBudgetsQuery.safeParse(request.query ?? {});
    if (!parsed.success) throw input.invalid(parsed.error);
    const q = parsed.data;
    const now = services.clock();
    const [all, areas] = await Promise.all([listProcesses(db, request.site.id), areasOf(request.site.id)]);
    const shown = all.slice((q.page - 1) * q.pageSize, q.page * q.pageSize);
    const plans = await Promise.all(shown.map((p) => findPlan(db, p.id)));
    const items = shown.map((p, i) => budgetJson(request, p, areaOf(areas, p), plans[i]!, now));
    return sendApi(reply, listPage(`${request.siteUrl}/api/v1/budgets`, "budgets", items, q, all.length));
  });

  app.get("/api/v1/budgets/:id", async (request, reply) => {
    const process = await loadBudget(request.site.id, request.params);
    const [areas, plan, pools, projects] = await Promise.all([
      areasOf(request.site.id),
      findPlan(db, process.id),
      listPools(db, process),
      listProjects(db, process.id),
    ]);
    return sendApi(reply, {
      ...budgetJson(request, process, areaOf(areas, process), plan, services.clock()),
      pools: pools.map((pool) => poolJson(request, pool)),
      projects: projects.map((p) => projectJson(request, pools, p)),
    });
  });

  app.get("/api/v1/budgets/:id/results", async (request, reply) => {
    const process = await loadBudget(request.site.id, request.params);
    if (!resultsPublic(process)) throw notFound("budgeting.errors.noResultsYet");
    const { parts, ballots } = await loadPoolResults(db, process);
    if (parts.length === 0) throw notFound("budgeting.errors.noResultsYet");
    const self = `${request.siteUrl}/api/v1/budgets/${process.id}`;
    return sendApi(reply, {
      id: process.id,
      title: process.title,
      currency: process.currency,
      ballots,
      pools: parts.map((part) => poolResultsJson(request, part)),
      _links: {
        self: { href: `${self}/results` },
        html: { href: `${request.siteUrl}/begroting/${process.id}/uitslag` },
        budget: { href: self },
        ballots: { href: `${request.siteUrl}/begroting/${process.id}/stemmen.pb` },
      },
    });
  });
}
