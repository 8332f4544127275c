// GET/POST /wachtwoord-vergeten (always the same answer) and GET/POST /wachtwoord-herstellen.
import type { FastifyInstance } from "fastify";
import type { CookieNames } from "../../http/cookies";
import { redirectWithFlash, sendPage } from "../../http/render";
import { parseForm } from "../../http/validation";
import type { Services } from "../../services";
import { emptyForm } from "../../views/forms";
import { findValidToken } from "../account-tokens";
import { requestPasswordReset, resetPassword } from "../commands/reset-password";
import { MessagePage } from "../views/message-page";
import { ForgotPasswordPage, ResetPasswordPage } from "../views/password-pages";
import { formWithError } from "./form-errors";
import { sendInvalidLink } from "./invalid-link";
import { forgotSchema, resetSchema } from "./schemas";
import { clearSessionCookie } from "./session-cookie";

const forgotLink = { href: "/wachtwoord-vergeten", labelKey: "auth.forgot.again" };

export function registerPasswordResetRoutes(app: FastifyInstance, services: Services, cookies: CookieNames): void {
  app.get("/wachtwoord-vergeten", async (request, reply) => {
    return sendPage(reply, <ForgotPasswordPage ctx={request.pageContext()} form={emptyForm()} />);
  });

  app.post("/wachtwoord-vergeten", async (request, reply) => {
    const parsed = parseForm(forgotSchema, request.body);
    if (!parsed.ok) return sendPage(reply, <ForgotPasswordPage ctx={request.pageContext()} form={parsed.form} />, 400);
    await requestPasswordReset(services, request.site, parsed.data.email, request.ip);
    return redirectWithFlash(reply, "/wachtwoord-vergeten/verstuurd");
  });

  app.get("/wachtwoord-vergeten/verstuurd", async (request, reply) => {
    return sendPage(
      reply,
      <MessagePage ctx={request.pageContext()} titleKey="auth.forgot.sentTitle" textKey="auth.forgot.sentText" />,
    );
  });

  app.get<{ Querystring: { token?: unknown } }>("/wachtwoord-herstellen", async (request, reply) => {
    const token = typeof request.query.token === "string" ? request.query.token : "";
    if (!(await findValidToken(services.db.kysely, token, "reset", request.site.id, services.clock())))
      return sendInvalidLink(request, reply, forgotLink);
    return sendPage(reply, <ResetPasswordPage ctx={request.pageContext()} form={emptyForm()} token={token} />);
  });

  app.post("/wachtwoord-herstellen", async (request, reply) => {
    const parsed = parseForm(resetSchema, request.body);
    if (!parsed.ok) {
      const token = (request.body as Record<string, unknown> | undefined)?.token;
      if (parsed.form.errors.some((e) => e.field === "token") || typeof token !== "string")
        return sendInvalidLink(request, reply, forgotLink);
      return sendPage(reply, <ResetPasswordPage ctx={request.pageContext()} form={parsed.form} token={token} />, 400);
    }
    const result = await resetPassword(services, request.site, parsed.data.token, parsed.data.newPassword);
    if (!result.ok && result.reason === "invalidToken") return sendInvalidLink(request, reply, forgotLink);
    if (!result.ok) {
      const form = formWithError(request.body, "newPassword", `auth.errors.${result.reason}`);
      return sendPage(
        reply,
        <ResetPasswordPage ctx={request.pageContext()} form={form} token={parsed.data.token} />,
        400,
      );
    }
    clearSessionCookie(reply, cookies);
    return redirectWithFlash(reply, "/inloggen", "auth.flash.passwordReset");
  });
}
