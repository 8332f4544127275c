// Fixed-window counters for log-in, registration, password reset, voting and anonymous
// participation. Where they live follows from how Inspraak runs:
// - Redis (REDIS_URL): shared by any number of app processes;
// - PostgreSQL without Redis: in the database, still shared by all processes;
// - SQLite: one process by definition (an embedded database file), so in that process's memory —
//   a vote then costs no extra write. A restart forgets the counters, which only ever lets a
//   client in earlier, never locks anyone out.
import type { Redis } from "ioredis";
import type { Db } from "../db/database";
import { iso } from "../db/time";

export interface RateLimitResult {
  allowed: boolean;
  retryAfterSeconds: number;
}

export interface RateLimiter {
  /** Counts one attempt for `key`; refuses once more than `limit` fall in the window. */
  hit(key: string, limit: number, windowSeconds: number, now: Date): Promise<RateLimitResult>;
  /**
   * Whether `key` has room for another attempt, without counting one: refused once `limit`
   * attempts fall in the window. For limits that count only failures (auth-limits.ts): the check
   * comes before the attempt, the count only after it failed.
   */
  peek(key: string, limit: number, now: Date): Promise<RateLimitResult>;
  reset(key: string): Promise<void>;
}

export function databaseRateLimiter(db: Db): RateLimiter {
  return {
    async hit(key, limit, windowSeconds, now) {
      const resetAt = iso(new Date(now.getTime() + windowSeconds * 1000));
      const row = await db.kysely
        .insertInto("rate_limits")
        .values({ key, count: 1, reset_at: resetAt })
        .onConflict((oc) =>
          oc.column("key").doUpdateSet((eb) => ({
            count: eb
              .case()
              .when("rate_limits.reset_at", "<=", iso(now))
              .then(1)
              .else(eb("rate_limits.count", "+", 1))
              .end(),
            reset_at: eb
              .case()
              .when("rate_limits.reset_at", "<=", iso(now))
              .then(resetAt)
              .else(eb.ref("rate_limits.reset_at"))
              .end(),
          })),
        )
        .returning(["count", "reset_at"])
        .executeTakeFirstOrThrow();
      return verdict(row.count, limit, new Date(row.reset_at), now);
    },
    async peek(key, limit, now) {
      const row = await db.kysely
        .selectFrom("rate_limits")
        .select(["count", "reset_at"])
        .where("key", "=", key)
        .where("reset_at", ">", iso(now))
        .executeTakeFirst();
      return row ? verdict(row.count + 1, limit, new Date(row.reset_at), now) : OPEN;
    },
    async reset(key) {
      await db.kysely.deleteFrom("rate_limits").where("key", "=", key).execute();
    },
  };
}

// INCR and the expiry in one atomic script: with two commands, a process that died between them
// left a counter without expiry, which locked that client out for good. A counter without
// expiry (left by an older version) gets one here too.
const HIT_SCRIPT = `
local count = redis.call("INCR", KEYS[1])
local ttl = redis.call("PTTL", KEYS[1])
if ttl < 0 then
  redis.call("PEXPIRE", KEYS[1], ARGV[1])
  ttl = tonumber(ARGV[1])
end
return { count, ttl }`;

export function redisRateLimiter(redis: Redis): RateLimiter {
  return {
    async hit(key, limit, windowSeconds, now) {
      const [count, ttlMs] = (await redis.eval(HIT_SCRIPT, 1, `inspraak:rl:${key}`, windowSeconds * 1000)) as [
        number,
        number,
      ];
      return verdict(count, limit, new Date(now.getTime() + ttlMs), now);
    },
    async peek(key, limit, now) {
      const [count, ttlMs] = await Promise.all([redis.get(`inspraak:rl:${key}`), redis.pttl(`inspraak:rl:${key}`)]);
      if (count === null || ttlMs <= 0) return OPEN;
      return verdict(Number(count) + 1, limit, new Date(now.getTime() + ttlMs), now);
    },
    async reset(key) {
      await redis.del(`inspraak:rl:${key}`);
    },
  };
}

export function memoryRateLimiter(maxKeys = 100_000): RateLimiter {
  const windows = new Map<string, { count: number; resetAt: number }>();
  const prune = (now: number) => {
    for (const [key, w] of windows) if (w.resetAt <= now) windows.delete(key);
  };
  return {
    async hit(key, limit, windowSeconds, now) {
      const t = now.getTime();
      let w = windows.get(key);
      if (!w || w.resetAt <= t) {
        if (windows.size >= maxKeys) prune(t);
        w = { count: 0, resetAt: t + windowSeconds * 1000 };
        windows.set(key, w);
      }
      w.count++;
      return verdict(w.count, limit, new Date(w.resetAt), now);
    },
    async peek(key, limit, now) {
      const w = windows.get(key);
      if (!w || w.resetAt <= now.getTime()) return OPEN;
      return verdict(w.count + 1, limit, new Date(w.resetAt), now);
    },
    async reset(key) {
      windows.delete(key);
    },
  };
}

const OPEN: RateLimitResult = { allowed: true, retryAfterSeconds: 0 };

function verdict(count: number, limit: number, resetAt: Date, now: Date): RateLimitResult {
  const retryAfterSeconds = Math.max(1, Math.ceil((resetAt.getTime() - now.getTime()) / 1000));
  return { allowed: count <= limit, retryAfterSeconds };
}
