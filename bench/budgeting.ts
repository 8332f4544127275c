import { spawnSync } from "node:child_process";
import path from "node:path";
import { greedyOutcome } from "../src/components/budgeting/domain/greedy";
import { mesOutcome } from "../src/components/budgeting/domain/mes";
import { buildProfile } from "../src/components/budgeting/domain/profile";
import { readPabulibFile } from "../src/components/budgeting/pabulib/read-file";
import { toElection } from "../src/components/budgeting/pabulib/to-election";
import { benchDataset } from "./datasets";

/**
 * Budgeting benchmarks. MES+add1 runs in its own child process per file, so its peak memory
 * (max RSS) is its own; greedy is timed here, on an election already parsed.
 * Goals: MES+add1 < 2 s and < 300 MB per file on one core; greedy < 100 ms.
 */
const repoRoot = path.resolve(import.meta.dirname, "..");
/** Large files from ../shared/data (see bench/datasets.ts): a missing one is reported as skipped. */
const pabulibFile = (file: string) => benchDataset(`pabulib/${file}`);
const FILES = ["Poland_Warszawa_2026.pb", "Poland_Krakow_2020.pb"];

interface MesMeasure {
  /** Wall-clock seconds (inflated when other processes compete for the cores). */
  seconds: number;
  /** CPU seconds used by MES+add1 itself: the one-core cost, stable under load. */
  cpuSeconds: number;
  parseSeconds: number;
  maxRssMB: number;
  winners: number;
  totalCost: number;
  perVoterBudget: number | null;
  add1Steps: unknown;
}

/** Child-process body: parse, then time MES+add1 alone. */
async function measureMesInThisProcess(file: string): Promise<MesMeasure> {
  const t0 = performance.now();
  const election = toElection(await readPabulibFile(file));
  const t1 = performance.now();
  const cpu = process.cpuUsage();
  const outcome = mesOutcome(election, { completion: "add1" });
  const used = process.cpuUsage(cpu);
  const t2 = performance.now();
  return {
    seconds: (t2 - t1) / 1000,
    cpuSeconds: (used.user + used.system) / 1e6,
    parseSeconds: (t1 - t0) / 1000,
    maxRssMB: process.resourceUsage().maxRSS / 1024,
    winners: outcome.winners.length,
    totalCost: outcome.totalCost,
    perVoterBudget: outcome.perVoterBudget,
    add1Steps: outcome.notes.add1Steps,
  };
}

function measureMesInChild(name: string): MesMeasure | { error: string } | { skipped: string } {
  const file = pabulibFile(name);
  if (typeof file !== "string") return file;
  const child = spawnSync(process.execPath, ["--import", "tsx", import.meta.filename, "--child", file], {
    cwd: repoRoot,
    encoding: "utf8",
  });
  if (child.status !== 0) return { error: child.stderr.trim() || `exit ${child.status}` };
  return JSON.parse(child.stdout) as MesMeasure;
}

/** Greedy on a parsed election: CPU ms per run, with and without building the profile. */
async function measureGreedy(name: string, minVotes?: number) {
  const file = pabulibFile(name);
  if (typeof file !== "string") return file;
  const election = toElection(await readPabulibFile(file));
  const options = minVotes ? { eligibility: { minVotes } } : {};
  greedyOutcome(election, options); // warm-up
  const runs = 5;
  const cpuMs = (f: () => void) => {
    const start = process.cpuUsage();
    for (let x = 0; x < runs; x++) f();
    const used = process.cpuUsage(start);
    return (used.user + used.system) / 1000 / runs;
  };
  const profile = buildProfile(election);
  return {
    cpuMsIncludingProfile: cpuMs(() => greedyOutcome(election, options)),
    cpuMsOnProfile: cpuMs(() => greedyOutcome(election, options, profile)),
  };
}

export async function benchBudgeting(): Promise<Record<string, unknown>> {
  const result: Record<string, unknown> = {};
  for (const file of FILES) result[`mesAdd1 ${file}`] = measureMesInChild(file);
  result["greedy Poland_Warszawa_2026.pb"] = await measureGreedy("Poland_Warszawa_2026.pb", 3000);
  result["greedy Poland_Krakow_2020.pb"] = await measureGreedy("Poland_Krakow_2020.pb");
  return result;
}

if (process.argv[1] === import.meta.filename) {
  if (process.argv[2] === "--child") {
    process.stdout.write(JSON.stringify(await measureMesInThisProcess(process.argv[3]!)));
  } else {
    console.log(JSON.stringify(await benchBudgeting(), null, 2));
  }
}
