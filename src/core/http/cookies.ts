// Every cookie Inspraak sets or clears gets its attributes here, so none can forget one: HttpOnly
// (no script reads them), SameSite=Lax, path "/", and Secure whenever the site runs on https
// (PUBLIC_URL). Session and CSRF cookies also get the __Host- prefix then. Cookies that should end
// with the browser (the session) have no Max-Age.
import type { CookieSerializeOptions } from "@fastify/cookie";
import type { FastifyReply } from "fastify";

export interface CookieNames {
  session: string;
  csrf: string;
  secure: boolean;
}

declare module "fastify" {
  interface FastifyInstance {
    /** Set once in app.ts from PUBLIC_URL; read through cookieOptions. */
    cookieNames: CookieNames;
  }
}

export function cookieNames(https: boolean): CookieNames {
  // __Host- cookies must be Secure, so plain-http development uses unprefixed names.
  return https
    ? { session: "__Host-inspraak_session", csrf: "__Host-inspraak_csrf", secure: true }
    : { session: "inspraak_session", csrf: "inspraak_csrf", secure: false };
}

export function cookieOptions(cookies: CookieNames, maxAgeSeconds?: number): CookieSerializeOptions {
  return {
    path: "/",
    httpOnly: true,
    sameSite: "lax",
    secure: cookies.secure,
    ...(maxAgeSeconds === undefined ? {} : { maxAge: maxAgeSeconds }),
  };
}

/** The one-time message shown on the next page (POST-redirect-GET); a catalog key, not text. */
export const FLASH_COOKIE = "inspraak_flash";
const FLASH_SECONDS = 60;

export function setFlashCookie(reply: FastifyReply, messageKey: string): void {
  reply.setCookie(FLASH_COOKIE, messageKey, cookieOptions(reply.server.cookieNames, FLASH_SECONDS));
}

export function clearFlashCookie(reply: FastifyReply): void {
  reply.clearCookie(FLASH_COOKIE, cookieOptions(reply.server.cookieNames));
}
