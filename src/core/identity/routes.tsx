// Sign-in through an identity provider (OpenID Connect, authorization code flow with PKCE):
//   GET  /inloggen/oidc?provider=&terug=   start: to the provider
//   POST /inloggen/oidc/koppelen           start, linking the identity to the signed-in account
//   GET  /inloggen/oidc/terug              the provider sends the browser back here
// Linking is a POST with a CSRF token: otherwise a page elsewhere could send a signed-in person
// through a provider where the attacker is signed in, and link the attacker's identity.
import type { FastifyInstance, FastifyReply, FastifyRequest } from "fastify";
import { countAttempt } from "../auth/auth-limits";
import { setSessionCookie } from "../auth/routes/session-cookie";
import { cookieOptions } from "../http/cookies";
import { safeLocalPath } from "../http/local-path";
import { redirectWithFlash, sendPage } from "../http/render";
import { requireUser } from "../permissions/roles";
import type { Services } from "../services";
import { assuranceReached } from "./assurance";
import { mapClaims } from "./claims";
import { publicJwk } from "./client-keys";
import { notFound } from "../http/errors";
import { signInWithIdentity } from "./commands/sign-in-with-identity";
import { saveLoginState, takeLoginState, LOGIN_STATE_MINUTES } from "./login-states";
import { authorizationUrl, completeSignIn, openidClient, providerConfiguration } from "./oidc-client";
import { chooseProvider, siteProviders } from "./providers";
import { SIGN_IN_FAILURE_STATUS, SignInError } from "./sign-in-error";
import { ContinueToProviderPage, SignInFailedPage } from "./views";

export const OIDC_STATE_COOKIE = "inspraak_oidc";
export const CALLBACK_PATH = "/inloggen/oidc/terug";
export const jwksPath = (slug: string) => `/inloggen/oidc/${slug}/jwks.json`;

export function registerIdentityRoutes(app: FastifyInstance, services: Services): void {
  const db = services.db.kysely;

  async function start(request: FastifyRequest, reply: FastifyReply, slug: unknown, back: unknown, link: boolean) {
    // A GET that writes a row: limited per address, so nobody can fill the table.
    await countAttempt(services, "oidcStartIp", request.site.id, request.ip);
    const provider = chooseProvider(await siteProviders(db, services.config, request.site), slug);
    if (!provider) throw new SignInError("unknownProvider");
    const config = await providerConfiguration(provider, services.config.oidcTimeoutSeconds);
    const client = await openidClient();
    const state = client.randomState();
    const nonce = client.randomNonce();
    const codeVerifier = client.randomPKCECodeVerifier();
    await saveLoginState(
      db,
      state,
      {
        site_id: request.site.id,
        provider: provider.slug,
        nonce,
        code_verifier: codeVerifier,
        back_path: safeLocalPath(back, "") || null,
        link_user_id: link ? requireUser(request.user).id : null,
      },
      services.clock(),
    );
    reply.setCookie(OIDC_STATE_COOKIE, state, cookieOptions(reply.server.cookieNames, LOGIN_STATE_MINUTES * 60));
    reply.header("cache-control", "no-store");
    const url = await authorizationUrl(config, provider, {
      redirectUri: `${request.siteUrl}${CALLBACK_PATH}`,
      state,
      nonce,
      codeVerifier,
    });
    if (link)
      return sendPage(
        reply,
        <ContinueToProviderPage ctx={request.pageContext()} url={url.href} label={provider.label} />,
      );
    return reply.redirect(url.href, 303);
  }

  function failed(request: FastifyRequest, reply: FastifyReply, error: unknown) {
    if (!(error instanceof SignInError)) throw error;
    request.log.warn({ reason: error.reason, detail: error.detail }, "sign-in through a provider failed");
    reply.header("cache-control", "no-store");
    // The language link returns to the log-in page, not to this URL: it may hold the code and state.
    const ctx = { ...request.pageContext(), url: "/inloggen" };
    return sendPage(reply, <SignInFailedPage ctx={ctx} reason={error.reason} />, SIGN_IN_FAILURE_STATUS[error.reason]);
  }

  app.get<{ Querystring: { provider?: unknown; terug?: unknown } }>("/inloggen/oidc", async (request, reply) => {
    try {
      return await start(request, reply, request.query.provider, request.query.terug, false);
    } catch (error) {
      return failed(request, reply, error);
    }
  });

  app.post("/inloggen/oidc/koppelen", async (request, reply) => {
    requireUser(request.user);
    const body = (request.body ?? {}) as Record<string, unknown>;
    try {
      return await start(request, reply, body.provider, "/account", true);
    } catch (error) {
      return failed(request, reply, error);
    }
  });

  // private_key_jwt: the public half of the site's key for this provider, for the broker to fetch.
  app.get<{ Params: { slug: string } }>("/inloggen/oidc/:slug/jwks.json", async (request, reply) => {
    const provider = chooseProvider(await siteProviders(db, services.config, request.site), request.params.slug);
    if (!provider?.privateJwk || provider.clientAuth !== "private_key_jwt") throw notFound();
    reply.header("cache-control", "public, max-age=300");
    return reply.type("application/json").send({ keys: [publicJwk(provider.privateJwk)] });
  });

  app.get<{ Querystring: Record<string, unknown> }>(CALLBACK_PATH, async (request, reply) => {
    const cookieState = request.cookies[OIDC_STATE_COOKIE];
    reply.clearCookie(OIDC_STATE_COOKIE, cookieOptions(reply.server.cookieNames));
    const { state, error } = request.query;
    try {
      // Only the browser that started this sign-in can finish it, and only once.
      const login =
        typeof state === "string" && state !== "" && state === cookieState
          ? await takeLoginState(db, request.site.id, state, services.clock())
          : null;
      if (typeof error === "string") {
        throw new SignInError(error === "access_denied" ? "cancelled" : "providerError", `callback: ${error}`);
      }
      if (!login) throw new SignInError("state", cookieState ? "unknown or used state" : "no state cookie");
      // Linking was asked by this account; if the browser signed out or changed accounts since, stop.
      if (login.link_user_id !== null && request.user?.id !== login.link_user_id)
        throw new SignInError("state", "account changed during linking");
      const provider = chooseProvider(await siteProviders(db, services.config, request.site), login.provider);
      if (!provider) throw new SignInError("unknownProvider", "removed during sign-in");
      const config = await providerConfiguration(provider, services.config.oidcTimeoutSeconds);
      const query = request.url.includes("?") ? request.url.slice(request.url.indexOf("?")) : "";
      const proven = await completeSignIn(config, new URL(`${request.siteUrl}${CALLBACK_PATH}${query}`), {
        state: state as string,
        nonce: login.nonce,
        codeVerifier: login.code_verifier,
      });
      if (!assuranceReached(provider.acrValues, proven.acr))
        throw new SignInError("assurance", `reached ${String(proven.acr ?? "none")}`);
      const result = await signInWithIdentity(services, request.site, {
        providerSlug: provider.slug,
        issuer: proven.issuer,
        subject: proven.subject,
        claims: mapClaims(proven.claims, provider.claims),
        language: request.lang,
        linkUserId: login.link_user_id,
        previousToken: request.sessionToken,
      });
      setSessionCookie(reply, reply.server.cookieNames, result.token);
      request.log.info({ outcome: result.outcome, provider: provider.slug }, "signed in through a provider");
      if (result.outcome === "created") return redirectWithFlash(reply, "/account", "identity.flash.created");
      if (result.outcome === "linked") return redirectWithFlash(reply, "/account", "identity.flash.linked");
      return redirectWithFlash(reply, login.back_path ?? "/", "auth.flash.loggedIn");
    } catch (failure) {
      return failed(request, reply, failure);
    }
  });
}
