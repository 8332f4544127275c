// Residents' pages: the list, a meeting's page (and its .ics), registering, and cancelling as a
// signed-in person. The links from mails (no account) are in links.tsx.
import type { FastifyInstance, FastifyReply, FastifyRequest } from "fastify";
import { allowMapTiles } from "../../../core/http/security-headers";
import { MapAssets } from "../../../core/places/map-element";
import { isLocated, PlaceSection } from "../../../core/places/place-section";
import { placeSettings } from "../../../core/places/settings";
import { requireVerifiedEmail } from "../../../core/auth/verify-first";
import { HttpError, RateLimitedError } from "../../../core/http/errors";
import { redirectWithFlash, sendPage } from "../../../core/http/render";
import { parseForm } from "../../../core/http/validation";
import { requireUser } from "../../../core/permissions/roles";
import type { Services } from "../../../core/services";
import type { FormState } from "../../../core/views/forms";
import { cancelRegistration, registerForMeeting } from "../commands/register";
import { listMeetings, listOutcomes, loadMeeting, registrationOf, waitingCount } from "../store/meetings";
import { CheckMailPage } from "../views/link-pages";
import { ListPage } from "../views/list-page";
import { MeetingPage } from "../views/meeting-page";
import { sendMeetingCalendar } from "./calendar";
import { accountRegistrationForm, guestRegistrationForm, listQuery, meetingParams } from "./schemas";
import { parseParams } from "./load";

/** Guests register without an account: a limit per address of the sender stops a script. */
const GUEST_LIMIT = { max: 20, windowSeconds: 3600 };

export function registerPublicRoutes(app: FastifyInstance, services: Services): void {
  const db = services.db.kysely;

  app.get("/bijeenkomsten", async (request, reply) => {
    const query = listQuery.safeParse(request.query);
    const areaId = query.success && query.data.gebied ? query.data.gebied : undefined;
    const areas = await db
      .selectFrom("areas")
      .selectAll()
      .where("site_id", "=", request.site.id)
      .orderBy("name")
      .execute();
    const area = areaId ? (areas.find((a) => a.id === areaId) ?? null) : null;
    const now = services.clock();
    const [upcoming, past] = await Promise.all([
      listMeetings(db, request.site.id, now, "upcoming", { areaId: area?.id }),
      listMeetings(db, request.site.id, now, "past", { areaId: area?.id, limit: 50 }),
    ]);
    return sendPage(
      reply,
      <ListPage ctx={request.pageContext()} upcoming={upcoming} past={past} areas={areas} area={area} />,
    );
  });

  const page = async (request: FastifyRequest, reply: FastifyReply, id: number, form?: FormState) => {
    const meeting = await loadMeeting(db, request.site.id, id);
    const [outcomes, own, waiting, pdf, places] = await Promise.all([
      listOutcomes(db, id),
      request.user ? registrationOf(db, id, request.user.id, request.user.email ?? "") : Promise.resolve(undefined),
      waitingCount(db, id),
      db.selectFrom("meeting_minutes_files").select("size").where("meeting_id", "=", id).executeTakeFirst(),
      placeSettings(db, services.config, request.site.id),
    ]);
    allowMapTiles(reply, places.tileOrigins);
    return (
      <MeetingPage
        ctx={request.pageContext()}
        meeting={meeting}
        outcomes={outcomes}
        own={own ?? null}
        waiting={waiting}
        hasPdf={pdf !== undefined}
        form={form}
        now={services.clock()}
        place={
          isLocated(meeting) || meeting.location_address
            ? {
                head: <MapAssets ctx={request.pageContext()} />,
                section: <PlaceSection ctx={request.pageContext()} settings={places} location={meeting} />,
              }
            : undefined
        }
      />
    );
  };

  app.get<{ Params: { id: string } }>("/bijeenkomsten/:id", async (request, reply) => {
    const match = /^(\d{1,9})(\.ics)?$/.exec(request.params.id);
    if (!match) throw new HttpError(404, "errors.notFound");
    if (match[2]) return sendMeetingCalendar(services, request, reply, Number(match[1]));
    return sendPage(reply, await page(request, reply, Number(match[1])));
  });

  app.post("/bijeenkomsten/:id/aanmelden", async (request, reply) => {
    const { id } = parseParams(meetingParams, request.params);
    const user = request.user;
    const path = `/bijeenkomsten/${id}`;
    if (user) {
      requireVerifiedEmail(user, path, "meetings.errors.verifyFirst");
      if (!user.email) throw new HttpError(403, "meetings.errors.verifyFirst");
      const result = parseForm(accountRegistrationForm, request.body);
      if (!result.ok) return sendPage(reply, await page(request, reply, id, result.form), 400);
      const { outcome } = await registerForMeeting(
        services,
        request.site,
        id,
        { userId: user.id, addressConfirmed: true, language: request.lang },
        { name: user.displayName, email: user.email ?? "", ...result.data },
      );
      return redirectWithFlash(reply, path, `meetings.flash.${outcome}`);
    }
    const result = parseForm(guestRegistrationForm, request.body);
    if (!result.ok) return sendPage(reply, await page(request, reply, id, result.form), 400);
    const limit = await services.rateLimiter.hit(
      `meetings.guest:${request.ip}`,
      GUEST_LIMIT.max,
      GUEST_LIMIT.windowSeconds,
      services.clock(),
    );
    if (!limit.allowed) throw new RateLimitedError(limit.retryAfterSeconds);
    await registerForMeeting(
      services,
      request.site,
      id,
      { userId: null, addressConfirmed: false, language: request.lang },
      result.data,
    );
    // The same page whatever happened (new, or that address was already registered): the page
    // never tells a stranger who is registered.
    const meeting = await loadMeeting(db, request.site.id, id);
    return sendPage(reply, <CheckMailPage ctx={request.pageContext()} meeting={meeting} />);
  });

  app.post("/bijeenkomsten/:id/afmelden", async (request, reply) => {
    const user = requireUser(request.user);
    const { id } = parseParams(meetingParams, request.params);
    const own = await registrationOf(db, id, user.id, user.email ?? "");
    await loadMeeting(db, request.site.id, id);
    if (own && own.status !== "cancelled") await cancelRegistration(services, request.site, own);
    return redirectWithFlash(reply, `/bijeenkomsten/${id}`, "meetings.flash.cancelled");
  });
}
