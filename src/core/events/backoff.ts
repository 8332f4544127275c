// Retry schedule for outbox rows: 30 s, 1 min, 2 min … capped at 6 hours; given up after 12 tries.
export const MAX_ATTEMPTS = 12;

export function retryDelaySeconds(attempts: number): number {
  return Math.min(30 * 2 ** Math.max(0, attempts - 1), 6 * 3600);
}
