import { Redis } from "ioredis";
import { afterAll, describe, expect, it } from "vitest";
import type { Db } from "../db/database";
import { migrateToLatest } from "../db/migrate";
import { testDatabases } from "../../../test/support/databases";
import { databaseRateLimiter, memoryRateLimiter, redisRateLimiter, type RateLimiter } from "./rate-limit";

const now = new Date("2026-11-26T10:00:00Z");
const later = (seconds: number) => new Date(now.getTime() + seconds * 1000);

function behavesAsRateLimiter(make: () => Promise<RateLimiter>) {
  it("allows up to the limit, then refuses with the seconds left in the window", async () => {
    const limiter = await make();
    const key = `login:${Math.random()}`;
    for (let i = 0; i < 3; i++) expect((await limiter.hit(key, 3, 60, later(i))).allowed).toBe(true);
    const refused = await limiter.hit(key, 3, 60, later(10));
    expect(refused.allowed).toBe(false);
    expect(refused.retryAfterSeconds).toBeGreaterThan(0);
    expect(refused.retryAfterSeconds).toBeLessThanOrEqual(60);
  });

  it("peeks without counting: open until the limit is reached, then the seconds left", async () => {
    const limiter = await make();
    const key = `failures:${Math.random()}`;
    expect((await limiter.peek(key, 2, now)).allowed).toBe(true);
    await limiter.hit(key, 2, 60, now);
    for (let i = 0; i < 3; i++) expect((await limiter.peek(key, 2, later(1))).allowed).toBe(true);
    await limiter.hit(key, 2, 60, later(2));
    const closed = await limiter.peek(key, 2, later(3));
    expect(closed.allowed).toBe(false);
    expect(closed.retryAfterSeconds).toBeGreaterThan(0);
    expect(closed.retryAfterSeconds).toBeLessThanOrEqual(60);
  });

  it("counts keys separately and forgets a key on reset", async () => {
    const limiter = await make();
    const a = `a:${Math.random()}`,
      b = `b:${Math.random()}`;
    await limiter.hit(a, 1, 60, now);
    expect((await limiter.hit(a, 1, 60, now)).allowed).toBe(false);
    expect((await limiter.hit(b, 1, 60, now)).allowed).toBe(true);
    await limiter.reset(a);
    expect((await limiter.hit(a, 1, 60, now)).allowed).toBe(true);
  });
}

describe.each(testDatabases)("rate limits in the $name database", (database) => {
  const opened: Db[] = [];
  afterAll(async () => {
    for (const db of opened) await db.close();
  });
  behavesAsRateLimiter(async () => {
    const db = await database.open();
    opened.push(db);
    await migrateToLatest(db, []);
    return databaseRateLimiter(db);
  });

  it("starts a new window once the old one has passed", async () => {
    const db = await database.open();
    opened.push(db);
    await migrateToLatest(db, []);
    const limiter = databaseRateLimiter(db);
    await limiter.hit("w", 1, 60, now);
    expect((await limiter.hit("w", 1, 60, later(30))).allowed).toBe(false);
    expect((await limiter.hit("w", 1, 60, later(61))).allowed).toBe(true);
  });
});

describe("rate limits in memory (SQLite runs as one process)", () => {
  behavesAsRateLimiter(async () => memoryRateLimiter());

  it("forgets windows that have passed when it is full", async () => {
    const limiter = memoryRateLimiter(2);
    await limiter.hit("a", 1, 60, now);
    await limiter.hit("b", 1, 60, now);
    expect((await limiter.hit("a", 1, 60, later(30))).allowed).toBe(false);
    expect((await limiter.hit("c", 1, 60, later(61))).allowed).toBe(true);
    expect((await limiter.hit("a", 1, 60, later(62))).allowed).toBe(true);
  });
});

// CI sets REDIS_TEST_URL (this kind of machine runs Redis on 6379).
const redisUrl = process.env.REDIS_TEST_URL;
describe.runIf(redisUrl)("rate limits in Redis", () => {
  const clients: Redis[] = [];
  afterAll(() => {
    for (const c of clients) c.disconnect();
  });
  const connect = () => {
    const redis = new Redis(redisUrl!);
    clients.push(redis);
    return redis;
  };
  behavesAsRateLimiter(async () => redisRateLimiter(connect()));

  /** The client of a process that dies right after its first command reached Redis. */
  function diesAfterFirstCommand(redis: Redis): Redis {
    let commands = 0;
    return new Proxy(redis, {
      get(target, property) {
        const value = Reflect.get(target, property, target);
        if (typeof value !== "function") return value;
        return (...args: unknown[]) => {
          if (++commands > 1) throw new Error("the process died");
          return value.apply(target, args);
        };
      },
    });
  }

  it("always gives the counter an expiry, even when the process dies after its first command", async () => {
    const redis = connect();
    const key = `crash:${Math.random()}`;
    await redisRateLimiter(diesAfterFirstCommand(redis))
      .hit(key, 5, 60, now)
      .catch(() => undefined);
    expect(await redis.get(`inspraak:rl:${key}`)).toBe("1");
    const ttl = await redis.pttl(`inspraak:rl:${key}`);
    expect(ttl, "a counter without expiry would lock the client out for good").toBeGreaterThan(0);
    expect(ttl).toBeLessThanOrEqual(60_000);
  });

  it("gives a counter left without expiry (by an older version) one at the next attempt", async () => {
    const redis = connect();
    const key = `stuck:${Math.random()}`;
    await redis.set(`inspraak:rl:${key}`, "99");
    const result = await redisRateLimiter(redis).hit(key, 5, 60, now);
    expect(result.allowed).toBe(false);
    expect(result.retryAfterSeconds).toBeLessThanOrEqual(60);
    expect(await redis.pttl(`inspraak:rl:${key}`)).toBeGreaterThan(0);
  });

  it("keeps the window's expiry while counting (a busy client is not extended forever)", async () => {
    const redis = connect();
    const key = `window:${Math.random()}`;
    const limiter = redisRateLimiter(redis);
    await limiter.hit(key, 5, 60, now);
    await redis.pexpire(`inspraak:rl:${key}`, 30_000);
    await limiter.hit(key, 5, 60, now);
    expect(await redis.pttl(`inspraak:rl:${key}`)).toBeLessThanOrEqual(30_000);
  });
});
