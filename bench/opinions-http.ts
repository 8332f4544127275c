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
import { insertConversation } from "../src/components/opinions/store/conversations";
import { createOpinionsComponent } from "../src/components/opinions/manifest";
import { insertStatement, listStatements } from "../src/components/opinions/store/statements";
import type { Executor } from "../src/core/db/database";
import {
  bareBaseline,
  benchFigure,
  formRequest,
  scratchDatabase,
  type BenchFigure,
  type VotePost,
} from "./http/fixtures";

export interface VoteBenchResult extends BenchFigure {
  bareRequestsPerSecond: number;
  goal: number;
  database: string;
}

const PARTICIPANTS = 500;
// The goal of every write path (docs/benchmarks.md): 30% of the bare route at 50 connections.
const GOAL = 0.3;
const STATEMENTS = 200;

/**
 * A conversation open to anyone with 200 statements (made through the store, without the audit
 * entry the staff form adds: setup is not measured). The votes: `voters` people take the
 * statements in turn, so most requests insert a new vote.
 */
export async function prepareOpinionVotes(db: Executor, siteId: number, voters: number, now: Date): Promise<VotePost> {
  const settings = {
    topic: "Bench",
    introduction: "",
    statementMode: "none",
    participation: "anonymous",
    opensAt: new Date(0).toISOString(),
    closesAt: null,
  } as const;
  const conversation = await insertConversation(db, siteId, settings, now);
  for (let i = 0; i < STATEMENTS; i++)
    await insertStatement(db, conversation.id, { text: `Stelling ${i}`, status: "accepted", isSeed: true }, now);
  const statementIds = (await listStatements(db, conversation.id, ["accepted"])).map((s) => s.id);
  return (i, voter) => {
    const statement = statementIds[Math.floor(i / voters) % STATEMENTS]!;
    const vote = ["agree", "disagree", "pass"][i % 3]!;
    return {
      path: `/gesprekken/${conversation.id}/stemmen`,
      body: `_csrf=${voter.csrf}&statement=${statement}&vote=${vote}`,
    };
  };
}

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
    const vote = await prepareOpinionVotes(db, site.id, PARTICIPANTS, new Date());
    const people = Array.from({ length: PARTICIPANTS }, (_, i) => {
      const binding = `bench-csrf-${i}-${"x".repeat(12)}`;
      return {
        cookie: `inspraak_csrf=${binding}; inspraak_opinions=bench-participant-${String(i).padStart(6, "0")}`,
        csrf: csrfTokenFor(built.services.secret, binding),
      };
    });
    const address = await built.app.listen({ port: 0, host: "127.0.0.1" });
    let n = 0;
    const votes = await autocannon({
      url: address,
      connections,
      duration,
      requests: [
        {
          setupRequest: (request: autocannon.Request) => {
            const i = n++;
            const person = people[i % PARTICIPANTS]!;
            return formRequest(request, vote(i, person), person);
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
