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
import { pathToFileURL } from "node:url";
import autocannon from "autocannon";
import { build } from "../src/app";
import { loadConfig } from "../src/config";
import { csrfTokenFor } from "../src/core/http/csrf";
import { createSite } from "../src/core/sites/store";
import { createConversation } from "../src/components/opinions/commands/create-conversation";
import { createOpinionsComponent } from "../src/components/opinions/manifest";
import { listStatements } from "../src/components/opinions/store/statements";
import { bareBaseline, benchFigure, scratchDatabase, type BenchFigure } from "./http/fixtures";

export interface VoteBenchResult extends BenchFigure {
  bareRequestsPerSecond: number;
  goal: number;
  database: string;
}

const PARTICIPANTS = 500;
// The goal of every write path (docs/benchmarks.md): 30% of the bare route at 50 connections.
const GOAL = 0.3;
const STATEMENTS = 200;

export async function benchOpinionVotes(
  options: { durationSeconds?: number; connections?: number } = {},
): Promise<VoteBenchResult> {
  const duration = options.durationSeconds ?? 5;
  const connections = options.connections ?? 50;
  const baseline = await bareBaseline("POST", connections, duration);
  const database = scratchDatabase();
  const limits = { votesPerMinute: 1e9, votesPerMinutePerIp: 1e9 };
  const built = await build(loadConfig({ LOG_LEVEL: "silent", DATABASE_URL: database.url }), {
    workers: false,
    components: [createOpinionsComponent({ limits })],
  });
  try {
    const db = built.services.db.kysely;
    const site = await createSite(
      db,
      { slug: `bench-${Date.now()}`, name: "Bench", hosts: ["127.0.0.1"], isDefault: true },
      new Date(),
    );
    const conversation = await createConversation(built.services, {
      siteId: site.id,
      actorUserId: null,
      seedStatements: Array.from({ length: STATEMENTS }, (_, i) => `Stelling ${i}`),
      settings: {
        topic: "Bench",
        introduction: "",
        statementMode: "none",
        participation: "anonymous",
        opensAt: new Date(0).toISOString(),
        closesAt: null,
      },
    });
    const statementIds = (await listStatements(db, conversation.id, ["accepted"])).map((s) => s.id);
    const people = Array.from({ length: PARTICIPANTS }, (_, i) => {
      const binding = `bench-csrf-${i}-${"x".repeat(12)}`;
      return {
        cookie: `inspraak_csrf=${binding}; inspraak_opinions=bench-participant-${String(i).padStart(6, "0")}`,
        token: csrfTokenFor(built.services.secret, binding),
      };
    });
    const address = await built.app.listen({ port: 0, host: "127.0.0.1" });
    let n = 0;
    const votes = await autocannon({
      url: `${address}/gesprekken/${conversation.id}/stemmen`,
      connections,
      duration,
      requests: [
        {
          method: "POST",
          setupRequest: (request: autocannon.Request) => {
            const i = n++;
            const person = people[i % PARTICIPANTS]!;
            const statement = statementIds[Math.floor(i / PARTICIPANTS) % STATEMENTS]!;
            const vote = ["agree", "disagree", "pass"][i % 3]!;
            return {
              ...request,
              headers: {
                ...request.headers,
                "content-type": "application/x-www-form-urlencoded",
                cookie: person.cookie,
              },
              body: `_csrf=${person.token}&statement=${statement}&vote=${vote}`,
            };
          },
        },
      ],
    });
    return {
      bareRequestsPerSecond: Math.round(baseline.requests.average),
      ...benchFigure(votes, baseline, "POST"),
      goal: GOAL,
      database: database.kind,
    };
  } finally {
    await built.close();
    database.remove();
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href) {
  console.log(JSON.stringify(await benchOpinionVotes(), null, 2));
}
