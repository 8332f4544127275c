// Confirming the address from the verification mail, and "send the link again".
import type { FastifyInstance } from "fastify";
import { safeLocalPath } from "../../http/local-path";
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

const backPath = (value: unknown): string | null => safeLocalPath(value, "") || null;
const bodyField = (body: unknown, name: string): unknown => (body as Record<string, unknown> | undefined)?.[name];

export function registerVerifyRoutes(app: FastifyInstance, services: Services): void {
  app.get<{ Querystring: { token?: unknown; terug?: unknown } }>("/account/bevestigen", async (request, reply) => {
    const token = typeof request.query.token === "string" ? request.query.token : "";
    if (!(await findValidToken(services.db.kysely, token, "verify", request.site.id, services.clock())))
      return sendInvalidLink(request, reply);
    const back = backPath(request.query.terug);
    return sendPage(
      reply,
      <ConfirmLinkPage
        ctx={request.pageContext()}
        action="/account/bevestigen"
        token={token}
        prefix="auth.verify"
        fields={back ? { terug: back } : {}}
      />,
    );
  });

  app.post("/account/bevestigen", async (request, reply) => {
    const parsed = parseForm(tokenSchema, request.body);
    if (!parsed.ok || !(await verifyEmail(services, request.site, parsed.data.token)))
      return sendInvalidLink(request, reply);
    // Back to where the person was refused (the idea, the ballot), through the log-in if needed.
    const back = backPath(bodyField(request.body, "terug"));
    if (!request.user)
      return redirectWithFlash(
        reply,
        back ? `/inloggen?terug=${encodeURIComponent(back)}` : "/inloggen",
        "auth.flash.verified",
      );
    return redirectWithFlash(reply, back ?? "/account", "auth.flash.verified");
  });

  app.post("/account/bevestigen/opnieuw", async (request, reply) => {
    const user = requireUser(request.user);
    const back = backPath(bodyField(request.body, "terug"));
    if (user.emailVerified) return redirectWithFlash(reply, back ?? "/account");
    await countAttempt(services, "mailAccount", request.site.id, user.id);
    await resendVerification(services, request.site, user, back);
    return redirectWithFlash(reply, back ?? "/account", "auth.flash.verificationSent");
  });
}
