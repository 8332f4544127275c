// Budget projects and places (docs/maps.md): the optional location on the propose form, the
// place on the project page, the projects on the site map, and a process's projects as GeoJSON.
import type { FastifyInstance, FastifyRequest } from "fastify";
import { featureCollection, GEOJSON_TYPE, pointFeature } from "../../../core/places/geojson";
import { optionalLocation } from "../../../core/places/location-field";
import type { MapItem } from "../../../core/places/map-items";
import { fromE6 } from "../../../core/places/point";
import type { Services } from "../../../core/services";
import { projectUrl } from "../project-url";
import type { BudgetProject } from "../store/tables";
import { loadProcess } from "./load";

/** Residents may give a place with a proposal; it is never required (the issue asks it of ideas). */
export const projectLocation = optionalLocation;

const pointOf = (p: BudgetProject) =>
  p.location_lat_e6 !== null && p.location_lng_e6 !== null
    ? { lat: fromE6(p.location_lat_e6), lng: fromE6(p.location_lng_e6) }
    : null;

/** Projects residents can still see and choose: not submitted-and-unreviewed, not infeasible. */
export async function projectMapItems(request: FastifyRequest, services: Services): Promise<MapItem[]> {
  const t = request.t;
  const rows = await services.db.kysely
    .selectFrom("budget_projects")
    .innerJoin("budget_processes", "budget_processes.id", "budget_projects.process_id")
    .leftJoin("areas", "areas.id", "budget_processes.area_id")
    .selectAll("budget_projects")
    .select(["budget_processes.phase", "budget_processes.area_id", "areas.name as area_name"])
    .where("budget_processes.site_id", "=", request.site.id)
    .where("budget_projects.status", "!=", "submitted")
    .where((eb) =>
      eb.or([
        eb("budget_projects.location_lat_e6", "is not", null),
        eb("budget_projects.location_address", "is not", null),
      ]),
    )
    .execute();
  return rows.map((p) => ({
    kind: "project",
    kindLabel: t("places.kinds.project"),
    id: p.id,
    title: p.title,
    url: projectUrl(p.process_id, p.id),
    state: p.status,
    stateLabel: t(`budgeting.projectStatus.${p.status}`),
    open: (p.phase === "submit" || p.phase === "vote") && p.status === "feasible",
    areaId: p.area_id ?? 0,
    areaName: p.area_name ?? request.site.name,
    address: p.location_address,
    point: pointOf(p),
  }));
}

export function registerProjectGeoJson(app: FastifyInstance, services: Services): void {
  app.get("/begroting/:id/projecten.geojson", async (request, reply) => {
    const process = await loadProcess(services, request);
    const rows = await services.db.kysely
      .selectFrom("budget_projects")
      .selectAll()
      .where("process_id", "=", process.id)
      .where("status", "!=", "submitted")
      .orderBy("id")
      .execute();
    const features = rows.flatMap((p) => {
      const point = pointOf(p);
      return point
        ? [
            pointFeature(p.id, point, {
              title: p.title,
              cost: p.cost,
              status: p.status,
              address: p.location_address,
              url: `${request.siteUrl}${projectUrl(process.id, p.id)}`,
            }),
          ]
        : [];
    });
    return reply.header("Access-Control-Allow-Origin", "*").type(GEOJSON_TYPE).send(featureCollection(features));
  });
}
