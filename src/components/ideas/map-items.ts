// The ideas on the site map (/kaart, core/places): published, visible ideas with a location.
// Typed text without a point is listed beside the map but has no marker.
import type { FastifyRequest } from "fastify";
import type { MapItem } from "../../core/places/map-items";
import { fromE6 } from "../../core/places/point";
import type { Services } from "../../core/services";
import { effectiveState } from "./domain/idea-rules";
import { listIdeas } from "./store/ideas";

/** Enough for a district; a city with more located ideas filters by area (docs/maps.md). */
export const MAP_LIMIT = 5000;

export async function ideaMapItems(request: FastifyRequest, services: Services): Promise<MapItem[]> {
  const now = services.clock();
  const t = request.t;
  const { ideas } = await listIdeas(services.db, request.site.id, { located: true, pageSize: MAP_LIMIT }, now);
  return ideas.map((i) => {
    const state = effectiveState(i.state, i.deadline_at, now);
    return {
      kind: "idea",
      kindLabel: t("places.kinds.idea"),
      id: i.id,
      title: i.title,
      url: `/ideeen/${i.id}`,
      state,
      stateLabel: t(`ideas.state.${state}`),
      open: state === "open",
      areaId: i.area_id,
      areaName: i.area_name,
      address: i.location_address,
      point:
        i.location_lat_e6 !== null && i.location_lng_e6 !== null
          ? { lat: fromE6(i.location_lat_e6), lng: fromE6(i.location_lng_e6) }
          : null,
    };
  });
}
