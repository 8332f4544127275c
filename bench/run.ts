// `npm run bench [-- --json] [-- --duration 5] [-- --no-components] [-- --profile] [-- --scale-out]`:
// how fast the app is on this machine, each page as a ratio to a bare Fastify route measured in the
// same run; start-up time and idle memory of a real server process; the first page's weight; then
// the component benches, and with --scale-out several processes on PostgreSQL (bench/scale-out.ts).
// Goals are reported, never asserted: the figures depend on the machine.
import { numberOption, parseCommandLine, UsageError } from "../src/cli/args";
import { startAppInProcess, logInThroughForm } from "./http/app-in-process";
import { startCeiling } from "./http/ceiling";
import { componentBenches, runComponentBench, type ComponentOutcome } from "./http/components";
import { collectFigures, GOALS, heldToGoal, meetsGoal } from "./http/figures";
import type { BenchFigure } from "./http/fixtures";
import { benchScaleOut, type ScaleOutResult, scaleOutTable } from "./scale-out";
import { measureLoad, type LoadResult } from "./http/load";
import { profileLines, profileLoad, type LoadProfile } from "./http/profile";
import { measureStartup, type StartupFigures } from "./http/server-process";
import { buildServer } from "../scripts/build-server.mjs";
import { FIRST_PAGE_BUDGET_BYTES, firstPageWeight } from "../src/web/page-weight";

function readArgs() {
  try {
    const { values } = parseCommandLine(process.argv.slice(2), {
      json: { type: "boolean" },
      duration: { type: "string" },
      "no-components": { type: "boolean" },
      profile: { type: "boolean" },
      "scale-out": { type: "boolean" },
    });
    return { ...values, duration: numberOption(values.duration, "duration", { min: 1 }) ?? 5 };
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    process.stderr.write(`npm run bench: ${error.message}\n`);
    process.exit(2);
  }
}
const args = readArgs();
const json = args.json === true;
const durationSeconds = args.duration;
const withComponents = args["no-components"] !== true;
const withProfile = args.profile === true;
const withScaleOut = args["scale-out"] === true;
const log = (line: string) => {
  if (!json) process.stdout.write(`${line}\n`);
};

// Every load runs with 50 connections, the ceiling too: the goals are "≥ 30% of the bare route
// with p99 < 50 ms at 50 connections".
const CONNECTIONS = 50;

interface PageFigure extends LoadResult {
  ratio: number;
}

async function measurePages(): Promise<{
  ceiling: LoadResult;
  pages: Record<string, PageFigure>;
  firstPageBytes: number;
  profile?: LoadProfile;
}> {
  // The ceiling is measured before and after the pages, and the higher figure counts: a slow
  // first run (JIT, CPU frequency) must not flatter the pages' ratios.
  const measureCeiling = async () => {
    const ceilingServer = await startCeiling();
    log(`Ceiling: a bare Fastify JSON route, ${durationSeconds} s …`);
    const result = await measureLoad({ url: ceilingServer.url, durationSeconds, connections: CONNECTIONS });
    await ceilingServer.close();
    return result;
  };
  const ceilingBefore = await measureCeiling();
  const measured: Record<string, LoadResult> = {};
  const measurePage = async (name: string, baseUrl: string, path: string, headers?: Record<string, string>) => {
    log(`Page ${path} (${name}), ${durationSeconds} s …`);
    measured[name] = await measureLoad({
      url: `${baseUrl}${path}`,
      headers,
      durationSeconds,
      connections: CONNECTIONS,
    });
  };

  // Anonymous pages twice: as they are served (with the one-second page cache) and rendered for
  // every request (PAGE_CACHE=false), which is what a logged-in resident always gets.
  const cached = await startAppInProcess();
  let firstPageBytes: number;
  let profile: LoadProfile | undefined;
  try {
    await measurePage("home", cached.baseUrl, "/");
    await measurePage("list", cached.baseUrl, "/ideeen");
    firstPageBytes = (await firstPageWeight(wireFetch(cached.baseUrl))).total;
  } finally {
    await cached.close();
  }
  const uncached = await startAppInProcess({ PAGE_CACHE: "false" });
  try {
    const cookie = await logInThroughForm(uncached.baseUrl);
    const account = await fetch(`${uncached.baseUrl}/account`, { headers: { cookie }, redirect: "manual" });
    if (account.status !== 200) throw new Error(`/account answered ${account.status} with the session cookie`);
    await measurePage("homeUncached", uncached.baseUrl, "/");
    await measurePage("listUncached", uncached.baseUrl, "/ideeen");
    // No database query of its own: what the frame (hooks, session, layout) costs by itself.
    await measurePage("privacy", uncached.baseUrl, "/privacy");
    await measurePage("account", uncached.baseUrl, "/account", { cookie });
    if (withProfile) log(`Profiling / without the page cache for ${durationSeconds} s …`);
    profile = withProfile ? await profileLoad(`${uncached.baseUrl}/`, durationSeconds) : undefined;
  } finally {
    await uncached.close();
  }
  const ceilingAfter = await measureCeiling();
  const ceiling = ceilingAfter.requestsPerSecond > ceilingBefore.requestsPerSecond ? ceilingAfter : ceilingBefore;
  const pages: Record<string, PageFigure> = {};
  for (const [name, result] of Object.entries(measured)) {
    pages[name] = {
      ...result,
      ratio: Math.round((result.requestsPerSecond / ceiling.requestsPerSecond) * 1000) / 1000,
    };
  }
  return { ceiling, pages, firstPageBytes, profile };
}

/** fetch as the page-weight check needs it: the compressed size the server sent. */
const wireFetch = (baseUrl: string) => async (path: string, headers: Record<string, string>) => {
  const res = await fetch(`${baseUrl}${path}`, { headers });
  // fetch decompresses; the wire size is the compressed length the server declared or sent.
  const text = await res.text();
  const length = Number(res.headers.get("content-length")) || Buffer.byteLength(text);
  return { status: res.status, encoding: res.headers.get("content-encoding"), bytes: length, text };
};

async function main(): Promise<void> {
  const started = performance.now();
  log("Start-up: spawning `inspraak serve --demo` on a fresh SQLite file …");
  // As `npm start` does: the server starts from its bundle (scripts/build-server.mjs).
  await buildServer();
  const startup: StartupFigures = await measureStartup();
  const { ceiling, pages, firstPageBytes, profile } = await measurePages();
  const components: Record<string, ComponentOutcome> = {};
  if (withComponents) {
    for (const bench of componentBenches) {
      log(`Component bench bench/${bench.file} …`);
      components[bench.file] = await runComponentBench(bench).catch((error: unknown) => ({
        ran: false as const,
        note: `failed: ${String(error)}`,
      }));
    }
  }
  const figures = collectFigures(pages, components);
  if (withScaleOut) log("Scale-out: 1, 2 and 4 processes on PostgreSQL, 1 on SQLite …");
  const scaleOut = withScaleOut ? await benchScaleOut({ durationSeconds }) : undefined;
  const report = {
    machine: {
      node: process.version,
      cpus: (await import("node:os")).cpus().length,
      loadAverage: (await import("node:os")).loadavg().map((l) => Math.round(l * 10) / 10),
    },
    durationSecondsPerRun: durationSeconds,
    connections: 50,
    ceiling,
    figures,
    readyMs: startup.readyMs,
    idleRssMB: startup.idleRssMB,
    firstStartMs: startup.firstStartMs,
    firstPageBytes,
    goals: { ...GOALS, firstPageBytes: FIRST_PAGE_BUDGET_BYTES },
    goalsMet: {
      figures: Object.entries(figures).every(([name, f]) => !heldToGoal(name) || meetsGoal(f)),
      idleRss: startup.idleRssMB < GOALS.idleRssMB,
      ready: startup.readyMs < GOALS.readyMs,
      firstStart: startup.firstStartMs < GOALS.firstStartMs,
      firstPage: firstPageBytes < FIRST_PAGE_BUDGET_BYTES,
    },
    components,
    ...(scaleOut ? { scaleOut } : {}),
    ...(profile ? { profile } : {}),
    totalSeconds: Math.round((performance.now() - started) / 1000),
  };
  if (json) {
    process.stdout.write(`${JSON.stringify(report, null, 2)}\n`);
    return;
  }
  printReport({ ...report, startup });
}

function printReport(r: {
  ceiling: LoadResult;
  figures: Record<string, BenchFigure>;
  startup: StartupFigures;
  firstPageBytes: number;
  components: Record<string, ComponentOutcome>;
  machine: { loadAverage: number[] };
  profile?: LoadProfile;
  scaleOut?: ScaleOutResult[];
  totalSeconds: number;
}): void {
  const mark = (ok: boolean) => (ok ? "ok" : "BELOW GOAL");
  log("");
  log(`Load average at the end: ${r.machine.loadAverage.join(" ")} (figures are only comparable on a quiet machine)`);
  log(`ceiling            ${String(r.ceiling.requestsPerSecond).padStart(7)} req/s  p99 ${r.ceiling.p99Ms} ms`);
  log(`Each figure at 50 connections; goal for uncached paths: ≥ ${GOALS.ratio * 100}% and p99 < ${GOALS.p99Ms} ms`);
  for (const [name, f] of Object.entries(r.figures)) {
    const ratio = `${(f.ratio * 100).toFixed(1)}% of the bare route`;
    const goal = heldToGoal(name) ? ` (${mark(meetsGoal(f))})` : " (page cache or frame: no goal)";
    const failures = f.failures ? `  ${f.failures} FAILED responses` : "";
    const speed = `${String(f.requestsPerSecond).padStart(7)} req/s  p99 ${f.p99Ms} ms`;
    log(`${name.padEnd(18)} ${speed}  ${ratio}${goal}${failures}`);
  }
  const { readyMs, firstStartMs, idleRssMB } = r.startup;
  log(`ready after start  ${readyMs} ms (goal < ${GOALS.readyMs}: ${mark(readyMs < GOALS.readyMs)})`);
  const firstStartGoal = mark(firstStartMs < GOALS.firstStartMs);
  log(
    `first start        ${firstStartMs} ms, migrations and demo seed (goal < ${GOALS.firstStartMs}: ${firstStartGoal})`,
  );
  log(`idle RSS           ${idleRssMB} MB (goal < ${GOALS.idleRssMB}: ${mark(idleRssMB < GOALS.idleRssMB)})`);
  const firstPageKB = (r.firstPageBytes / 1024).toFixed(1);
  const firstPageGoal = mark(r.firstPageBytes < FIRST_PAGE_BUDGET_BYTES);
  log(`first page         ${firstPageKB} KB on the wire (goal < 50 KB: ${firstPageGoal})`);
  for (const [file, outcome] of Object.entries(r.components)) {
    if (!outcome.ran) log(`bench/${file}: skipped — ${outcome.note}`);
    else log(`bench/${file} (${outcome.seconds} s): ${JSON.stringify(outcome.result)}`);
  }
  if (r.scaleOut)
    for (const line of ["", "Scale-out (50 connections over all processes):", ...scaleOutTable(r.scaleOut)]) log(line);
  if (r.profile) {
    log(`Profile of / (${r.profile.requestsPerSecond} req/s while profiling), share of samples:`);
    for (const line of profileLines(r.profile)) log(`  ${line}`);
  }
  log(`Total ${r.totalSeconds} s`);
}

await main();
process.exit(0); // autocannon and pg pools may keep handles open; the report is complete.
