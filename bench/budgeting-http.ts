/**
 * Casting a participatory-budget ballot over HTTP as a logged-in resident, against a bare
 * Fastify route measured in the same run (`node --import tsx bench/budgeting-http.ts` prints
 * JSON; bench/run.ts can call `benchBallots`). Goal: ballots/s ≥ 25% of the bare route's req/s.
 *
 * The ballot is the real thing: the full app (site lookup, session, CSRF check, form parsing,
 * the voter's postcode against the area, the engine's ballot validation, and the atomic
 * replace of the ballot in one transaction) on an SQLite file, or on PostgreSQL when
 * BENCH_DATABASE_URL is set. 500 residents each change their ballot again and again, so
 * every request after the first round replaces an existing ballot.
 */
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { pathToFileURL } from "node:url";
import Fastify from "fastify";
import { build } from "../src/app";
import { loadConfig } from "../src/config";
import { createSession } from "../src/core/auth/sessions";
import { newToken } from "../src/core/auth/tokens";
import { csrfTokenFor } from "../src/core/http/csrf";
import { addArea, createSite } from "../src/core/sites/store";
import { budgetingManifest } from "../src/components/budgeting/manifest";
import { defaultSettings, insertProcess } from "../src/components/budgeting/store/processes";
import { insertProject } from "../src/components/budgeting/store/projects";

export interface BallotBenchResult {
  bareRequestsPerSecond: number;
  ballotsPerSecond: number;
  ratio: number;
  goal: number;
  database: string;
  errors: number;
}

const RESIDENTS = 500;
const PROJECTS = 12;

interface AutocannonResult { requests: { average: number }; errors: number; non2xx: number; statusCodeStats: Record<string, { count: number }> }
type Autocannon = (options: Record<string, unknown>) => Promise<AutocannonResult>;

export async function benchBallots(options: { durationSeconds?: number; connections?: number } = {}): Promise<BallotBenchResult> {
  const autocannon = ((await import("autocannon" as string)) as { default: Autocannon }).default;
  const duration = options.durationSeconds ?? 5;
  const connections = options.connections ?? 10;

  const bare = Fastify();
  bare.post("/", async () => ({ ok: true }));
  const bareUrl = await bare.listen({ port: 0, host: "127.0.0.1" });
  const baseline = await autocannon({ url: bareUrl, method: "POST", body: "x=1", headers: { "content-type": "application/x-www-form-urlencoded" }, connections, duration });
  await bare.close();

  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "inspraak-bench-"));
  const databaseUrl = process.env.BENCH_DATABASE_URL ?? `sqlite:${path.join(dir, "bench.db")}`;
  const config = loadConfig({ LOG_LEVEL: "silent", DATABASE_URL: databaseUrl });
  const built = await build(config, { workers: false, components: [budgetingManifest] });
  try {
    const db = built.services.db.kysely;
    const now = new Date();
    const site = await createSite(db, { slug: `bench-${Date.now()}`, name: "Bench", hosts: ["127.0.0.1"], isDefault: true }, now);
    const area = await addArea(db, site.id, "Noord", "1000-1019");
    const process = await insertProcess(db, site.id, { ...defaultSettings, title: "Bench", budget: 100_000, areaId: area.id }, "vote", now);
    const projectIds: number[] = [];
    for (let j = 0; j < PROJECTS; j++) projectIds.push((await insertProject(db, process.id, { title: `Project ${j}`, description: "", cost: 5_000 + 1_000 * j, status: "feasible" }, now)).id);
    // Accounts are inserted directly (no password hashing): the bench measures voting, not log-in.
    const residents: { cookie: string; csrf: string }[] = [];
    for (let i = 0; i < RESIDENTS; i++) {
      const user = await db.insertInto("users").values({
        site_id: site.id, email: `bewoner${i}@bench.example`, email_verified_at: now.toISOString(), password_hash: null, display_name: `Bewoner ${i}`,
        language: "nl", postcode: "1010 AB", notify_mode: "never", unsubscribe_token: newToken(), created_at: now.toISOString(), deleted_at: null,
      }).returning("id").executeTakeFirstOrThrow();
      const token = await createSession(db, user.id, site.id, now, config.sessionMaxHours);
      residents.push({ cookie: `inspraak_session=${token}`, csrf: csrfTokenFor(built.services.secret, token) });
    }
    const address = await built.app.listen({ port: 0, host: "127.0.0.1" });
    let n = 0;
    const ballots = await autocannon({
      url: `${address}/begroting/${process.id}/stemmen`,
      connections,
      duration,
      requests: [{
        method: "POST",
        setupRequest: (request: { headers?: Record<string, string> }) => {
          const i = n++;
          const resident = residents[i % RESIDENTS]!;
          // Three projects that always fit the budget, varying per request.
          const chosen = [0, 1, 2].map((k) => projectIds[(i + k * 4) % PROJECTS]!);
          return {
            ...request,
            headers: { ...request.headers, "content-type": "application/x-www-form-urlencoded", cookie: resident.cookie },
            body: `_csrf=${resident.csrf}&action=save&${chosen.map((id) => `project=${id}`).join("&")}`,
          };
        },
      }],
    });
    const errors = ballots.errors + ballots.non2xx - (ballots.statusCodeStats["303"]?.count ?? 0);
    return {
      bareRequestsPerSecond: Math.round(baseline.requests.average),
      ballotsPerSecond: Math.round(ballots.requests.average),
      ratio: Math.round((ballots.requests.average / baseline.requests.average) * 1000) / 1000,
      goal: 0.25,
      database: databaseUrl.startsWith("postgres") ? "postgres" : "sqlite",
      errors,
    };
  } finally {
    await built.close();
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href) {
  console.log(JSON.stringify(await benchBallots(), null, 2));
}
