// Confirming a new address from the link mailed to it: a page with one button, then the POST.
import type { FastifyInstance } from "fastify";
import { redirectWithFlash, sendPage } from "../../http/render";
import { parseForm } from "../../http/validation";
import type { Services } from "../../services";
import { findValidToken } from "../account-tokens";
import { confirmEmailChange } from "../commands/change-email";
import { ConfirmLinkPage } from "../views/confirm-link-page";
import { MessagePage } from "../views/message-page";
import { sendInvalidLink } from "./invalid-link";
import { tokenSchema } from "./schemas";

export function registerEmailChangeRoutes(app: FastifyInstance, services: Services): void {
  app.get<{ Querystring: { token?: unknown } }>("/account/e-mailadres-bevestigen", async (request, reply) => {
    const token = typeof request.query.token === "string" ? request.query.token : "";
    if (!(await findValidToken(services.db.kysely, token, "email", request.site.id, services.clock())))
      return sendInvalidLink(request, reply);
    return sendPage(
      reply,
      <ConfirmLinkPage
        ctx={request.pageContext()}
        action="/account/e-mailadres-bevestigen"
        token={token}
        prefix="auth.confirmEmail"
      />,
    );
  });

  app.post("/account/e-mailadres-bevestigen", async (request, reply) => {
    const parsed = parseForm(tokenSchema, request.body);
    if (!parsed.ok) return sendInvalidLink(request, reply);
    const result = await confirmEmailChange(services, request.site, parsed.data.token);
    if (result === "invalid") return sendInvalidLink(request, reply);
    if (result === "taken") {
      return sendPage(
        reply,
        <MessagePage
          ctx={request.pageContext()}
          titleKey="auth.confirmEmail.takenTitle"
          textKey="auth.confirmEmail.takenText"
        />,
        409,
      );
    }
    return redirectWithFlash(reply, request.user ? "/account" : "/inloggen", "auth.flash.emailChanged");
  });
}
