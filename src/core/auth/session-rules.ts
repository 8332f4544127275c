// Pure rules for session life: idle and absolute time-outs, and when to record activity.
export interface SessionTimes {
  createdAt: string;
  lastSeenAt: string;
  expiresAt: string;
}

export function sessionAlive(s: SessionTimes, now: Date, idleMinutes: number): boolean {
  if (now.getTime() >= Date.parse(s.expiresAt)) return false;
  return now.getTime() - Date.parse(s.lastSeenAt) < idleMinutes * 60_000;
}

/** Writing last_seen_at on every request would make every page view a write; once a minute is enough. */
export function shouldTouch(s: SessionTimes, now: Date): boolean {
  return now.getTime() - Date.parse(s.lastSeenAt) >= 60_000;
}
