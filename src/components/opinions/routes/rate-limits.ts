// Limits on votes and statements, per participant (account or anonymous cookie) and, for
// anonymous visitors, per IP address, so that throwing the cookie away does not help. A refused
// request changes nothing; earlier votes stay.
import type { FastifyRequest } from "fastify";
import { RateLimitedError } from "../../../core/http/errors";
import type { Services } from "../../../core/services";
import type { ParticipantIdentity } from "../store/participants";
import { limitKey } from "./participant-identity";

export interface OpinionLimits {
  votesPerMinute: number;
  votesPerMinutePerIp: number;
  statementsPerHour: number;
  statementsPerHourPerIp: number;
}

// A careful reader answers a statement in a few seconds; 60 a minute is far above that. Many
// residents can share one IP address (a library, an office), hence the higher IP limits.
export const defaultLimits: OpinionLimits = {
  votesPerMinute: 60,
  votesPerMinutePerIp: 600,
  statementsPerHour: 10,
  statementsPerHourPerIp: 60,
};

export async function enforceLimit(
  services: Services,
  request: FastifyRequest,
  identity: ParticipantIdentity,
  kind: "vote" | "statement",
  limits: OpinionLimits,
): Promise<void> {
  const now = services.clock();
  const [perParticipant, perIp, window] =
    kind === "vote"
      ? [limits.votesPerMinute, limits.votesPerMinutePerIp, 60]
      : [limits.statementsPerHour, limits.statementsPerHourPerIp, 3600];
  const own = await services.rateLimiter.hit(`opinions:${kind}:${limitKey(identity)}`, perParticipant, window, now);
  if (!own.allowed) throw new RateLimitedError(own.retryAfterSeconds);
  if (identity.kind === "anonymous") {
    const ip = await services.rateLimiter.hit(`opinions:${kind}:ip:${request.ip}`, perIp, window, now);
    if (!ip.allowed) throw new RateLimitedError(ip.retryAfterSeconds);
  }
}
