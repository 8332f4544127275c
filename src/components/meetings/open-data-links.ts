// What the meetings component publishes as open data, for the site's open-data page: the calendar
// feeds (the site's and one per area) and the API.
import type { FastifyRequest } from "fastify";
import type { OpenDataSection } from "../../core/components";
import type { Services } from "../../core/services";

export async function meetingsOpenData(request: FastifyRequest, services: Services): Promise<OpenDataSection[]> {
  const areas = await services.db.kysely
    .selectFrom("areas")
    .select(["id", "name"])
    .where("site_id", "=", request.site.id)
    .orderBy("name")
    .execute();
  const t = request.t;
  return [
    {
      id: "meetings",
      heading: t("meetings.openData.heading"),
      intro: t("meetings.openData.intro"),
      links: [
        { href: "/bijeenkomsten.ics", label: t("meetings.openData.siteFeed") },
        ...areas.map((a) => ({
          href: `/bijeenkomsten/gebied/${a.id}.ics`,
          label: t("meetings.openData.areaFeed", { area: a.name }),
        })),
        { href: "/api/v1/meetings", label: t("meetings.openData.api") },
      ],
    },
  ];
}
