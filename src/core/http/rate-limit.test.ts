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
  behavesAsRateLimiter(async () => {
    const redis = new Redis(redisUrl!);
    clients.push(redis);
    return redisRateLimiter(redis);
  });
});
