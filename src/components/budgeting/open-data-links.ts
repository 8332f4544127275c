// What the budgeting component publishes as open data, for the site's open-data page: the ballots
// of every finished vote as a pabulib file (no names), so anyone can recount the result.
import type { FastifyRequest } from "fastify";
import type { OpenDataSection } from "../../core/components";
import type { Services } from "../../core/services";
import { resultsPublic } from "./domain/process-rules";
import { listPools, poolName } from "./store/pools";
import { listProcesses } from "./store/processes";

export const BUDGETING_OPEN_DATA_ID = "budgeting";

export async function budgetingOpenData(request: FastifyRequest, services: Services): Promise<OpenDataSection[]> {
  const finished = (await listProcesses(services.db.kysely, request.site.id)).filter(resultsPublic);
  if (finished.length === 0) return [];
  return [
    {
      id: BUDGETING_OPEN_DATA_ID,
      heading: request.t("budgeting.openData.heading"),
      intro: request.t("budgeting.openData.intro"),
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
      ).flat(),
    },
  ];
}
