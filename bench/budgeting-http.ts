/**
 * Casting a participatory-budget ballot over HTTP as a logged-in resident, against a bare
 * Fastify route measured in the same run (`node --import tsx bench/budgeting-http.ts` prints
 * JSON; bench/run.ts can call `benchBallots`). Goal: ballots/s ≥ 30% of the bare route's req/s,
 * p99 < 50 ms, at 50 connections.
 *
 * The ballot is the real thing: the full app (site lookup, session, CSRF check, form parsing,
 * the voter's postcode against the area, the engine's ballot validation, and the atomic
 * replace of the ballot in one transaction) on an SQLite file, or on PostgreSQL when
 * BENCH_DATABASE_URL is set. 500 residents each change their ballot again and again, so
 * every request after the first round replaces an existing ballot.
 */
import { pathToFileURL } from "node:url";
import autocannon from "autocannon";
import { build } from "../src/app";
import { loadConfig } from "../src/config";
import { addArea, createSite } from "../src/core/sites/store";
import { budgetingManifest } from "../src/components/budgeting/manifest";
import { defaultSettings, insertProcess } from "../src/components/budgeting/store/processes";
import { insertProject } from "../src/components/budgeting/store/projects";
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

export interface BallotBenchResult extends BenchFigure {
  bareRequestsPerSecond: number;
  goal: number;
  database: string;
}

const RESIDENTS = 500;
// The goal of every write path (docs/benchmarks.md): 30% of the bare route at 50 connections.
const GOAL = 0.3;
const PROJECTS = 12;

/**
 * A budget of 12 projects for one area, its voters verified there as a provider would leave them
 * (a budget for an area asks verified residents of that area, docs/participation.md), so every
 * ballot is accepted. The ballots: three projects that always fit the budget, varying per request.
 */
export async function prepareBallots(db: Executor, siteId: number, voterIds: number[], now: Date): Promise<VotePost> {
  const area = await addArea(db, siteId, "Bench-gebied", "1000-1019");
  const process = await insertProcess(
    db,
    siteId,
    { ...defaultSettings, title: "Bench", budget: 100_000, areaId: area.id },
    "vote",
    now,
  );
  const projectIds: number[] = [];
  for (let j = 0; j < PROJECTS; j++) {
    const project = { title: `Project ${j}`, description: "", cost: 5_000 + 1_000 * j, status: "feasible" as const };
    projectIds.push((await insertProject(db, process.id, project, now)).id);
  }
  await db
    .updateTable("users")
    .set({ identity_verified_at: now.toISOString(), verified_postcode: "1010 AB" })
    .where("id", "in", voterIds)
    .execute();
  return (i, voter) => {
    const chosen = [0, 1, 2].map((k) => projectIds[(i + k * 4) % PROJECTS]!);
    const projects = chosen.map((id) => `project=${id}`).join("&");
    return { path: `/begroting/${process.id}/stemmen`, body: `_csrf=${voter.csrf}&action=save&${projects}` };
  };
}

export async function benchBallots(
  options: { durationSeconds?: number; connections?: number } = {},
): Promise<BallotBenchResult> {
  const duration = options.durationSeconds ?? 5;
  const connections = options.connections ?? 50;
  const baseline = await bareBaseline("POST", connections, duration);
  const database = scratchDatabase();
  const built = await build(loadConfig({ LOG_LEVEL: "silent", DATABASE_URL: database.url }), {
    workers: false,
    components: [budgetingManifest],
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
    const ballot = await prepareBallots(
      db,
      site.id,
      residents.map((r) => r.id),
      now,
    );
    const address = await built.app.listen({ port: 0, host: "127.0.0.1" });
    let n = 0;
    const ballots = await autocannon({
      url: address,
      connections,
      duration,
      requests: [
        {
          setupRequest: (request: autocannon.Request) => {
            const i = n++;
            const resident = residents[i % RESIDENTS]!;
            return formRequest(request, ballot(i, resident), resident);
          },
        },
      ],
    });
    return {
      bareRequestsPerSecond: Math.round(baseline.requests.average),
      ...benchFigure(ballots, baseline, "POST"),
      goal: GOAL,
      database: database.kind,
    };
  } finally {
    await built.close();
    database.remove();
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href) {
  console.log(JSON.stringify(await benchBallots(), null, 2));
}
