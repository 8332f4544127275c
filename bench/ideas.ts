/**
 * Ideas under load, each figure as a ratio to a bare Fastify route measured in the same run
 * (`node --import tsx bench/ideas.ts` prints JSON; bench/run.ts calls `benchIdeas`). Goals: every
 * scenario ≥ 30% of the bare route's req/s and p99 < 50 ms at 50 connections, on the embedded
 * default (SQLite; PostgreSQL when BENCH_DATABASE_URL is set).
 *
 * Scenarios: the idea list page with 50 ideas, one idea page (timeline and comments), and
 * supporting an idea as a logged-in resident with CSRF (500 residents alternate support and
 * withdrawal, so every request writes).
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
import type { Services } from "../src/core/services";
import { addArea, createSite } from "../src/core/sites/store";
import { ideasComponent } from "../src/components/ideas/manifest";
import { publishIdea, submitIdea } from "../src/components/ideas/commands/submit-idea";
import { createProcess } from "../src/components/ideas/store/processes";

const IDEAS = 50;
const RESIDENTS = 500;

interface AutocannonResult { requests: { average: number }; latency: { p99: number }; errors: number; non2xx: number; statusCodeStats: Record<string, { count: number }> }
type Autocannon = (options: Record<string, unknown>) => Promise<AutocannonResult>;

export interface IdeasBenchSetup {
  listUrl: string; // path of the list page (50 ideas in the database, 20 per page)
  ideaUrl: string; // path of one idea page
  supportPath(i: number): string; // request i: support (even rounds) or withdraw (odd rounds)
  residents: { cookie: string; csrf: string }[];
}

/** Puts a site, 50 ideas (one with comments and a timeline) and 500 residents with sessions in place. */
export async function prepareIdeasBench(services: Services): Promise<IdeasBenchSetup> {
  const db = services.db.kysely;
  const now = services.clock();
  const site = await createSite(db, { slug: `ideas-bench-${Date.now()}`, name: "Bench", hosts: ["127.0.0.1"], isDefault: true, councilName: "Commissie" }, now);
  const area = await addArea(db, site.id, "Centrum", "1000-1099");
  await createProcess(db, site.id, { title: "Bench", threshold: 1_000_000, supportDays: 365, responseDays: 42, supportRule: "verified", countAfterThreshold: true, councilName: "Commissie", councilEmails: [] }, now);
  const residents: IdeasBenchSetup["residents"] = [];
  const ids: number[] = [];
  for (let i = 0; i < RESIDENTS; i++) {
    const user = await db.insertInto("users").values({
      site_id: site.id, email: `r${i}@bench.example`, email_verified_at: now.toISOString(), password_hash: null, display_name: `Bewoner ${i}`,
      language: "nl", postcode: "1010 AB", notify_mode: "never", unsubscribe_token: newToken(), created_at: now.toISOString(), deleted_at: null,
    }).returningAll().executeTakeFirstOrThrow();
    const token = await createSession(db, user.id, site.id, now, 24);
    residents.push({ cookie: `inspraak_session=${token}`, csrf: csrfTokenFor(services.secret, token) });
    if (i < IDEAS) {
      const author = { id: user.id, siteId: site.id, displayName: user.display_name, email: user.email!, emailVerified: true, language: "nl" as const, roles: new Set(["resident" as const]) };
      const id = await submitIdea(services, site, author, { title: `Idee nummer ${i} voor de buurt`, body: `Een **voorstel** voor de buurt, nummer ${i}.\n\n- meer groen\n- minder auto's`, areaId: area.id, category: "green" });
      await publishIdea(services, site, author, id);
      ids.push(id);
    }
  }
  const target = ids[0]!;
  for (let c = 0; c < 10; c++) {
    await db.insertInto("idea_comments").values({ idea_id: target, parent_id: null, author_id: 1 + c, author_role: "resident", body: `Reactie ${c}: goed idee!`, hidden_reason: null, created_at: now.toISOString(), edited_at: null }).execute().catch(() => {});
  }
  return {
    listUrl: "/ideeen",
    ideaUrl: `/ideeen/${target}`,
    supportPath: (i) => (Math.floor(i / RESIDENTS) % 2 === 0 ? `/ideeen/${target}/steunen` : `/ideeen/${target}/steun-intrekken`),
    residents,
  };
}

export interface IdeasBenchResult {
  database: string;
  connections: number;
  bare: { requestsPerSecond: number; p99Ms: number };
  scenarios: Record<"list" | "idea" | "support", { requestsPerSecond: number; p99Ms: number; ratio: number; failures: number }>;
  goals: { ratio: number; p99Ms: number };
}

export async function benchIdeas(options: { durationSeconds?: number; connections?: number } = {}): Promise<IdeasBenchResult> {
  const autocannon = ((await import("autocannon" as string)) as { default: Autocannon }).default;
  const duration = options.durationSeconds ?? 5;
  const connections = options.connections ?? 50;
  const bare = Fastify();
  bare.get("/", async () => ({ ok: true }));
  const bareUrl = await bare.listen({ port: 0, host: "127.0.0.1" });
  await autocannon({ url: bareUrl, connections, duration: 1 });
  const baseline = await autocannon({ url: bareUrl, connections, duration });
  await bare.close();

  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "inspraak-ideas-bench-"));
  const databaseUrl = process.env.BENCH_DATABASE_URL ?? `sqlite:${path.join(dir, "bench.db")}`;
  const built = await build(loadConfig({ LOG_LEVEL: "silent", DATABASE_URL: databaseUrl }), { workers: false, components: [ideasComponent] });
  try {
    const setup = await prepareIdeasBench(built.services);
    const address = await built.app.listen({ port: 0, host: "127.0.0.1" });
    const page = async (url: string) => {
      await autocannon({ url: `${address}${url}`, connections, duration: 1 });
      return autocannon({ url: `${address}${url}`, connections, duration });
    };
    const list = await page(setup.listUrl);
    const idea = await page(setup.ideaUrl);
    let n = 0;
    const support = await autocannon({
      url: address, connections, duration,
      requests: [{
        method: "POST",
        setupRequest: (request: { headers?: Record<string, string> }) => {
          const i = n++;
          const r = setup.residents[i % RESIDENTS]!;
          return { ...request, path: setup.supportPath(i), headers: { ...request.headers, cookie: r.cookie, "content-type": "application/x-www-form-urlencoded" }, body: `_csrf=${r.csrf}` };
        },
      }],
    });
    const figure = (r: AutocannonResult, okStatus?: string) => ({
      requestsPerSecond: Math.round(r.requests.average),
      p99Ms: r.latency.p99,
      ratio: Math.round((r.requests.average / baseline.requests.average) * 1000) / 1000,
      failures: r.errors + r.non2xx - (okStatus ? r.statusCodeStats[okStatus]?.count ?? 0 : 0),
    });
    return {
      database: databaseUrl.startsWith("postgres") ? "postgres" : "sqlite",
      connections,
      bare: { requestsPerSecond: Math.round(baseline.requests.average), p99Ms: baseline.latency.p99 },
      scenarios: { list: figure(list), idea: figure(idea), support: figure(support, "303") },
      goals: { ratio: 0.3, p99Ms: 50 },
    };
  } finally {
    await built.close();
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href) {
  console.log(JSON.stringify(await benchIdeas(), null, 2));
  process.exit(0);
}
