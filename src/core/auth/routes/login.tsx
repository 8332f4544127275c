// GET/POST /inloggen, POST /uitloggen (this browser) and POST /uitloggen-overal (every session).
import type { FastifyInstance } from "fastify";
import type { CookieNames } from "../../http/cookies";
import { safeLocalPath } from "../../http/local-path";
import { redirectWithFlash, sendPage } from "../../http/render";
import { parseForm } from "../../http/validation";
import { requireUser } from "../../permissions/roles";
import type { Services } from "../../services";
import { emptyForm } from "../../views/forms";
import { logIn } from "../commands/log-in";
import { endAllSessions, endSession } from "../sessions";
import { LoginPage } from "../views/login-page";
import { formWithError } from "./form-errors";
import { loginSchema } from "./schemas";
import { clearSessionCookie, setSessionCookie } from "./session-cookie";

const backPath = (value: unknown): string | null => safeLocalPath(value, "") || null;

export function registerLoginRoutes(app: FastifyInstance, services: Services, cookies: CookieNames): void {
  app.get<{ Querystring: { terug?: unknown } }>("/inloggen", async (request, reply) => {
    return sendPage(
      reply,
      <LoginPage ctx={request.pageContext()} form={emptyForm()} back={backPath(request.query.terug)} />,
    );
  });

  app.post("/inloggen", async (request, reply) => {
    const parsed = parseForm(loginSchema, request.body);
    const back = backPath((request.body as Record<string, unknown> | undefined)?.terug);
    if (!parsed.ok)
      return sendPage(reply, <LoginPage ctx={request.pageContext()} form={parsed.form} back={back} />, 400);
    const result = await logIn(services, request.site, {
      email: parsed.data.email,
      password: parsed.data.password,
      ip: request.ip,
      previousToken: request.cookies[cookies.session],
    });
    if (!result) {
      return sendPage(
        reply,
        <LoginPage
          ctx={request.pageContext()}
          form={formWithError(request.body, "email", "auth.errors.loginFailed")}
          back={back}
        />,
        400,
      );
    }
    setSessionCookie(reply, cookies, result.token);
    // An unconfirmed account lands on its account page, where the notice and "send again" are.
    if (!result.user.email_verified_at) return redirectWithFlash(reply, "/account", "auth.flash.loggedInUnverified");
    return redirectWithFlash(reply, back ?? "/", "auth.flash.loggedIn");
  });

  app.post("/uitloggen", async (request, reply) => {
    if (request.sessionToken) await endSession(services.db.kysely, request.sessionToken);
    clearSessionCookie(reply, cookies);
    return redirectWithFlash(reply, "/", "auth.flash.loggedOut");
  });

  app.post("/uitloggen-overal", async (request, reply) => {
    const user = requireUser(request.user);
    await endAllSessions(services.db.kysely, user.id);
    clearSessionCookie(reply, cookies);
    return redirectWithFlash(reply, "/", "auth.flash.loggedOutEverywhere");
  });
}
