/**
 * Ideas under load, each figure as a ratio to a bare Fastify route measured in the same run
 * (`node --import tsx bench/ideas.ts` prints JSON; bench/run.ts calls `benchIdeas`). Goals: every
 * scenario ≥ 30% of the bare route's req/s and p99 < 50 ms at 50 connections, on the embedded
 * default (SQLite; PostgreSQL when BENCH_DATABASE_URL is set).
 *
 * Scenarios, all without the page cache: the idea list page with 50 ideas and one idea page
 * (timeline and comments), anonymous and logged in; the JSON list and one idea from the API;
 * supporting an idea as a logged-in resident with CSRF (500 residents alternate support and
 * withdrawal, so every request writes); posting a comment.
 */
import { pathToFileURL } from "node:url";
import autocannon from "autocannon";
import { build } from "../src/app";
import { loadConfig } from "../src/config";
import type { Services } from "../src/core/services";
import { addArea, createSite } from "../src/core/sites/store";
import { ideasComponent } from "../src/components/ideas/manifest";
import { publishIdea, submitIdea } from "../src/components/ideas/commands/submit-idea";
import { createProcess } from "../src/components/ideas/store/processes";
import {
  bareBaseline,
  benchFigure,
  benchResidents,
  scratchDatabase,
  type BenchFigure,
  type BenchResident,
} from "./http/fixtures";

const IDEAS = 50;
const RESIDENTS = 500;

export interface IdeasBenchSetup {
  listUrl: string; // path of the list page (50 ideas in the database, 20 per page)
  ideaUrl: string; // path of one idea page
  apiListUrl: string; // the JSON list (20 ideas)
  apiIdeaUrl: string; // one idea as JSON
  commentPath: string; // where a comment on that idea is posted
  supportPath(i: number): string; // request i: support (even rounds) or withdraw (odd rounds)
  residents: BenchResident[];
}

/** Puts a site, 50 ideas (one with comments and a timeline) and 500 residents with sessions in place. */
export async function prepareIdeasBench(services: Services): Promise<IdeasBenchSetup> {
  const db = services.db.kysely;
  const now = services.clock();
  const site = await createSite(
    db,
    {
      slug: `ideas-bench-${Date.now()}`,
      name: "Bench",
      hosts: ["127.0.0.1"],
      isDefault: true,
      councilName: "Commissie",
    },
    now,
  );
  const area = await addArea(db, site.id, "Centrum", "1000-1099");
  await createProcess(
    db,
    site.id,
    {
      title: "Bench",
      threshold: 1_000_000,
      supportDays: 365,
      responseDays: 42,
      countAfterThreshold: true,
      councilName: "Commissie",
      councilEmails: [],
    },
    now,
  );
  const residents = await benchResidents(services, site.id, RESIDENTS);
  const ids: number[] = [];
  for (const resident of residents.slice(0, IDEAS)) {
    const author = {
      id: resident.id,
      siteId: site.id,
      displayName: resident.name,
      email: "",
      emailVerified: true,
      language: "nl" as const,
      roles: new Set(["resident" as const]),
      participant: { level: "email" as const, verifiedPostcode: null, verifiedBirthdate: null },
    };
    const i = ids.length;
    const id = await submitIdea(services, site, author, {
      title: `Idee nummer ${i} voor de buurt`,
      body: `Een **voorstel** voor de buurt, nummer ${i}.\n\n- meer groen\n- minder auto's`,
      areaId: area.id,
      category: "green",
    });
    await publishIdea(services, site, author, id);
    ids.push(id);
  }
  const target = ids[0]!;
  for (let c = 0; c < 10; c++) {
    await db
      .insertInto("idea_comments")
      .values({
        idea_id: target,
        parent_id: null,
        author_id: 1 + c,
        author_role: "resident",
        body: `Reactie ${c}: goed idee!`,
        hidden_reason: null,
        created_at: now.toISOString(),
        edited_at: null,
      })
      .execute()
      .catch(() => {});
  }
  return {
    listUrl: "/ideeen",
    ideaUrl: `/ideeen/${target}`,
    apiListUrl: "/api/v1/ideas?pageSize=20",
    apiIdeaUrl: `/api/v1/ideas/${target}`,
    commentPath: `/ideeen/${target}/reacties`,
    supportPath: (i) =>
      Math.floor(i / RESIDENTS) % 2 === 0 ? `/ideeen/${target}/steunen` : `/ideeen/${target}/steun-intrekken`,
    residents,
  };
}

export const IDEAS_SCENARIOS = [
  "listUncached",
  "ideaUncached",
  "listLoggedIn",
  "ideaLoggedIn",
  "apiList",
  "apiIdea",
  "support",
  "comment",
] as const;
export type IdeasScenario = (typeof IDEAS_SCENARIOS)[number];

export interface IdeasBenchResult {
  database: string;
  connections: number;
  bare: { requestsPerSecond: number; p99Ms: number };
  scenarios: Record<IdeasScenario, BenchFigure>;
  goals: { ratio: number; p99Ms: number };
}

export async function benchIdeas(
  options: { durationSeconds?: number; connections?: number } = {},
): Promise<IdeasBenchResult> {
  const duration = options.durationSeconds ?? 5;
  const connections = options.connections ?? 50;
  const baseline = await bareBaseline("GET", connections, duration);
  const postBaseline = await bareBaseline("POST", connections, duration);
  const database = scratchDatabase();
  // Without the page cache: these figures are what rendering costs, as a logged-in resident or
  // an API client always gets it (the cached anonymous pages are measured in bench/run.ts).
  const built = await build(loadConfig({ LOG_LEVEL: "silent", DATABASE_URL: database.url, PAGE_CACHE: "false" }), {
    workers: false,
    components: [ideasComponent],
  });
  try {
    const setup = await prepareIdeasBench(built.services);
    const address = await built.app.listen({ port: 0, host: "127.0.0.1" });
    const resident = (i: number) => setup.residents[i % RESIDENTS]!;
    // Each request of a logged-in scenario comes from the next resident (its own session lookup).
    const asResidents = (method: "GET" | "POST", path: (i: number) => string, body?: (i: number) => string) => {
      let n = 0;
      const request = {
        method,
        setupRequest: (r: autocannon.Request) => {
          const i = n++;
          const headers: Record<string, string> = { ...(r.headers as Record<string, string>) };
          headers.cookie = resident(i).cookie;
          if (!body) return { ...r, path: path(i), headers };
          headers["content-type"] = "application/x-www-form-urlencoded";
          return { ...r, path: path(i), headers, body: body(i) };
        },
      };
      return { url: address, connections, requests: [request] };
    };
    const measure = async (load: autocannon.Options, warm: boolean) => {
      if (warm) await autocannon({ ...load, duration: 1 });
      return autocannon({ ...load, duration });
    };
    const anonymous = (path: string) => measure({ url: `${address}${path}`, connections }, true);
    const runs = {
      listUncached: await anonymous(setup.listUrl),
      ideaUncached: await anonymous(setup.ideaUrl),
      listLoggedIn: await measure(
        asResidents("GET", () => setup.listUrl),
        true,
      ),
      ideaLoggedIn: await measure(
        asResidents("GET", () => setup.ideaUrl),
        true,
      ),
      apiList: await anonymous(setup.apiListUrl),
      apiIdea: await anonymous(setup.apiIdeaUrl),
      // Writes are not warmed up: every request must count once.
      support: await measure(
        asResidents("POST", setup.supportPath, (i) => `_csrf=${resident(i).csrf}`),
        false,
      ),
      comment: await measure(
        asResidents(
          "POST",
          () => setup.commentPath,
          (i) => `_csrf=${resident(i).csrf}&body=${encodeURIComponent(`Reactie ${i}: goed plan voor de buurt`)}`,
        ),
        false,
      ),
    } satisfies Record<IdeasScenario, autocannon.Result>;
    const scenarios = {} as Record<IdeasScenario, BenchFigure>;
    for (const name of IDEAS_SCENARIOS) {
      const write = name === "support" || name === "comment";
      scenarios[name] = write
        ? benchFigure(runs[name], postBaseline, "POST")
        : benchFigure(runs[name], baseline, "GET");
    }
    return {
      database: database.kind,
      connections,
      bare: { requestsPerSecond: Math.round(baseline.requests.average), p99Ms: baseline.latency.p99 },
      scenarios,
      goals: { ratio: 0.3, p99Ms: 50 },
    };
  } finally {
    await built.close();
    database.remove();
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href) {
  console.log(JSON.stringify(await benchIdeas(), null, 2));
  process.exit(0);
}
