// The links in registration mails: confirm a guest's address, and see or cancel a registration,
// without an account. GET shows a page with a button; only the POST changes anything (a mail
// scanner that opens links must not cancel a place).
import type { FastifyInstance } from "fastify";
import { redirectWithFlash, sendPage } from "../../../core/http/render";
import type { Services } from "../../../core/services";
import { cancelRegistration, confirmGuest, registrationByLink } from "../commands/register";
import { managePath as manageLink } from "../store/links";
import { loadMeeting } from "../store/meetings";
import { ConfirmPage, ManagePage } from "../views/link-pages";
import { parseParams } from "./load";
import { linkParams } from "./schemas";

export function registerLinkRoutes(app: FastifyInstance, services: Services): void {
  const db = services.db.kysely;
  const managePath = "/bijeenkomsten/aanmelding/:id/:token";
  const confirmPath = "/bijeenkomsten/aanmelding/:id/bevestigen/:token";

  app.get(managePath, async (request, reply) => {
    const { id, token } = parseParams(linkParams, request.params);
    const registration = await registrationByLink(services, request.site, id, token, "manage");
    const meeting = await loadMeeting(db, request.site.id, registration.meeting_id);
    reply.header("Referrer-Policy", "no-referrer");
    return sendPage(
      reply,
      <ManagePage
        ctx={request.pageContext()}
        meeting={meeting}
        registration={registration}
        action={request.url}
        now={services.clock()}
      />,
    );
  });

  app.post(managePath, async (request, reply) => {
    const { id, token } = parseParams(linkParams, request.params);
    const registration = await registrationByLink(services, request.site, id, token, "manage");
    await cancelRegistration(services, request.site, registration);
    return redirectWithFlash(reply, request.url, "meetings.flash.cancelled");
  });

  app.get(confirmPath, async (request, reply) => {
    const { id, token } = parseParams(linkParams, request.params);
    const registration = await registrationByLink(services, request.site, id, token, "confirm");
    const meeting = await loadMeeting(db, request.site.id, registration.meeting_id);
    reply.header("Referrer-Policy", "no-referrer");
    return sendPage(reply, <ConfirmPage ctx={request.pageContext()} meeting={meeting} action={request.url} />);
  });

  app.post(confirmPath, async (request, reply) => {
    const { id, token } = parseParams(linkParams, request.params);
    const status = await confirmGuest(services, request.site, id, token);
    // On to the page of the registration itself: a guest has no account page to show it.
    const registration = await registrationByLink(services, request.site, id, token, "confirm");
    return redirectWithFlash(
      reply,
      manageLink(services.secret, id, registration.link_seed),
      `meetings.flash.${status}`,
    );
  });
}
