/**
 * Answering a poll over HTTP, against a bare Fastify route measured in the same run
 * (`node --import tsx bench/poll-http.ts` prints JSON; bench/run.ts calls
 * `benchPollVotes`, the figure `poll`). Goal: votes/s ≥ 30% of the bare route's requests/s.
 *
 * The vote is the real thing: the full app (site, session, CSRF, the published poll and its
 * consultation, the rule in answer-rules.ts, the insert held to one vote per person by the unique
 * constraint, the redirect) on an SQLite file, or PostgreSQL when BENCH_DATABASE_URL is set.
 * 500 residents vote in 200 polls in turn, so most requests insert a new vote.
 */
import { pathToFileURL } from "node:url";
import autocannon from "autocannon";
import { build } from "../src/app";
import { saveConsultation } from "../src/components/consultations/store/consultations";
import { consultationsComponent } from "../src/components/consultations/manifest";
import { createPoll } from "../src/components/consultations/polls/store";
import { loadConfig } from "../src/config";
import { createSite } from "../src/core/sites/store";
import type { Executor } from "../src/core/db/database";
import {
  bareBaseline,
  benchFigure,
  benchResidents,
  formRequest,
  scratchDatabase,
  type BenchFigure,
  type VotePost,
} from "./http/fixtures";

export interface PollBenchResult extends BenchFigure {
  bareRequestsPerSecond: number;
  goal: number;
  database: string;
}

const RESIDENTS = 500;
const POLLS = 200;
const GOAL = 0.3;

/**
 * A published consultation with 200 published polls of three choices. The votes: `voters`
 * residents take the polls in turn, so most requests insert a new vote.
 */
export async function preparePollVotes(db: Executor, siteId: number, voters: number, now: Date): Promise<VotePost> {
  const consultation = await saveConsultation(
    db,
    siteId,
    null,
    { title: "Bench", summary: "Bench", body: "", contactUserId: null, areaIds: [], phases: [], published: true },
    now,
  );
  const polls: { id: number; choices: number[] }[] = [];
  for (let i = 0; i < POLLS; i++) {
    const input = { question: `Vraag ${i}?`, choices: ["Ja", "Nee", "Weet niet"], results: "afterVote" as const };
    const id = await createPoll(db, siteId, consultation, { ...input, onHome: false, published: true }, now);
    const choices = await db.selectFrom("poll_choices").select("id").where("poll_id", "=", id).execute();
    polls.push({ id, choices: choices.map((c) => c.id) });
  }
  return (i, voter) => {
    const poll = polls[Math.floor(i / voters) % POLLS]!;
    return { path: `/peilingen/${poll.id}/stem`, body: `_csrf=${voter.csrf}&choice=${poll.choices[i % 3]}` };
  };
}

export async function benchPollVotes(
  options: { durationSeconds?: number; connections?: number } = {},
): Promise<PollBenchResult> {
  const duration = options.durationSeconds ?? 5;
  const connections = options.connections ?? 50;
  const baseline = await bareBaseline("POST", connections, duration);
  const database = scratchDatabase();
  const built = await build(loadConfig({ LOG_LEVEL: "silent", DATABASE_URL: database.url }), {
    workers: false,
    components: [consultationsComponent],
  });
  try {
    const db = built.services.db.kysely;
    const now = new Date();
    const site = await createSite(
      db,
      { slug: `bench-${Date.now()}`, name: "Bench", hosts: ["127.0.0.1"], isDefault: true },
      now,
    );
    const residents = await benchResidents(built.services, site.id, RESIDENTS);
    const vote = await preparePollVotes(db, site.id, RESIDENTS, now);
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
            const person = residents[i % RESIDENTS]!;
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
  console.log(
    JSON.stringify(await benchPollVotes({ durationSeconds: Number(process.env.BENCH_SECONDS ?? 5) }), null, 2),
  );
}
