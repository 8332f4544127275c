// Who is answering: the holder of an answer code, known by the token in that survey's code cookie
// (set when the code is entered, codes/routes.tsx); else the account when logged in; otherwise
// (only where the consultation allows anonymous answers) a visitor known by a random token in an
// HttpOnly cookie. Only a token's SHA-256 is stored, so the database cannot be used to take over
// someone's draft; the anonymous cookie is set on the first save, never by just looking.
import crypto from "node:crypto";
import type { FastifyReply, FastifyRequest } from "fastify";
import { cookieOptions } from "../../../core/http/cookies";
import { RateLimitedError } from "../../../core/http/errors";
import type { Services } from "../../../core/services";
import type { Respondent } from "../store/responses";

const MONTHS_SECONDS = 180 * 24 * 3600;

export function surveyCookieName(request: FastifyRequest): string {
  // __Host- cookies must be Secure, so plain-http development uses the unprefixed name.
  return request.server.cookieNames.secure ? "__Host-inspraak_survey" : "inspraak_survey";
}

export const tokenHash = (token: string) => crypto.createHash("sha256").update(`survey:${token}`).digest("base64url");

const codeCookieName = (request: FastifyRequest, surveyId: number) =>
  `${request.server.cookieNames.secure ? "__Host-" : ""}inspraak_code_${surveyId}`;

const tokenIn = (request: FastifyRequest, name: string) => {
  const token = request.cookies[name];
  return token && /^[\w-]{32,64}$/.test(token) ? token : null;
};

/** The code holder's respondent, when this browser entered an answer code for the survey. */
export function codeRespondent(request: FastifyRequest, surveyId: number): Respondent | null {
  const token = tokenIn(request, codeCookieName(request, surveyId));
  return token ? { kind: "code", keyHash: tokenHash(token) } : null;
}

/**
 * A new token for this survey's code cookie, for an entered code: its hash to store, and `give`
 * to set the cookie once the code was accepted. A new one each time: a household sharing a
 * browser may enter several codes, each leading to its own response.
 */
export function newCodeToken(request: FastifyRequest, reply: FastifyReply, surveyId: number) {
  const token = crypto.randomBytes(32).toString("base64url");
  const options = cookieOptions(request.server.cookieNames, MONTHS_SECONDS);
  return { keyHash: tokenHash(token), give: () => reply.setCookie(codeCookieName(request, surveyId), token, options) };
}

/** The respondent already known for this request, without making a cookie. */
export function knownRespondent(request: FastifyRequest, anonymous: boolean): Respondent | null {
  if (request.user) return { kind: "user", userId: request.user.id };
  if (!anonymous) return null;
  const token = tokenIn(request, surveyCookieName(request));
  return token ? { kind: "anonymous", keyHash: tokenHash(token) } : null;
}

/** The respondent for a save; gives an anonymous visitor their token cookie when needed. */
export function respondentFor(request: FastifyRequest, reply: FastifyReply, anonymous: boolean): Respondent {
  const known = knownRespondent(request, anonymous);
  if (known) return known;
  const token = crypto.randomBytes(32).toString("base64url");
  reply.setCookie(surveyCookieName(request), token, cookieOptions(request.server.cookieNames, MONTHS_SECONDS));
  request.cookies[surveyCookieName(request)] = token;
  return { kind: "anonymous", keyHash: tokenHash(token) };
}

// Answering one survey takes a handful of posts (a page each, the summary, sending). Many
// residents can share an address (a library, an office), hence limits far above one person's.
export const ANONYMOUS_LIMITS = { newResponsesPerHourPerIp: 30, writesPerHourPerIp: 600 };

/** Writes without an account are limited per IP address, so that throwing the cookie away does not help. */
export async function limitAnonymous(
  services: Services,
  request: FastifyRequest,
  respondent: Respondent,
  startsResponse: boolean,
): Promise<void> {
  // A code holder has no account either: their writes count the same (their response was made
  // by entering the code, which has its own limit).
  if (respondent.kind === "user") return;
  const now = services.clock();
  const limiter = services.rateLimiter;
  const writes = await limiter.hit(`surveys:anon:ip:${request.ip}`, ANONYMOUS_LIMITS.writesPerHourPerIp, 3600, now);
  if (!writes.allowed) throw new RateLimitedError(writes.retryAfterSeconds, "consultations.errors.rateLimited");
  if (!startsResponse || respondent.kind === "code") return;
  const started = await limiter.hit(
    `surveys:anon-new:ip:${request.ip}`,
    ANONYMOUS_LIMITS.newResponsesPerHourPerIp,
    3600,
    now,
  );
  if (!started.allowed) throw new RateLimitedError(started.retryAfterSeconds, "consultations.errors.rateLimited");
}
