// Per request: the site (by host), the language, the logged-in user, and the CSRF check for
// every state-changing method. Routes can rely on these being set.
import crypto from "node:crypto";
import type { FastifyInstance, FastifyReply, FastifyRequest } from "fastify";
import { loadSessionUser, type CurrentUser } from "../auth/sessions";
import type { Language, Site } from "../db/types";
import { translator, type Translate } from "../i18n/catalog";
import type { Services } from "../services";
import { resolveSite } from "../sites/resolve";
import type { PageContext } from "../views/context";
import { csrfTokenFor, csrfTokenValid, isCrossSite } from "./csrf";
import { HttpError } from "./errors";
import type { LazyAssets } from "./assets";
import { type CookieNames, cookieOptions, FLASH_COOKIE } from "./cookies";

declare module "fastify" {
  interface FastifyRequest {
    site: Site;
    /** The site's own address ("https://inspraak.example.nl"), for absolute links; see sites/urls.ts. */
    siteUrl: string;
    user: CurrentUser | null;
    lang: Language;
    t: Translate;
    sessionToken: string | null;
    pageContext(): PageContext;
    csrfToken(): string;
  }
}

const SAFE_METHODS = new Set(["GET", "HEAD", "OPTIONS"]);

export function registerRequestContext(
  app: FastifyInstance,
  services: Services,
  assets: LazyAssets,
  cookies: CookieNames,
): void {
  app.decorateRequest("site", null as unknown as Site);
  app.decorateRequest("siteUrl", "");
  app.decorateRequest("user", null);
  app.decorateRequest("lang", "nl");
  app.decorateRequest("t", null as unknown as Translate);
  app.decorateRequest("sessionToken", null);
  app.decorateRequest("pageContext", function (this: FastifyRequest) {
    return buildPageContext(this, services, assets);
  });
  app.decorateRequest("csrfToken", function (this: FastifyRequest) {
    return csrfToken(this, services.secret, cookies);
  });

  app.addHook("onRequest", async (request) => {
    if (request.url.startsWith("/assets/") || request.url === "/healthz" || request.url === "/readyz") return;
    const resolved = await resolveSite(services.db.kysely, services.config, request.headers.host);
    if (!resolved) throw new HttpError(503, "errors.noSite");
    const site = resolved.site;
    request.site = site;
    request.siteUrl = resolved.baseUrl;
    const token = request.cookies[cookies.session];
    if (token) {
      request.user = await loadSessionUser(
        services.db,
        token,
        site.id,
        services.clock(),
        services.config.sessionIdleMinutes,
      );
      request.sessionToken = request.user ? token : null;
    }
    request.lang = chooseLanguage(request.cookies.inspraak_lang, site);
    request.t = translator(request.lang);
  });

  app.addHook("preHandler", async (request) => {
    if (SAFE_METHODS.has(request.method) || request.url.startsWith("/assets/")) return;
    // A route may opt out only when a secret in its URL authenticates the request instead of a
    // session (RFC 8058 one-click unsubscribe: mail providers POST without cookies or a token).
    if ((request.routeOptions.config as { csrfExempt?: boolean } | undefined)?.csrfExempt) return;
    if (isCrossSite(request.headers, request.headers.host)) throw new HttpError(403, "errors.crossSite");
    const binding = request.sessionToken ?? request.cookies[cookies.csrf];
    const body = request.body as Record<string, unknown> | undefined;
    const given = request.headers["x-csrf-token"] ?? body?._csrf;
    if (!csrfTokenValid(services.secret, binding, given)) throw new HttpError(403, "errors.csrf");
  });
}

function chooseLanguage(cookie: string | undefined, site: Site): Language {
  const offered = site.languages.split(",") as Language[];
  if (cookie === "nl" || cookie === "en") return offered.includes(cookie) ? cookie : offered[0]!;
  return offered[0] ?? "nl";
}

const newCsrfCookies = new WeakMap<FastifyRequest, string>();

/** A page with several forms asks several times; the HMAC is made once per request. */
const tokensMade = new WeakMap<FastifyRequest, string>();

function csrfToken(request: FastifyRequest, secret: string, cookies: CookieNames): string {
  let token = tokensMade.get(request);
  if (!token) {
    token = makeCsrfToken(request, secret, cookies);
    tokensMade.set(request, token);
  }
  return token;
}

function makeCsrfToken(request: FastifyRequest, secret: string, cookies: CookieNames): string {
  if (request.sessionToken) return csrfTokenFor(secret, request.sessionToken);
  let anon = request.cookies[cookies.csrf];
  if (!anon) {
    anon = crypto.randomBytes(24).toString("base64url");
    request.cookies[cookies.csrf] = anon; // the same token for every form on this page
    newCsrfCookies.set(request, anon);
  }
  return csrfTokenFor(secret, anon);
}

/** Sets the anonymous CSRF cookie when a page asked for a token; called from onSend. */
export function flushCsrfCookie(request: FastifyRequest, reply: FastifyReply, cookies: CookieNames): void {
  const anon = newCsrfCookies.get(request);
  if (anon) reply.setCookie(cookies.csrf, anon, cookieOptions(cookies));
}

function buildPageContext(request: FastifyRequest, services: Services, assets: LazyAssets): PageContext {
  const flash = request.cookies[FLASH_COOKIE] ?? null;
  return {
    t: request.t,
    lang: request.lang,
    site: request.site,
    user: request.user,
    csrfToken: () => request.csrfToken(),
    path: request.url.split("?")[0] ?? "/",
    url: request.url,
    flash: flash && /^[a-zA-Z][\w.]*$/.test(flash) ? flash : null,
    nav: services.components.flatMap((c) => c.nav ?? []),
    assets: assets.current!.urls,
  };
}
