// `npm run soak [-- --minutes 10] [-- --processes 2] [-- --json]`: mixed traffic for a while
// against app processes that share one PostgreSQL database and Redis, as a city runs Inspraak,
// with the workers on. It fails (exit 1) unless at the end: no request failed, the memory of
// each process stayed flat, the outbox was drained, and every idea's support count equals its
// rows (online supports plus lines on paper). Not part of `npm test` (it takes minutes by
// design); see docs/benchmarks.md.
//
// BENCH_POSTGRES_URL names the PostgreSQL server (default postgres://postgres@127.0.0.1:5432/postgres);
// a fresh database is made there and dropped afterwards. REDIS_URL default redis://127.0.0.1:6379.
import os from "node:os";
import autocannon from "autocannon";
import { SMTPServer } from "smtp-server";
import { numberOption, parseCommandLine } from "../src/cli/args";
import { openDatabase } from "../src/core/db/database";
import { readSecret } from "../src/core/db/migrate";
import { ideasWithCounterDrift } from "../src/components/ideas/store/support-counts";
import { insertResidents, type BenchResident } from "./http/fixtures";
import { freshPostgresDatabase } from "./http/postgres";
import { residentMegabytes, spawnServer, type StartedProcess } from "./http/server-process";
import { buildServer, bundleIsCurrent } from "../scripts/build-server.mjs";

const { values } = parseCommandLine(process.argv.slice(2), {
  minutes: { type: "string" },
  processes: { type: "string" },
  json: { type: "boolean" },
});
const minutes = numberOption(values.minutes, "minutes", { min: 0.25 }) ?? 10;
const processCount = numberOption(values.processes, "processes", { min: 1, max: 8 }) ?? 2;
const log = (line: string) => {
  if (!values.json) process.stdout.write(`${line}\n`);
};

// The support route allows 60 a resident in 10 minutes: enough residents that a soak never hits it.
const RESIDENTS = 3000;
const CONNECTIONS_PER_PROCESS = 10;
/** Memory counts as flat when its floor in the second half is within this share of the floor after warm-up. */
const FLAT_GROWTH = 0.15;

async function startSmtp(): Promise<{ url: string; received: () => number; close(): Promise<void> }> {
  let received = 0;
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ["STARTTLS"],
    logger: false,
    onData(stream, _session, callback) {
      stream.on("data", () => {});
      stream.on("end", () => {
        received++;
        callback();
      });
    },
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", () => resolve()));
  const port = (server.server.address() as { port: number }).port;
  return {
    url: `smtp://127.0.0.1:${port}`,
    received: () => received,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}

/** 80 % pages (anonymous and logged in), 15 % supports and withdrawals, 5 % comments. */
function trafficMix(residents: BenchResident[], ideas: number[]) {
  let n = 0;
  const votesOf = new Map<number, number>();
  const pages = ["/", "/ideeen", ...ideas.slice(0, 5).map((id) => `/ideeen/${id}`)];
  return (request: autocannon.Request): autocannon.Request => {
    const i = n++;
    const resident = residents[i % residents.length]!;
    const slot = i % 20;
    const headers: Record<string, string> = { ...(request.headers as Record<string, string>) };
    if (slot < 16) {
      if (slot % 2 === 0) headers.cookie = resident.cookie;
      return { ...request, method: "GET", path: pages[i % pages.length]!, headers, body: undefined };
    }
    headers.cookie = resident.cookie;
    headers["content-type"] = "application/x-www-form-urlencoded";
    const idea = ideas[resident.id % ideas.length]!;
    if (slot < 19) {
      // Each resident alternates supporting and withdrawing on one idea.
      const votes = votesOf.get(resident.id) ?? 0;
      votesOf.set(resident.id, votes + 1);
      const path = votes % 2 === 0 ? `/ideeen/${idea}/steunen` : `/ideeen/${idea}/steun-intrekken`;
      return { ...request, method: "POST", path, headers, body: `_csrf=${resident.csrf}` };
    }
    const body = `_csrf=${resident.csrf}&body=${encodeURIComponent(`Soak ${i}: goed plan voor de buurt`)}`;
    return { ...request, method: "POST", path: `/ideeen/${idea}/reacties`, headers, body };
  };
}

async function main(): Promise<number> {
  // As `npm start` runs it: from the bundle, not the sources through tsx.
  if (!bundleIsCurrent()) await buildServer();
  const database = await freshPostgresDatabase("soak");
  const smtp = await startSmtp();
  const env = {
    DATABASE_URL: database.url,
    REDIS_URL: process.env.REDIS_URL ?? "redis://127.0.0.1:6379",
    SMTP_URL: smtp.url,
    RUN_WORKERS: "true",
  };
  const servers: StartedProcess[] = [];
  const db = openDatabase(database.url, { poolSize: 2 });
  try {
    log(`Starting ${processCount} app processes on ${database.url} (the first seeds the demo) …`);
    servers.push(await spawnServer(env, true));
    for (let p = 1; p < processCount; p++) servers.push(await spawnServer(env, false));
    const site = await db.kysely.selectFrom("sites").select("id").where("is_default", "=", 1).executeTakeFirstOrThrow();
    const residents = await insertResidents(db.kysely, await readSecret(db), new Date(), site.id, RESIDENTS);
    const ideas = (
      await db.kysely
        .selectFrom("ideas")
        .select("id")
        .where("site_id", "=", site.id)
        .where("state", "=", "open")
        .orderBy("id")
        .execute()
    ).map((r) => r.id);
    if (ideas.length === 0) throw new Error("The demo has no open idea to support");

    const seconds = Math.round(minutes * 60);
    log(`Mixed traffic for ${seconds} s through ${processCount} processes, ${RESIDENTS} residents …`);
    const memory: number[][] = servers.map(() => []);
    const sampler = setInterval(() => {
      for (const [p, s] of servers.entries()) memory[p]!.push(residentMegabytes(s.child.pid!));
    }, 10_000);
    const setupRequest = trafficMix(residents, ideas);
    const runs = await Promise.all(
      servers.map((s) =>
        autocannon({
          url: s.baseUrl,
          connections: CONNECTIONS_PER_PROCESS,
          duration: seconds,
          requests: [{ setupRequest }],
        }),
      ),
    );
    clearInterval(sampler);

    log("Waiting for the outbox to drain …");
    const pending = async () =>
      Number(
        (
          await db.kysely
            .selectFrom("outbox")
            .select((eb) => eb.fn.countAll<number>().as("n"))
            .where("status", "!=", "done")
            .executeTakeFirstOrThrow()
        ).n,
      );
    const drainDeadline = Date.now() + 120_000;
    while ((await pending()) > 0 && Date.now() < drainDeadline) await new Promise((r) => setTimeout(r, 1000));
    const undelivered = await pending();
    const wrongCounts = await ideasWithCounterDrift(db.kysely);

    const requests = runs.reduce((sum, r) => sum + r.requests.total, 0);
    const failures = runs.reduce(
      (sum, r) => sum + r.errors + r.timeouts + r.non2xx - (r.statusCodeStats?.["303" as never]?.count ?? 0),
      0,
    );
    const memoryGrowth = memory.map((samples) => growth(samples));
    const report = {
      minutes,
      processes: processCount,
      requests,
      requestsPerSecond: Math.round(requests / seconds),
      p99Ms: Math.max(...runs.map((r) => r.latency.p99)),
      failures,
      memoryMB: memory,
      memoryGrowth,
      outboxUndelivered: undelivered,
      mailsReceived: smtp.received(),
      supportCountsWrong: wrongCounts,
      // The machine's load average (1, 5, 15 minutes) at the end: on a busy machine the rates say little.
      loadAverage: os.loadavg().map((l) => Math.round(l * 10) / 10),
    };
    const verdicts = {
      noFailures: failures === 0,
      memoryFlat: memoryGrowth.every((g) => g <= FLAT_GROWTH),
      outboxDrained: undelivered === 0,
      countsEqualRows: wrongCounts.length === 0,
    };
    if (values.json) process.stdout.write(`${JSON.stringify({ ...report, verdicts }, null, 2)}\n`);
    else {
      log(`${requests} requests, ${report.requestsPerSecond} req/s, p99 ${report.p99Ms} ms, ${failures} failed`);
      log(`load average at the end: ${report.loadAverage.join(" ")}`);
      servers.forEach((_, p) => {
        const share = `${Math.round(memoryGrowth[p]! * 100)} %`;
        log(`process ${p + 1}: memory ${memory[p]!.join(" ")} MB (floor growth after warm-up ${share})`);
      });
      log(`outbox: ${undelivered} not delivered; ${smtp.received()} mails received`);
      log(`ideas whose support counts differ from their rows: ${wrongCounts.length}`);
      for (const w of wrongCounts) log(`  ${JSON.stringify(w)}`);
      for (const [name, ok] of Object.entries(verdicts)) log(`${ok ? "ok  " : "FAIL"} ${name}`);
    }
    return Object.values(verdicts).every(Boolean) ? 0 : 1;
  } finally {
    await Promise.all(servers.map((s) => s.stop()));
    await db.close();
    await smtp.close();
    await database.drop();
  }
}

/**
 * The floor of the second half of the run against the floor after warm-up (the second quarter).
 * Resident memory under load is a sawtooth: the heap grows for minutes until a major collection
 * (up to +100 MB in the 2026-12-03 soak), so means of a few samples rise and fall with it. The
 * lowest sample, what a collection returns to, only rises if something is kept: a leak.
 */
function growth(samples: number[]): number {
  if (samples.length < 4) return 0;
  const quarter = Math.floor(samples.length / 4);
  const warm = Math.min(...samples.slice(quarter, 2 * quarter));
  const end = Math.min(...samples.slice(2 * quarter));
  return (end - warm) / warm;
}

process.exit(await main());
