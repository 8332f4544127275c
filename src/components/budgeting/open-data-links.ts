// What the budgeting component publishes as open data, for the site's open-data page: the ballots
// of every finished vote as a pabulib file (no names), so anyone can recount the result, and the
// API (/api/v1/budgets) once the site has a budget.
import type { FastifyRequest } from "fastify";
import type { OpenDataSection } from "../../core/components";
import type { Services } from "../../core/services";
import { resultsPublic } from "./domain/process-rules";
import { listPools, poolName } from "./store/pools";
import { listProcesses } from "./store/processes";

export const BUDGETING_OPEN_DATA_ID = "budgeting";

export async function budgetingOpenData(request: FastifyRequest, services: Services): Promise<OpenDataSection[]> {
  const all = await listProcesses(services.db.kysely, request.site.id);
  if (all.length === 0) return [];
  const finished = all.filter(resultsPublic);
  return [
    {
      id: BUDGETING_OPEN_DATA_ID,
      heading: request.t("budgeting.openData.heading"),
      intro: request.t(finished.length > 0 ? "budgeting.openData.intro" : "budgeting.openData.introApi"),
      links: (
        await Promise.all(
          finished.map(async (p) => {
            // A process with several pools: one file per pool (docs/budgeting.md, "Pools").
            const pools = await listPools(services.db.kysely, p);
            if (pools.length === 1)
              return [
                {
                  href: `/begroting/${p.id}/stemmen.pb`,
                  label: request.t("budgeting.openData.ballots", { title: p.title }),
                },
              ];
            return pools.map((pool) => ({
              href: `/begroting/${p.id}/potten/${pool.id}/stemmen.pb`,
              label: request.t("budgeting.openData.ballots", { title: `${p.title} – ${poolName(request.t, pool)}` }),
            }));
          }),
        )
      )
        .flat()
        .concat({ href: "/api/v1/budgets", label: request.t("budgeting.openData.api") }),
    },
  ];
}
