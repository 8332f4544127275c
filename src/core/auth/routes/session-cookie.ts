// The session cookie: HttpOnly, SameSite=Lax, Secure under https (then also __Host-, see
// cookieNames). No Max-Age: it ends when the browser closes, which suits shared computers in
// libraries and community centres; the server ends it anyway after the idle or absolute time-out.
import type { FastifyReply } from "fastify";
import { type CookieNames, cookieOptions } from "../../http/cookies";

const attributes = (cookies: CookieNames) => cookieOptions(cookies);

export function setSessionCookie(reply: FastifyReply, cookies: CookieNames, token: string): void {
  reply.setCookie(cookies.session, token, attributes(cookies));
  // From now on CSRF tokens are bound to the session; the anonymous cookie has no role left.
  reply.clearCookie(cookies.csrf, attributes(cookies));
}

export function clearSessionCookie(reply: FastifyReply, cookies: CookieNames): void {
  reply.clearCookie(cookies.session, attributes(cookies));
}
