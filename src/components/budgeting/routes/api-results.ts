// One pool's results as JSON for /api/v1/budgets/{id}/results: the stored outcome (never
// recounted), with the same sentences the results page shows (views/explain.ts) beside the
// engine's own explanation data, so a client can show them or build its own.
import type { FastifyRequest } from "fastify";
import { formatMoney } from "../views/format";
import { explainProject, methodExplanation } from "../views/explain";
import type { PoolResult } from "../views/results-page";
import { poolJson } from "./api-json";

export function poolResultsJson(request: FastifyRequest, part: PoolResult) {
  const { pool, projects, result } = part;
  const { outcome } = result;
  const settings = pool.settings;
  const money = (n: number) => formatMoney(request.lang, n, settings.currency);
  // The outcome names projects by their external id (as in the .pb file).
  const byExternalId = new Map(projects.map((p) => [p.external_id, p]));
  return {
    ...poolJson(request, pool),
    voters: result.voters,
    computedAt: result.computedAt,
    totalCost: outcome.totalCost,
    winners: outcome.winners.flatMap((id) => {
      const project = byExternalId.get(id);
      return project ? [project.id] : [];
    }),
    methodExplanation: methodExplanation(request.t, request.lang, settings, outcome, result.voters),
    projects: outcome.projects.map((r) => ({
      id: byExternalId.get(r.id)?.id ?? null,
      externalId: r.id,
      title: byExternalId.get(r.id)?.title ?? r.id,
      cost: r.cost,
      votes: r.votes,
      points: r.score,
      selected: r.selected,
      explanation: explainProject(request.t, r, money),
      explanationData: r.explanation,
    })),
  };
}
