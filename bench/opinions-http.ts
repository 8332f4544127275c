/**
 * Casting a vote over HTTP, against a bare Fastify route measured in the same run
 * (`node --import tsx bench/opinions-http.ts` prints JSON; bench/run.ts can call
 * `benchOpinionVotes`). Goal: votes/s ≥ 30% of the bare route's requests/s.
 *
 * The vote is the real thing: the full app (site lookup, CSRF check, form parsing, zod, the
 * anonymous identity, both rate-limit counters in the database, the vote transaction with its
 * checks and the analysis mark) on an SQLite file, or on PostgreSQL when BENCH_DATABASE_URL is
 * set. Rate limits are raised so the counters are written but never refuse. 500 anonymous
 * participants vote on 200 statements in turn, so most requests insert a new vote.
 */
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { pathToFileURL } from "node:url";
import Fastify from "fastify";
import { build } from "../src/app";
import { loadConfig } from "../src/config";
import { csrfTokenFor } from "../src/core/http/csrf";
import { createSite } from "../src/core/sites/store";
import { createConversation } from "../src/components/opinions/commands/create-conversation";
import { createOpinionsComponent } from "../src/components/opinions/manifest";
import { listStatements } from "../src/components/opinions/store/statements";

export interface VoteBenchResult {
  bareRequestsPerSecond: number;
  votesPerSecond: number;
  ratio: number;
  goal: number;
  database: string;
  errors: number;
}

const PARTICIPANTS = 500;
const STATEMENTS = 200;

// autocannon ships no types; the few fields read here are named in AutocannonResult.
interface AutocannonResult { requests: { average: number }; errors: number; non2xx: number; statusCodeStats: Record<string, { count: number }> }
type Autocannon = (options: Record<string, unknown>) => Promise<AutocannonResult>;

export async function benchOpinionVotes(options: { durationSeconds?: number; connections?: number } = {}): Promise<VoteBenchResult> {
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
  const limits = { votesPerMinute: 1e9, votesPerMinutePerIp: 1e9 };
  const built = await build(loadConfig({ LOG_LEVEL: "silent", DATABASE_URL: databaseUrl }), { workers: false, components: [createOpinionsComponent({ limits })] });
  try {
    const db = built.services.db.kysely;
    const site = await createSite(db, { slug: `bench-${Date.now()}`, name: "Bench", hosts: ["127.0.0.1"], isDefault: true }, new Date());
    const conversation = await createConversation(db, {
      siteId: site.id, actorUserId: null, seedStatements: Array.from({ length: STATEMENTS }, (_, i) => `Stelling ${i}`),
      settings: { topic: "Bench", introduction: "", statementMode: "none", participation: "anonymous", opensAt: new Date(0).toISOString(), closesAt: null },
    }, new Date());
    const statementIds = (await listStatements(db, conversation.id, ["accepted"])).map((s) => s.id);
    const people = Array.from({ length: PARTICIPANTS }, (_, i) => {
      const binding = `bench-csrf-${i}-${"x".repeat(12)}`;
      return { cookie: `inspraak_csrf=${binding}; inspraak_opinions=bench-participant-${String(i).padStart(6, "0")}`, token: csrfTokenFor(built.services.secret, binding) };
    });
    const address = await built.app.listen({ port: 0, host: "127.0.0.1" });
    let n = 0;
    const votes = await autocannon({
      url: `${address}/gesprekken/${conversation.id}/stemmen`,
      connections,
      duration,
      requests: [{
        method: "POST",
        setupRequest: (request: { headers?: Record<string, string> }) => {
          const i = n++;
          const person = people[i % PARTICIPANTS]!;
          const statement = statementIds[Math.floor(i / PARTICIPANTS) % STATEMENTS]!;
          const vote = ["agree", "disagree", "pass"][i % 3]!;
          return {
            ...request,
            headers: { ...request.headers, "content-type": "application/x-www-form-urlencoded", cookie: person.cookie },
            body: `_csrf=${person.token}&statement=${statement}&vote=${vote}`,
          };
        },
      }],
    });
    const errors = votes.errors + votes.non2xx - (votes.statusCodeStats["303"]?.count ?? 0);
    return {
      bareRequestsPerSecond: Math.round(baseline.requests.average),
      votesPerSecond: Math.round(votes.requests.average),
      ratio: Math.round((votes.requests.average / baseline.requests.average) * 1000) / 1000,
      goal: 0.3,
      database: databaseUrl.startsWith("postgres") ? "postgres" : "sqlite",
      errors,
    };
  } finally {
    await built.close();
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href) {
  console.log(JSON.stringify(await benchOpinionVotes(), null, 2));
}
