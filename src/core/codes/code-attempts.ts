// Rate limits on entering a one-time code. Every attempt counts, before anything is looked up, so
// a wrong code costs the guesser as much as a right one. 20 attempts per 10 minutes per address is
// generous for a household (or a community centre) typing codes from letters, and makes guessing a
// 2^59 code space hopeless. Budgeting's voting codes and the letter codes share this rule.
import { RateLimitedError } from "../http/errors";
import type { Services } from "../services";

export const CODE_ATTEMPTS = { limit: 20, windowSeconds: 600 };

/** Counts one attempt under `scope:subject`; throws RateLimitedError (429) once over the limit. */
export async function countCodeAttempt(
  services: Services,
  scope: string,
  subject: string | number,
  limit: { limit: number; windowSeconds: number } = CODE_ATTEMPTS,
): Promise<void> {
  const result = await services.rateLimiter.hit(
    `${scope}:${subject}`,
    limit.limit,
    limit.windowSeconds,
    services.clock(),
  );
  if (!result.allowed) throw new RateLimitedError(result.retryAfterSeconds);
}
