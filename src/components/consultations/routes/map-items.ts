// Consultations on the site map (/kaart, core/places): published ones with a location. Running
// consultations are "open" (what "near me" shows); those to come and those over are listed too.
import type { FastifyRequest } from "fastify";
import type { MapItem } from "../../../core/places/map-items";
import { fromE6 } from "../../../core/places/point";
import type { Services } from "../../../core/services";
import { consultationStatus } from "../domain/consultation-status";
import { consultationAreaIds, siteAreas } from "../store/consultations";
import { phasesOf, publishedConsultations } from "../store/page-parts";

export async function consultationMapItems(request: FastifyRequest, services: Services): Promise<MapItem[]> {
  const db = services.db.kysely;
  const t = request.t;
  const now = services.clock();
  const rows = (await publishedConsultations(db, request.site.id)).filter(
    (c) => c.location_lat_e6 !== null || c.location_address !== null,
  );
  if (rows.length === 0) return [];
  const [phases, areas] = await Promise.all([
    phasesOf(
      db,
      rows.map((r) => r.id),
    ),
    siteAreas(db, request.site.id),
  ]);
  return Promise.all(
    rows.map(async (c) => {
      const status = consultationStatus(
        phases
          .filter((p) => p.consultation_id === c.id)
          .map((p) => ({ name: p.name, startsOn: p.starts_on, endsOn: p.ends_on })),
        now,
      );
      // A consultation may span several areas: the map lists it under the first (or the site).
      const [areaId] = await consultationAreaIds(db, c.id);
      const area = areas.find((a) => a.id === areaId);
      return {
        kind: "consultation",
        kindLabel: t("consultations.map.kind"),
        id: c.id,
        title: c.title,
        url: `/raadplegingen/${c.id}`,
        state: status,
        stateLabel: t(`consultations.public.status.${status}`),
        open: status === "open",
        areaId: area?.id ?? 0,
        areaName: area?.name ?? request.site.name,
        address: c.location_address,
        point:
          c.location_lat_e6 !== null && c.location_lng_e6 !== null
            ? { lat: fromE6(c.location_lat_e6), lng: fromE6(c.location_lng_e6) }
            : null,
      };
    }),
  );
}
