// `npm run bench [-- --json] [-- --duration 5] [-- --no-components] [-- --profile]`: how fast the app is on this
// machine, each page as a ratio to a bare Fastify route measured in the same run; start-up time
// and idle memory of a real server process; the first page's weight; then the component benches.
// Goals are reported, never asserted: the figures depend on the machine.
import { numberOption, parseCommandLine, UsageError } from "../src/cli/args";
import { startAppInProcess, logInThroughForm } from "./http/app-in-process";
import { startCeiling } from "./http/ceiling";
import { componentBenches, runComponentBench, type ComponentOutcome } from "./http/components";
import { measureLoad, type LoadResult } from "./http/load";
import { profileLoad, type ProfileSummary } from "./http/profile";
import { measureStartup, type StartupFigures } from "./http/server-process";
import { FIRST_PAGE_BUDGET_BYTES, firstPageWeight } from "../src/web/page-weight";

const GOALS = { pageRatio: 0.4, idleRssMB: 150, readyMs: 2000, firstPageBytes: FIRST_PAGE_BUDGET_BYTES };

function readArgs() {
  try {
    const { values } = parseCommandLine(process.argv.slice(2), {
      json: { type: "boolean" },
      duration: { type: "string" },
      "no-components": { type: "boolean" },
      profile: { type: "boolean" },
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
const log = (line: string) => {
  if (!json) process.stdout.write(`${line}\n`);
};

interface PageFigure extends LoadResult {
  ratio: number;
}

async function measurePages(): Promise<{
  ceiling: LoadResult;
  pages: Record<string, PageFigure>;
  firstPageBytes: number;
  profile?: ProfileSummary;
}> {
  // The ceiling is measured before and after the pages, and the higher figure counts: a slow
  // first run (JIT, CPU frequency) must not flatter the pages' ratios.
  const measureCeiling = async () => {
    const ceilingServer = await startCeiling();
    log(`Ceiling: a bare Fastify JSON route, ${durationSeconds} s …`);
    const result = await measureLoad({ url: ceilingServer.url, durationSeconds });
    await ceilingServer.close();
    return result;
  };
  const ceilingBefore = await measureCeiling();

  const app = await startAppInProcess();
  try {
    const cookie = await logInThroughForm(app.baseUrl);
    const account = await fetch(`${app.baseUrl}/account`, { headers: { cookie }, redirect: "manual" });
    if (account.status !== 200) throw new Error(`/account answered ${account.status} with the session cookie`);
    const targets: Record<string, { path: string; headers?: Record<string, string> }> = {
      home: { path: "/" },
      // No database query of its own: what the frame (hooks, session, layout) costs by itself.
      privacy: { path: "/privacy" },
      account: { path: "/account", headers: { cookie } },
    };
    const measured: Record<string, LoadResult> = {};
    for (const [name, target] of Object.entries(targets)) {
      log(`Page ${target.path}${target.headers ? " (logged in)" : ""}, ${durationSeconds} s …`);
      measured[name] = await measureLoad({
        url: `${app.baseUrl}${target.path}`,
        headers: target.headers,
        durationSeconds,
      });
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
    const weight = await firstPageWeight(async (path, headers) => {
      const res = await fetch(`${app.baseUrl}${path}`, { headers });
      // fetch decompresses; the wire size is the compressed length the server declared or sent.
      const text = await res.text();
      const length = Number(res.headers.get("content-length")) || Buffer.byteLength(text);
      return { status: res.status, encoding: res.headers.get("content-encoding"), bytes: length, text };
    });
    if (withProfile) log(`Profiling / for ${durationSeconds} s …`);
    const profile = withProfile ? await profileLoad(`${app.baseUrl}/`, durationSeconds) : undefined;
    return { ceiling, pages, firstPageBytes: weight.total, profile };
  } finally {
    await app.close();
  }
}

async function main(): Promise<void> {
  const started = performance.now();
  log("Start-up: spawning `inspraak serve --demo` on a fresh SQLite file …");
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
  const report = {
    machine: {
      node: process.version,
      cpus: (await import("node:os")).cpus().length,
      loadAverage: (await import("node:os")).loadavg().map((l) => Math.round(l * 10) / 10),
    },
    durationSecondsPerRun: durationSeconds,
    ceiling,
    pages,
    startup,
    firstPageBytes,
    goals: GOALS,
    goalsMet: {
      pages: Object.values(pages).every((p) => p.ratio >= GOALS.pageRatio),
      idleRss: startup.idleRssMB < GOALS.idleRssMB,
      ready: startup.readyMs < GOALS.readyMs,
      firstPage: firstPageBytes < GOALS.firstPageBytes,
    },
    components,
    ...(profile ? { profile } : {}),
    totalSeconds: Math.round((performance.now() - started) / 1000),
  };
  if (json) {
    process.stdout.write(`${JSON.stringify(report, null, 2)}\n`);
    return;
  }
  printReport(report);
}

function printReport(r: {
  ceiling: LoadResult;
  pages: Record<string, PageFigure>;
  startup: StartupFigures;
  firstPageBytes: number;
  components: Record<string, ComponentOutcome>;
  machine: { loadAverage: number[] };
  profile?: ProfileSummary;
  totalSeconds: number;
}): void {
  const mark = (ok: boolean) => (ok ? "ok" : "BELOW GOAL");
  log("");
  log(`Load average at the end: ${r.machine.loadAverage.join(" ")} (figures are only comparable on a quiet machine)`);
  log(`ceiling            ${String(r.ceiling.requestsPerSecond).padStart(7)} req/s  p99 ${r.ceiling.p99Ms} ms`);
  for (const [name, p] of Object.entries(r.pages)) {
    const ratio = `${(p.ratio * 100).toFixed(1)}% of ceiling (goal ≥ 40%: ${mark(p.ratio >= GOALS.pageRatio)})`;
    const failures = p.failures ? `  ${p.failures} FAILED responses` : "";
    log(`${name.padEnd(18)} ${String(p.requestsPerSecond).padStart(7)} req/s  p99 ${p.p99Ms} ms  ${ratio}${failures}`);
  }
  log(
    `ready after start  ${r.startup.readyMs} ms (goal < 2000: ${mark(r.startup.readyMs < GOALS.readyMs)}); ` +
      `first start with migrations and demo seed ${r.startup.firstStartMs} ms`,
  );
  log(`idle RSS           ${r.startup.idleRssMB} MB (goal < 150: ${mark(r.startup.idleRssMB < GOALS.idleRssMB)})`);
  const firstPageKB = (r.firstPageBytes / 1024).toFixed(1);
  const firstPageGoal = mark(r.firstPageBytes < GOALS.firstPageBytes);
  log(`first page         ${firstPageKB} KB on the wire (goal < 50 KB: ${firstPageGoal})`);
  for (const [file, outcome] of Object.entries(r.components)) {
    if (!outcome.ran) log(`bench/${file}: skipped — ${outcome.note}`);
    else log(`bench/${file} (${outcome.seconds} s): ${JSON.stringify(outcome.result)}`);
  }
  if (r.profile) {
    log(`Profile of / (${r.profile.requestsPerSecond} req/s while profiling), share of samples:`);
    for (const [where, pct] of r.profile.byPlace) log(`  ${String(pct).padStart(5)}%  ${where}`);
    log("  busiest functions (self time):");
    for (const [name, pct] of r.profile.byFunction) log(`  ${String(pct).padStart(5)}%  ${name}`);
  }
  log(`Total ${r.totalSeconds} s`);
}

await main();
process.exit(0); // autocannon and pg pools may keep handles open; the report is complete.
