// The iCalendar files: one per meeting, a feed per site (/bijeenkomsten.ics) and per area.
// Public, like the pages; cancelled meetings stay in the feed as CANCELLED, so calendars update.
import type { FastifyInstance, FastifyReply, FastifyRequest } from "fastify";
import { HttpError } from "../../../core/http/errors";
import type { Services } from "../../../core/services";
import { markdownToText } from "../../../core/text/markdown";
import { meetingsCalendar } from "../calendar/ical";
import { listMeetings, loadMeeting } from "../store/meetings";
import type { MeetingRow } from "../store/tables";

/** How far back a feed reaches: calendars need recent changes, not every meeting ever held. */
const FEED_DAYS_BACK = 180;

async function send(request: FastifyRequest, reply: FastifyReply, meetings: MeetingRow[], name: string, file: string) {
  const t = request.t;
  const body = await meetingsCalendar(meetings, {
    name,
    baseUrl: request.siteUrl,
    describe: (m) => `${t(`meetings.kind.${m.kind}`)}. ${markdownToText(m.description, 2000)}`,
  });
  return reply
    .type("text/calendar; charset=utf-8")
    .header("Content-Disposition", `inline; filename="${file}"`)
    .header("Cache-Control", "public, max-age=300")
    .send(body);
}

export async function sendMeetingCalendar(
  services: Services,
  request: FastifyRequest,
  reply: FastifyReply,
  id: number,
) {
  const meeting = await loadMeeting(services.db.kysely, request.site.id, id);
  return send(request, reply, [meeting], meeting.title, `bijeenkomst-${id}.ics`);
}

export function registerCalendarRoutes(app: FastifyInstance, services: Services): void {
  const db = services.db.kysely;
  const since = () => new Date(services.clock().getTime() - FEED_DAYS_BACK * 86_400_000);

  app.get("/bijeenkomsten.ics", async (request, reply) => {
    const meetings = await listMeetings(db, request.site.id, since(), "upcoming");
    return send(
      request,
      reply,
      meetings,
      request.t("meetings.calendar.siteName", { site: request.site.name }),
      "bijeenkomsten.ics",
    );
  });

  app.get<{ Params: { file: string } }>("/bijeenkomsten/gebied/:file", async (request, reply) => {
    const match = /^(\d{1,9})\.ics$/.exec(request.params.file);
    if (!match) throw new HttpError(404, "errors.notFound");
    const area = await db
      .selectFrom("areas")
      .selectAll()
      .where("site_id", "=", request.site.id)
      .where("id", "=", Number(match[1]))
      .executeTakeFirst();
    if (!area) throw new HttpError(404, "errors.notFound");
    const meetings = await listMeetings(db, request.site.id, since(), "upcoming", { areaId: area.id });
    return send(
      request,
      reply,
      meetings,
      request.t("meetings.calendar.areaName", { area: area.name }),
      `bijeenkomsten-${area.id}.ics`,
    );
  });
}
