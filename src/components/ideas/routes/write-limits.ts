// Limits on what residents write about ideas: comments, reports and new ideas (drafts). All need
// an account, so they count per account (registration is limited per address, see auth-limits.ts).
// Sized for people: typing a thoughtful comment takes a minute or more, so a resident who writes
// all evening stays far below them, while a script posting hundreds a minute is stopped at once.
// A refused request saves nothing and answers 429 with Retry-After (the error page explains).
import { RateLimitedError } from "../../../core/http/errors";
import type { Limit } from "../../../core/auth/auth-limits";
import type { CurrentUser } from "../../../core/auth/sessions";
import type { Services } from "../../../core/services";

export const WRITE_LIMITS = {
  /** 30 in a quarter of an hour: one every 30 seconds without pause. */
  comment: { limit: 30, windowSeconds: 15 * 60 },
  /** Reports go to the moderators; 20 an hour still lets someone report a wave of spam. */
  report: { limit: 20, windowSeconds: 60 * 60 },
  /** New ideas: a resident has a few at a time, not dozens. */
  draft: { limit: 10, windowSeconds: 60 * 60 },
} satisfies Record<string, Limit>;

export type WriteKind = keyof typeof WRITE_LIMITS;

/** Counts one valid submission; throws RateLimitedError (429) once over the limit. */
export async function countWrite(services: Services, user: CurrentUser, kind: WriteKind): Promise<void> {
  const { limit, windowSeconds } = WRITE_LIMITS[kind];
  const result = await services.rateLimiter.hit(`ideas:${kind}:${user.id}`, limit, windowSeconds, services.clock());
  if (!result.allowed) throw new RateLimitedError(result.retryAfterSeconds, "errors.writingTooFast");
}
