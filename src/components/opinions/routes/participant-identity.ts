// Who is taking part: the account when logged in, otherwise an anonymous identity held in a
// random HttpOnly cookie. Only the cookie's SHA-256 is stored, so the database cannot be used to
// impersonate anyone; the cookie is set only when the visitor actually votes or writes.
import crypto from "node:crypto";
import type { FastifyReply, FastifyRequest } from "fastify";
import type { Executor } from "../../../core/db/database";
import { cookieOptions } from "../../../core/http/cookies";
import type { Services } from "../../../core/services";
import { findParticipantId, type ParticipantIdentity } from "../store/participants";

const YEAR_SECONDS = 365 * 24 * 3600;

export function anonymousCookieName(request: FastifyRequest): string {
  // __Host- cookies must be Secure, so plain-http development uses the unprefixed name.
  return request.server.cookieNames.secure ? "__Host-inspraak_opinions" : "inspraak_opinions";
}
const hash = (value: string) => crypto.createHash("sha256").update(`opinions:${value}`).digest("base64url");

/** The identity already known for this request, without creating a cookie. */
export function existingIdentity(request: FastifyRequest, _services: Services): ParticipantIdentity | null {
  if (request.user) return { kind: "user", userId: request.user.id };
  const value = request.cookies[anonymousCookieName(request)];
  return value && /^[\w-]{20,64}$/.test(value) ? { kind: "anonymous", keyHash: hash(value) } : null;
}

/** The identity for a vote or statement; gives an anonymous visitor a cookie when needed. */
export function identityFor(request: FastifyRequest, reply: FastifyReply, services: Services): ParticipantIdentity {
  const known = existingIdentity(request, services);
  if (known) return known;
  const value = crypto.randomBytes(24).toString("base64url");
  reply.setCookie(anonymousCookieName(request), value, cookieOptions(request.server.cookieNames, YEAR_SECONDS));
  request.cookies[anonymousCookieName(request)] = value;
  return { kind: "anonymous", keyHash: hash(value) };
}

export async function currentParticipantId(
  db: Executor,
  request: FastifyRequest,
  services: Services,
  conversationId: number,
): Promise<number | null> {
  const identity = existingIdentity(request, services);
  return identity ? findParticipantId(db, conversationId, identity) : null;
}

/** A stable key for rate limits: the account, or the anonymous cookie's hash. */
export function limitKey(identity: ParticipantIdentity): string {
  return identity.kind === "user" ? `user:${identity.userId}` : `anon:${identity.keyHash}`;
}
