// Budget processes, pools and projects as JSON for /api/v1/budgets (routes/api.ts): camelCase,
// UTC instants, null where a value is absent. What is open now is asked of the same rules the
// process page uses (domain/process-rules.ts and the time plan in windows/rules.ts).
import type { FastifyRequest } from "fastify";
import { locationJson } from "../../../core/places/location-json";
import { methodOf } from "../commands/process-method";
import { resultsPublic, submissionsOpen, votingOpen } from "../domain/process-rules";
import { projectUrl } from "../project-url";
import { type Pool, poolName, poolOf } from "../store/pools";
import type { BudgetProcess, BudgetProject } from "../store/tables";
import { ballotsAllowed, type Plan, proposalsAllowed } from "../windows/rules";

const areaJson = (id: number | null, name: string | null) => (id === null ? null : { id, name: name ?? "" });

export function budgetJson(
  request: FastifyRequest,
  p: BudgetProcess,
  area: { id: number; name: string } | null,
  plan: Plan | null,
  now: Date,
) {
  const results = resultsPublic(p);
  const self = `${request.siteUrl}/api/v1/budgets/${p.id}`;
  return {
    id: p.id,
    title: p.title,
    description: p.description,
    area,
    budget: p.budget,
    currency: p.currency,
    phase: p.phase,
    imported: p.imported === 1,
    proposalsOpen: submissionsOpen(p) && proposalsAllowed(plan, now),
    votingOpen: votingOpen(p) && ballotsAllowed(plan, now),
    resultsPublic: results,
    windows: {
      proposalsOpenAt: plan?.proposalsOpenAt ?? null,
      proposalsCloseAt: plan?.proposalsCloseAt ?? null,
      votingOpenAt: plan?.votingOpenAt ?? null,
      votingCloseAt: plan?.votingCloseAt ?? null,
    },
    createdAt: p.created_at,
    updatedAt: p.updated_at,
    _links: {
      self: { href: self },
      html: { href: `${request.siteUrl}/begroting/${p.id}` },
      ...(results ? { results: { href: `${self}/results` } } : {}),
    },
  };
}

export function poolJson(request: FastifyRequest, pool: Pool) {
  const s = pool.settings;
  const method = methodOf(s);
  return {
    id: pool.id,
    main: pool.main,
    name: poolName(request.t, pool),
    area: areaJson(pool.areaId, pool.areaName),
    budget: s.budget,
    ballotType: s.ballot_type,
    method,
    methodName: request.t(`budgeting.method.name.${method}`),
  };
}

export function projectJson(request: FastifyRequest, pools: readonly Pool[], p: BudgetProject) {
  const pool = poolOf(pools, p);
  return {
    id: p.id,
    title: p.title,
    description: p.description,
    cost: p.cost,
    status: p.status,
    infeasibleReason: p.status === "infeasible" && p.infeasible_reason ? p.infeasible_reason : null,
    category: p.category === "" ? null : p.category,
    poolId: pool.id,
    area: areaJson(pool.areaId, pool.areaName),
    location: locationJson(p),
    _links: { html: { href: `${request.siteUrl}${projectUrl(p.process_id, p.id)}` } },
  };
}
