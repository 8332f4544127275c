// What the component benches share: the bare Fastify baseline they are measured against, a
// scratch database, residents with sessions (inserted directly: the benches measure voting, not
// log-in), and how a run of form posts is scored.
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import autocannon from "autocannon";
import Fastify from "fastify";
import { createSession } from "../../src/core/auth/sessions";
import { newToken } from "../../src/core/auth/tokens";
import { csrfTokenFor } from "../../src/core/http/csrf";
import type { Kysely } from "kysely";
import type { Database } from "../../src/core/db/types";
import type { Services } from "../../src/core/services";

/** A bare route answering `{ ok: true }`, loaded the same way as the scenario it is compared with. */
export async function bareBaseline(
  method: "GET" | "POST",
  connections: number,
  duration: number,
): Promise<autocannon.Result> {
  const bare = Fastify();
  bare.route({ method, url: "/", handler: async () => ({ ok: true }) });
  const url = await bare.listen({ port: 0, host: "127.0.0.1" });
  const load = {
    url,
    method,
    connections,
    ...(method === "POST" ? { body: "x=1", headers: { "content-type": "application/x-www-form-urlencoded" } } : {}),
  };
  await autocannon({ ...load, duration: 1 });
  const result = await autocannon({ ...load, duration });
  await bare.close();
  return result;
}

/** An SQLite file in a temporary folder, or BENCH_DATABASE_URL (PostgreSQL) when set. */
export function scratchDatabase(): { url: string; kind: "sqlite" | "postgres"; remove(): void } {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "inspraak-bench-"));
  const url = process.env.BENCH_DATABASE_URL ?? `sqlite:${path.join(dir, "bench.db")}`;
  return {
    url,
    kind: url.startsWith("postgres") ? "postgres" : "sqlite",
    remove: () => fs.rmSync(dir, { recursive: true, force: true }),
  };
}

export interface BenchResident {
  id: number;
  name: string;
  cookie: string;
  csrf: string;
}

export async function benchResidents(
  services: Services,
  siteId: number,
  count: number,
  postcode = "1010 AB",
): Promise<BenchResident[]> {
  return insertResidents(services.db.kysely, services.secret, services.clock(), siteId, count, postcode);
}

/** The same, on a database the bench reaches directly (the soak: the app runs in other processes). */
export async function insertResidents(
  db: Kysely<Database>,
  secret: string,
  now: Date,
  siteId: number,
  count: number,
  postcode = "1010 AB",
): Promise<BenchResident[]> {
  const residents: BenchResident[] = [];
  for (let i = 0; i < count; i++) {
    const user = await db
      .insertInto("users")
      .values({
        site_id: siteId,
        email: `bewoner${i}@bench.example`,
        email_verified_at: now.toISOString(),
        password_hash: null,
        display_name: `Bewoner ${i}`,
        language: "nl",
        postcode,
        notify_mode: "never",
        unsubscribe_token: newToken(),
        created_at: now.toISOString(),
        deleted_at: null,
      })
      .returning(["id", "display_name"])
      .executeTakeFirstOrThrow();
    const token = await createSession(db, user.id, siteId, now, 24);
    residents.push({
      id: user.id,
      name: user.display_name,
      cookie: `inspraak_session=${token}`,
      csrf: csrfTokenFor(secret, token),
    });
  }
  return residents;
}

/** Who sends a form post: a session (or anonymous) cookie and the CSRF token that goes with it. */
export interface Voter {
  cookie: string;
  csrf: string;
}

/**
 * A vote path as a bench loads it: the path and form body of the i-th request, sent by `voter`.
 * Made by each vote bench's prepare function, so the component bench and the scale-out
 * (bench/scale-out.ts) load the same vote with the same data.
 */
export type VotePost = (i: number, voter: Voter) => { path: string; body: string };

/** autocannon's request for one form post, with the voter's cookie. */
export function formRequest(request: autocannon.Request, post: { path: string; body: string }, voter: Voter) {
  return {
    ...request,
    method: "POST" as const,
    path: post.path,
    headers: { ...request.headers, "content-type": "application/x-www-form-urlencoded", cookie: voter.cookie },
    body: post.body,
  };
}

export const ratio = (value: number, baseline: number): number => Math.round((value / baseline) * 1000) / 1000;

/** One measured figure, the shape of every entry of `figures` in `npm run bench -- --json`. */
export interface BenchFigure {
  requestsPerSecond: number;
  p99Ms: number;
  /** requests/s as a share of the bare route's, measured in the same run with the same load. */
  ratio: number;
  /** Responses that were not what a person should get, and connection errors. */
  failures: number;
}

export function benchFigure(run: autocannon.Result, baseline: autocannon.Result, kind: "GET" | "POST"): BenchFigure {
  return {
    requestsPerSecond: Math.round(run.requests.average),
    p99Ms: run.latency.p99,
    ratio: ratio(run.requests.average, baseline.requests.average),
    failures: kind === "POST" ? postFailures(run) : run.errors + run.non2xx + run.timeouts,
  };
}

/** Form posts answer 303 (POST-redirect-GET); anything else that is not 2xx is a failure. */
export const postFailures = (r: autocannon.Result): number =>
  r.errors + r.non2xx - (r.statusCodeStats?.["303" as never]?.count ?? 0);
