// Meetings and places (docs/maps.md): the optional location on the staff meeting form (the same
// field and rules as a budget project's), and upcoming meetings on the site map.
import type { FastifyRequest } from "fastify";
import { placeContext } from "../../../core/places/context";
import { boundsOf } from "../../../core/places/geometry";
import { LocationField } from "../../../core/places/location-field";
import { resolveLocation } from "../../../core/places/location-input";
import { MapAssets } from "../../../core/places/map-element";
import type { MapItem } from "../../../core/places/map-items";
import { fromE6 } from "../../../core/places/point";
import type { Services } from "../../../core/services";
import type { FormState } from "../../../core/views/forms";
import { listMeetings } from "../store/meetings";
import type { MeetingRow } from "../store/tables";

/** A meeting's location is optional: an online meeting has none, and `place` may say enough. */
export async function meetingLocation(services: Services, request: FastifyRequest, body?: unknown) {
  const places = await placeContext(services, request.site.id);
  const verdict = body === undefined ? null : await resolveLocation(places, body as Record<string, string>, "optional");
  const field = (form?: FormState) => {
    const b = boundsOf(places.areas.flatMap((a) => (a.shape ? [a.shape] : [])));
    return {
      head: <MapAssets ctx={request.pageContext()} />,
      field: (
        <LocationField
          ctx={request.pageContext()}
          form={form}
          mode="optional"
          settings={places.settings}
          bounds={b ? [b.west, b.south, b.east, b.north] : null}
        />
      ),
    };
  };
  return { places, verdict, field };
}

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
