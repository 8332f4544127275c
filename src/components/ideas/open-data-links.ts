// What the ideas component publishes as open data, for the site's open-data page (/open-data):
// Atom feeds (the whole site and each area), the CSV of all ideas, the accountability figures and
// the API. The resident pages link to this group instead of naming file formats.
import type { FastifyRequest } from "fastify";
import type { OpenDataSection } from "../../core/components";
import type { Services } from "../../core/services";
import { listAreas } from "../../core/sites/store";

export const IDEAS_OPEN_DATA_ID = "ideas";

export async function ideasOpenData(request: FastifyRequest, services: Services): Promise<OpenDataSection[]> {
  const t = request.t;
  const areas = await listAreas(services.db.kysely, request.site.id);
  return [
    {
      id: IDEAS_OPEN_DATA_ID,
      heading: t("ideas.openData.heading"),
      intro: t("ideas.openData.intro"),
      links: [
        { href: "/ideeen.csv", label: t("ideas.openData.csv") },
        { href: "/ideeen/feed.atom", label: t("ideas.openData.feed") },
        ...areas.map((a) => ({
          href: `/ideeen/gebied/${a.id}/feed.atom`,
          label: t("ideas.openData.areaFeed", { area: a.name }),
        })),
        { href: "/verantwoording.csv", label: t("ideas.accountability.csv") },
        { href: "/verantwoording.json", label: t("ideas.accountability.json") },
        { href: "/api/v1/openapi.json", label: t("ideas.openData.api") },
        { href: "/api/v1/ideas?format=geojson", label: t("places.openData.ideasGeojson") },
      ],
    },
  ];
}
