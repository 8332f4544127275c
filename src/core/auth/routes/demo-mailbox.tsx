// GET /account/post: the logged-in account's own mail, only in the demo without a mail server.
// Elsewhere the page does not exist (404), so it cannot become a way around real mail.
import type { FastifyInstance } from "fastify";
import { notFound } from "../../http/errors";
import { sendPage } from "../../http/render";
import { demoMailOf } from "../../mail/demo-mailbox";
import { requireUser } from "../../permissions/roles";
import type { Services } from "../../services";
import { DemoMailboxPage } from "../views/demo-mailbox-page";

export const demoMailboxOn = (services: Services): boolean => services.mail.kind === "mailbox";

export function registerDemoMailboxRoutes(app: FastifyInstance, services: Services): void {
  app.get("/account/post", async (request, reply) => {
    if (!demoMailboxOn(services)) throw notFound();
    const user = requireUser(request.user);
    const mails = await demoMailOf(services.db.kysely, request.site.id, user.id);
    reply.header("cache-control", "no-store");
    return sendPage(reply, <DemoMailboxPage ctx={request.pageContext()} mails={mails} />);
  });
}
