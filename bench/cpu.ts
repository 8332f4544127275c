// `node --import tsx bench/cpu.ts [--profile] [name …]`: CPU time per request of each ideas
// scenario, through app.inject (no sockets, no load generator), and with --profile the V8
// profiler's busiest functions. Unlike requests per second, CPU time per request hardly moves
// when other work shares the machine, so a change can be judged before and after on a busy one.
import { build } from "../src/app";
import { loadConfig } from "../src/config";
import { ideasComponent } from "../src/components/ideas/manifest";
import { prepareIdeasBench } from "./ideas";
import { scratchDatabase } from "./http/fixtures";
import { profileLines, startProfiler } from "./http/profile";

const ROUNDS = 2000;
const CHUNKS = 10;
const argv = process.argv.slice(2);
const withProfile = argv.includes("--profile");
const only = argv.filter((a) => !a.startsWith("--"));

const database = scratchDatabase();
const built = await build(loadConfig({ LOG_LEVEL: "silent", DATABASE_URL: database.url, PAGE_CACHE: "false" }), {
  workers: false,
  components: [ideasComponent],
});
const setup = await prepareIdeasBench(built.services);
const app = built.app;
const resident = (i: number) => setup.residents[i % setup.residents.length]!;
type Req = import("fastify").InjectOptions;
const post = (path: string, body: string, i: number): Req => ({
  method: "POST",
  url: path,
  headers: { cookie: resident(i).cookie, "content-type": "application/x-www-form-urlencoded" },
  payload: body,
});
const scenarios: Record<string, (i: number) => Req> = {
  bare: () => ({ method: "GET", url: "/readyz" }),
  privacy: () => ({ method: "GET", url: "/privacy" }),
  listUncached: () => ({ method: "GET", url: setup.listUrl }),
  listLoggedIn: (i) => ({ method: "GET", url: setup.listUrl, headers: { cookie: resident(i).cookie } }),
  ideaLoggedIn: (i) => ({ method: "GET", url: setup.ideaUrl, headers: { cookie: resident(i).cookie } }),
  account: (i) => ({ method: "GET", url: "/account", headers: { cookie: resident(i).cookie } }),
  apiList: () => ({ method: "GET", url: setup.apiListUrl }),
  apiIdea: () => ({ method: "GET", url: setup.apiIdeaUrl }),
  support: (i) => post(setup.supportPath(i), `_csrf=${resident(i).csrf}`, i),
  comment: (i) => post(setup.commentPath, `_csrf=${resident(i).csrf}&body=Reactie+${i}+goed+plan`, i),
};

/** The least CPU time per request over several chunks: other work on the machine only adds. */
async function cpuPerRequest(make: (i: number) => Req, rounds: number): Promise<number> {
  for (let i = 0; i < 200; i++) await app.inject(make(i));
  let least = Number.POSITIVE_INFINITY;
  for (let chunk = 0, i = 0; chunk < CHUNKS; chunk++) {
    const start = process.cpuUsage();
    for (const end = i + rounds / CHUNKS; i < end; i++) {
      const res = await app.inject(make(i));
      if (res.statusCode >= 400) throw new Error(`${res.statusCode} ${res.body.slice(0, 200)}`);
    }
    const used = process.cpuUsage(start);
    least = Math.min(least, (used.user + used.system) / (rounds / CHUNKS));
  }
  return least;
}

for (const [name, make] of Object.entries(scenarios)) {
  if (only.length && !only.includes(name)) continue;
  const profiler = withProfile ? await startProfiler() : undefined;
  const micros = await cpuPerRequest(make, ROUNDS);
  console.log(`${name.padEnd(14)} ${micros.toFixed(0).padStart(6)} µs CPU per request`);
  if (profiler) for (const line of profileLines(await profiler.stop())) console.log(`  ${line}`);
}
await built.close();
if (!process.env.KEEP_DB) database.remove();
else console.log(database.url);
process.exit(0);
