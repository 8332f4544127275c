// Rate limits on the account forms, so passwords cannot be guessed and mailboxes cannot be
// flooded. Counters are shared by all app processes (services.rateLimiter: Redis or database).
import { RateLimitedError } from "../http/errors";
import type { Services } from "../services";

export interface Limit {
  limit: number;
  windowSeconds: number;
}

// Sized for a sign-up evening in a community centre: dozens of people behind one address (the
// centre's NAT), each registering and logging in once, some mistyping. So per address we limit
// failures (what guessing and probing produce), and successes only with a generous cap that stops
// mass account creation by a script. Numbers and reasons: docs/accounts.md, "Rate limits".
export const AUTH_LIMITS = {
  /** Attempts on one account since its last successful log-in: stops guessing one password. */
  loginAccount: { limit: 5, windowSeconds: 15 * 60 },
  /** Failed log-ins from one address: stops trying one password on many accounts. */
  loginFailedIp: { limit: 30, windowSeconds: 15 * 60 },
  /** Successful log-ins from one address: a whole hall logging in, not a script cycling accounts. */
  loginIp: { limit: 300, windowSeconds: 15 * 60 },
  /** Refused registrations (invalid form) from one address: probing, not people. */
  registerFailedIp: { limit: 30, windowSeconds: 15 * 60 },
  /** Registrations from one address: a hall full of new residents, not a script creating accounts. */
  registerIp: { limit: 100, windowSeconds: 60 * 60 },
  /** Registrations naming one e-mail address: each sends that address a mail. */
  registerEmail: { limit: 3, windowSeconds: 60 * 60 },
  resetAccount: { limit: 3, windowSeconds: 60 * 60 },
  resetIp: { limit: 10, windowSeconds: 60 * 60 },
  /** "Send the link again" and e-mail changes: each sends a mail. */
  mailAccount: { limit: 3, windowSeconds: 60 * 60 },
  /** Sign-ins started through an identity provider (each keeps a row for 10 minutes). */
  oidcStartIp: { limit: 60, windowSeconds: 15 * 60 },
} satisfies Record<string, Limit>;

export type LimitName = keyof typeof AUTH_LIMITS;

/** The counter's key; exported for tests that fill a counter without a hundred requests. */
export const keyOf = (name: LimitName, siteId: number, subject: string | number) => `auth:${name}:${siteId}:${subject}`;

/** Counts one attempt; throws RateLimitedError (429 with Retry-After) once over the limit. */
export async function countAttempt(
  services: Services,
  name: LimitName,
  siteId: number,
  subject: string | number,
): Promise<void> {
  const { limit, windowSeconds } = AUTH_LIMITS[name];
  const result = await services.rateLimiter.hit(keyOf(name, siteId, subject), limit, windowSeconds, services.clock());
  if (!result.allowed) throw new RateLimitedError(result.retryAfterSeconds);
}

/** Refuses (429 with Retry-After) when `name` is full, without counting: for limits on failures. */
export async function refuseWhenFull(
  services: Services,
  name: LimitName,
  siteId: number,
  subject: string | number,
): Promise<void> {
  const { limit } = AUTH_LIMITS[name];
  const result = await services.rateLimiter.peek(keyOf(name, siteId, subject), limit, services.clock());
  if (!result.allowed) throw new RateLimitedError(result.retryAfterSeconds);
}

/** Counts one failure; it is refused at the next attempt (refuseWhenFull), not at this one. */
export async function countFailure(
  services: Services,
  name: LimitName,
  siteId: number,
  subject: string | number,
): Promise<void> {
  const { limit, windowSeconds } = AUTH_LIMITS[name];
  await services.rateLimiter.hit(keyOf(name, siteId, subject), limit, windowSeconds, services.clock());
}

export async function clearAttempts(
  services: Services,
  name: LimitName,
  siteId: number,
  subject: string | number,
): Promise<void> {
  await services.rateLimiter.reset(keyOf(name, siteId, subject));
}
