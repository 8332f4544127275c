// Rate limits on the account forms, so passwords cannot be guessed and mailboxes cannot be
// flooded. Counters are shared by all app processes (services.rateLimiter: Redis or database).
import { RateLimitedError } from "../http/errors";
import type { Services } from "../services";

export interface Limit {
  limit: number;
  windowSeconds: number;
}

export const AUTH_LIMITS = {
  /** Attempts on one account since its last successful log-in: stops guessing one password. */
  loginAccount: { limit: 5, windowSeconds: 15 * 60 },
  /** All log-in attempts from one address: stops trying one password on many accounts. */
  loginIp: { limit: 20, windowSeconds: 15 * 60 },
  registerIp: { limit: 5, windowSeconds: 60 * 60 },
  resetAccount: { limit: 3, windowSeconds: 60 * 60 },
  resetIp: { limit: 10, windowSeconds: 60 * 60 },
  /** "Send the link again" and e-mail changes: each sends a mail. */
  mailAccount: { limit: 3, windowSeconds: 60 * 60 },
  /** Sign-ins started through an identity provider (each keeps a row for 10 minutes). */
  oidcStartIp: { limit: 60, windowSeconds: 15 * 60 },
} satisfies Record<string, Limit>;

export type LimitName = keyof typeof AUTH_LIMITS;

const keyOf = (name: LimitName, siteId: number, subject: string | number) => `auth:${name}:${siteId}:${subject}`;

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

export async function clearAttempts(
  services: Services,
  name: LimitName,
  siteId: number,
  subject: string | number,
): Promise<void> {
  await services.rateLimiter.reset(keyOf(name, siteId, subject));
}
