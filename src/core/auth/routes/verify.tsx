// Confirming the address from the verification mail, and "send the link again".
import type { FastifyInstance } from "fastify";
import { redirectWithFlash, sendPage } from "../../http/render";
import { parseForm } from "../../http/validation";
import { requireUser } from "../../permissions/roles";
import type { Services } from "../../services";
import { findValidToken } from "../account-tokens";
import { countAttempt } from "../auth-limits";
import { resendVerification, verifyEmail } from "../commands/verify-email";
import { ConfirmLinkPage } from "../views/confirm-link-page";
import { sendInvalidLink } from "./invalid-link";
import { tokenSchema } from "./schemas";

export function registerVerifyRoutes(app: FastifyInstance, services: Services): void {
  app.get<{ Querystring: { token?: unknown } }>("/account/bevestigen", async (request, reply) => {
    const token = typeof request.query.token === "string" ? request.query.token : "";
    if (!(await findValidToken(services.db.kysely, token, "verify", request.site.id, services.clock())))
      return sendInvalidLink(request, reply);
    return sendPage(
      reply,
      <ConfirmLinkPage ctx={request.pageContext()} action="/account/bevestigen" token={token} prefix="auth.verify" />,
    );
  });

  app.post("/account/bevestigen", async (request, reply) => {
    const parsed = parseForm(tokenSchema, request.body);
    if (!parsed.ok || !(await verifyEmail(services, request.site, parsed.data.token)))
      return sendInvalidLink(request, reply);
    return redirectWithFlash(reply, request.user ? "/account" : "/inloggen", "auth.flash.verified");
  });

  app.post("/account/bevestigen/opnieuw", async (request, reply) => {
    const user = requireUser(request.user);
    if (user.emailVerified) return redirectWithFlash(reply, "/account");
    await countAttempt(services, "mailAccount", request.site.id, user.id);
    await resendVerification(services, request.site, user);
    return redirectWithFlash(reply, "/account", "auth.flash.verificationSent");
  });
}
