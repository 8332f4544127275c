// GET /api/v1/meetings: open data following the Dutch API Design Rules like the ideas API
// (problem+json listing every invalid parameter, API-Version header, camelCase, UTC dates).
// The online link is never in it: it is for registered people only.
import type { FastifyInstance, FastifyRequest } from "fastify";
import { z } from "zod";
import { apiInput, listPage, sendApi } from "../../../core/http/open-data-api";
import type { Services } from "../../../core/services";
import { needsPlace, placesLeft } from "../domain/meeting";
import { locationJson } from "../../../core/places/location-json";
import { listMeetings, type MeetingWithArea } from "../store/meetings";

const input = apiInput("meetings.api");
export const apiMeetingsQuery = z.object({
  when: z.enum(["upcoming", "past"], "meetings.api.when").default("upcoming"),
  areaId: input.id().optional(),
  ...input.paging,
});

function meetingJson(request: FastifyRequest, m: MeetingWithArea) {
  const html = `${request.siteUrl}/bijeenkomsten/${m.id}`;
  return {
    id: m.id,
    title: m.title,
    description: m.description,
    kind: m.kind,
    status: m.status,
    startsAt: m.starts_at,
    endsAt: m.ends_at,
    place: needsPlace(m.kind) ? m.place : null,
    location: locationJson(m),
    area: m.area_id ? { id: m.area_id, name: m.area_name } : null,
    organiser: m.organiser,
    accessibility: {
      wheelchair: m.wheelchair === 1,
      hearingLoop: m.hearing_loop === 1,
      signLanguageOnRequest: m.sign_language === 1,
    },
    registration: m.registration,
    capacity: m.capacity,
    placesLeft: m.registration === "none" ? null : placesLeft(m.confirmed_count, m.capacity),
    attendees: m.attendees,
    _links: { html: { href: html }, calendar: { href: `${html}.ics` } },
  };
}

export function registerApiRoutes(app: FastifyInstance, services: Services): void {
  app.get("/api/v1/meetings", async (request, reply) => {
    const parsed = apiMeetingsQuery.safeParse(request.query ?? {});
    if (!parsed.success) throw input.invalid(parsed.error);
    const q = parsed.data;
    const all = await listMeetings(services.db.kysely, request.site.id, services.clock(), q.when, { areaId: q.areaId });
    const items = all.slice((q.page - 1) * q.pageSize, q.page * q.pageSize).map((m) => meetingJson(request, m));
    return sendApi(reply, listPage(`${request.siteUrl}/api/v1/meetings`, "meetings", items, q, all.length));
  });
}
