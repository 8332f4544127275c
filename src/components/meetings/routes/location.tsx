// Meetings and places (docs/maps.md): the optional location on the staff meeting form (the same
// field and rules as a budget project's), and upcoming meetings on the site map.
import type { FastifyRequest } from "fastify";
import { optionalLocation } from "../../../core/places/location-field";
import type { MapItem } from "../../../core/places/map-items";
import { fromE6 } from "../../../core/places/point";
import type { Services } from "../../../core/services";
import { listMeetings } from "../store/meetings";
import type { MeetingRow } from "../store/tables";

/** A meeting's location is optional: an online meeting has none, and `place` may say enough. */
export const meetingLocation = optionalLocation;

export const meetingPoint = (m: Pick<MeetingRow, "location_lat_e6" | "location_lng_e6">) =>
  m.location_lat_e6 !== null && m.location_lng_e6 !== null
    ? { lat: fromE6(m.location_lat_e6), lng: fromE6(m.location_lng_e6) }
    : null;

/** Upcoming meetings that are not cancelled: the map shows where to go, not where it was. */
export async function meetingMapItems(request: FastifyRequest, services: Services): Promise<MapItem[]> {
  const t = request.t;
  const rows = await listMeetings(services.db.kysely, request.site.id, services.clock(), "upcoming");
  return rows
    .filter((m) => m.status !== "cancelled" && (m.location_lat_e6 !== null || m.location_address !== null))
    .map((m) => ({
      kind: "meeting",
      kindLabel: t("places.kinds.meeting"),
      id: m.id,
      title: m.title,
      url: `/bijeenkomsten/${m.id}`,
      state: "upcoming",
      stateLabel: t("meetings.mapState.upcoming"),
      open: true,
      areaId: m.area_id ?? 0,
      areaName: m.area_name ?? request.site.name,
      address: m.location_address,
      point: meetingPoint(m),
    }));
}
