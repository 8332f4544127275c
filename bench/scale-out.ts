// Scale-out, measured (`npm run bench -- --scale-out` after the other benches, or alone:
// `BENCH_SECONDS=5 node --import tsx bench/scale-out.ts [--json]`): one, two and four
// `inspraak serve` processes sharing one PostgreSQL database and Redis, loaded through all of them
// at once, beside one process on the embedded SQLite default. Per setup and scenario (the vote
// paths, the API list, a logged-in idea page): requests/s, p99, failures and the PostgreSQL
// connections in use during the load. docs/benchmarks.md ("Sizing an installation") turns these
// figures into advice for a city.
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { pathToFileURL } from "node:url";
import autocannon from "autocannon";
import { openDatabase } from "../src/core/db/database";
import { readSecret } from "../src/core/db/migrate";
import { prepareBallots } from "./budgeting-http";
import { formRequest, insertResidents, postFailures, type BenchResident, type VotePost } from "./http/fixtures";
import { prepareOpinionVotes } from "./opinions-http";
import { preparePollVotes } from "./poll-http";
import { freshPostgresDatabase } from "./http/postgres";
import { spawnServer, type StartedProcess } from "./http/server-process";
import { buildServer, bundleIsCurrent } from "../scripts/build-server.mjs";

/** The total load: 50 connections, split evenly over the processes. */
const CONNECTIONS = 50;
const RESIDENTS = 3000;
export const SCALE_OUT_SETUPS = [
  { database: "sqlite", processes: 1 },
  { database: "postgres", processes: 1 },
  { database: "postgres", processes: 2 },
  { database: "postgres", processes: 4 },
] as const;

export interface ScaleFigure {
  /** Responses received in the measured seconds, over all processes (0 flags a stalled run). */
  requests: number;
  requestsPerSecond: number;
  p99Ms: number;
  failures: number;
  /** PostgreSQL connections to the database while the load ran (null on SQLite). */
  databaseConnections: number | null;
  /** The machine's one-minute load average at the end of the run: the figures mean little above 2. */
  loadAverage: number;
}

/**
 * The four vote paths that have an HTTP bench (each loaded with that bench's own setup, as a
 * logged-in resident: anonymous opinion votes would meet the per-IP limit, all load coming from
 * one address), the API list, and an idea page as a logged-in resident sees it.
 */
type ScaleScenario = "support" | "ballot" | "opinionVote" | "pollVote" | "apiList" | "ideaLoggedIn";

export interface ScaleOutResult {
  setup: (typeof SCALE_OUT_SETUPS)[number];
  scenarios: Record<ScaleScenario, ScaleFigure>;
}

async function runSetup(setup: (typeof SCALE_OUT_SETUPS)[number], seconds: number): Promise<ScaleOutResult> {
  const scratch = setup.database === "postgres" ? await freshPostgresDatabase("scale") : null;
  const sqliteDir = scratch ? null : fs.mkdtempSync(path.join(os.tmpdir(), "inspraak-scale-"));
  const databaseUrl = scratch?.url ?? `sqlite:${path.join(sqliteDir!, "inspraak.db")}`;
  const env = {
    DATABASE_URL: databaseUrl,
    ...(scratch ? { REDIS_URL: process.env.REDIS_URL ?? "redis://127.0.0.1:6379" } : {}),
  };
  const servers: StartedProcess[] = [];
  const db = openDatabase(databaseUrl, { poolSize: 1 });
  try {
    // Workers (mail, jobs) run in the first process only, as docs/operations advise.
    servers.push(await spawnServer({ ...env, RUN_WORKERS: "true" }, true));
    for (let p = 1; p < setup.processes; p++) servers.push(await spawnServer({ ...env, RUN_WORKERS: "false" }, false));
    const site = await db.kysely.selectFrom("sites").select("id").where("is_default", "=", 1).executeTakeFirstOrThrow();
    const residents = await insertResidents(db.kysely, await readSecret(db), new Date(), site.id, RESIDENTS);
    const idea = await db.kysely
      .selectFrom("ideas")
      .select("id")
      .where("site_id", "=", site.id)
      .where("state", "=", "open")
      .orderBy("id")
      .executeTakeFirstOrThrow();

    const voterIds = residents.map((r) => r.id);
    const now = new Date();
    const votes = {
      ballot: await prepareBallots(db.kysely, site.id, voterIds, now),
      opinionVote: await prepareOpinionVotes(db.kysely, site.id, RESIDENTS, now),
      pollVote: await preparePollVotes(db.kysely, site.id, RESIDENTS, now),
    };

    const load = async (request: (i: number, r: BenchResident) => Partial<autocannon.Request>, write: boolean) => {
      let n = 0;
      const setupRequest = (base: autocannon.Request) => {
        const i = n++;
        return { ...base, ...request(i, residents[i % RESIDENTS]!) };
      };
      const connections = Math.ceil(CONNECTIONS / servers.length);
      const run = (duration: number) =>
        Promise.all(
          servers.map((s) => autocannon({ url: s.baseUrl, connections, duration, requests: [{ setupRequest }] })),
        );
      if (!write) await run(1);
      // Connections in use, sampled half-way through the load.
      const sampled = scratch
        ? new Promise<number>((resolve) => setTimeout(() => resolve(scratch.connections()), (seconds * 1000) / 2))
        : Promise.resolve(null);
      const runs = await run(seconds);
      return {
        requests: runs.reduce((sum, r) => sum + r.requests.total, 0),
        requestsPerSecond: Math.round(runs.reduce((sum, r) => sum + r.requests.average, 0)),
        p99Ms: Math.max(...runs.map((r) => r.latency.p99)),
        failures: runs.reduce((sum, r) => sum + (write ? postFailures(r) : r.errors + r.non2xx + r.timeouts), 0),
        databaseConnections: await sampled,
        loadAverage: Math.round(os.loadavg()[0]! * 10) / 10,
      };
    };
    const vote = (post: VotePost) => load((i, r) => formRequest({}, post(i, r), r), true);
    return {
      setup,
      scenarios: {
        // Every resident alternates supporting and withdrawing: every request writes.
        support: await vote((i, r) => ({
          path: `/ideeen/${idea.id}/${Math.floor(i / RESIDENTS) % 2 === 0 ? "steunen" : "steun-intrekken"}`,
          body: `_csrf=${r.csrf}`,
        })),
        ballot: await vote(votes.ballot),
        opinionVote: await vote(votes.opinionVote),
        pollVote: await vote(votes.pollVote),
        apiList: await load(() => ({ method: "GET", path: "/api/v1/ideas?pageSize=20" }), false),
        ideaLoggedIn: await load(
          (_i, r) => ({ method: "GET", path: `/ideeen/${idea.id}`, headers: { cookie: r.cookie } }),
          false,
        ),
      },
    };
  } finally {
    await Promise.all(servers.map((s) => s.stop()));
    await db.close();
    await scratch?.drop();
    if (sqliteDir) fs.rmSync(sqliteDir, { recursive: true, force: true });
  }
}

export async function benchScaleOut(options: { durationSeconds?: number } = {}): Promise<ScaleOutResult[]> {
  // As `npm start` runs it: from the bundle, not the sources through tsx (bench/run.ts builds too).
  if (!bundleIsCurrent()) await buildServer();
  const results: ScaleOutResult[] = [];
  for (const setup of SCALE_OUT_SETUPS) results.push(await runSetup(setup, options.durationSeconds ?? 5));
  return results;
}

export function scaleOutTable(results: ScaleOutResult[]): string[] {
  const lines = ["setup               scenario       requests   req/s   p99 ms  failures  PG connections  load"];
  for (const { setup, scenarios } of results) {
    const name = `${setup.database} × ${setup.processes}`;
    for (const [scenario, f] of Object.entries(scenarios)) {
      const cells = [
        name.padEnd(19),
        scenario.padEnd(13),
        String(f.requests).padStart(9),
        String(f.requestsPerSecond).padStart(6),
        // No response within the run: there is no p99 to speak of (the requests were still waiting).
        (f.requests === 0 ? "–" : String(f.p99Ms)).padStart(8),
        String(f.failures).padStart(9),
        String(f.databaseConnections ?? "–").padStart(15),
        String(f.loadAverage).padStart(5),
      ];
      lines.push(cells.join(" "));
    }
  }
  return lines;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href) {
  const results = await benchScaleOut({ durationSeconds: Number(process.env.BENCH_SECONDS) || 5 });
  console.log(process.argv.includes("--json") ? JSON.stringify(results, null, 2) : scaleOutTable(results).join("\n"));
  process.exit(0);
}
