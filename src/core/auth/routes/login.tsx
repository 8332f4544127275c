// GET/POST /inloggen, POST /uitloggen (this browser) and POST /uitloggen-overal (every session).
import type { FastifyInstance, FastifyRequest } from "fastify";
import type { CookieNames } from "../../http/cookies";
import { safeLocalPath } from "../../http/local-path";
import { redirectWithFlash, sendPage } from "../../http/render";
import { parseForm } from "../../http/validation";
import { requireUser } from "../../permissions/roles";
import type { Services } from "../../services";
import { emptyForm } from "../../views/forms";
import { logIn } from "../commands/log-in";
import { endAllSessions, endSession } from "../sessions";
import { siteProviders } from "../../identity/providers";
import { endSessionUrl, providerConfiguration } from "../../identity/oidc-client";
import { chooseProvider } from "../../identity/providers";
import { ContinueToProviderPage } from "../../identity/views";
import { setFlashCookie } from "../../http/cookies";
import { LoginPage } from "../views/login-page";
import { formWithError } from "./form-errors";
import { loginSchema } from "./schemas";
import { clearSessionCookie, setSessionCookie } from "./session-cookie";

const backPath = (value: unknown): string | null => safeLocalPath(value, "") || null;

export function registerLoginRoutes(app: FastifyInstance, services: Services, cookies: CookieNames): void {
  const providersOf = (request: FastifyRequest) => siteProviders(services.db.kysely, services.config, request.site);

  app.get<{ Querystring: { terug?: unknown } }>("/inloggen", async (request, reply) => {
    return sendPage(
      reply,
      <LoginPage
        ctx={request.pageContext()}
        form={emptyForm()}
        back={backPath(request.query.terug)}
        providers={await providersOf(request)}
      />,
    );
  });

  app.post("/inloggen", async (request, reply) => {
    const parsed = parseForm(loginSchema, request.body);
    const back = backPath((request.body as Record<string, unknown> | undefined)?.terug);
    if (!parsed.ok)
      return sendPage(
        reply,
        <LoginPage ctx={request.pageContext()} form={parsed.form} back={back} providers={await providersOf(request)} />,
        400,
      );
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
          providers={await providersOf(request)}
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
    const signedInWith = request.sessionToken ? await endSession(services.db.kysely, request.sessionToken) : null;
    clearSessionCookie(reply, cookies);
    // Signed in through a provider that can end its own session: go there too, then come back.
    const provider = signedInWith ? chooseProvider(await providersOf(request), signedInWith) : null;
    if (provider) {
      try {
        const config = await providerConfiguration(provider, services.config.oidcTimeoutSeconds);
        const url = await endSessionUrl(config, `${request.siteUrl}/`);
        if (url) {
          // A page that goes on, not a redirect: form-action 'self' would stop it (identity/views.tsx).
          setFlashCookie(reply, "auth.flash.loggedOut");
          return sendPage(
            reply,
            <ContinueToProviderPage ctx={request.pageContext()} url={url.href} label={provider.label} />,
          );
        }
      } catch (error) {
        request.log.warn({ reason: (error as Error).message }, "could not end the session at the provider");
      }
    }
    return redirectWithFlash(reply, "/", "auth.flash.loggedOut");
  });

  app.post("/uitloggen-overal", async (request, reply) => {
    const user = requireUser(request.user);
    await endAllSessions(services.db.kysely, user.id);
    clearSessionCookie(reply, cookies);
    return redirectWithFlash(reply, "/", "auth.flash.loggedOutEverywhere");
  });
}
