/**
 * Benchmark of the opinion-map analysis (`node --import tsx bench/opinions.ts` prints JSON).
 * Each case runs in its own child process so that its peak memory (maxRSS) is its own.
 * Figures: seconds for analyzeConversation alone (input already in memory, median of the runs),
 * and the child's peak resident memory including that input.
 */
import { execFile } from "node:child_process";
import path from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { promisify } from "node:util";
import { analyzeConversation } from "../src/components/opinions/domain/analyze-conversation";
import { syntheticConversation } from "../src/components/opinions/domain/synthetic-conversation";
import type { ConversationInput } from "../src/components/opinions/domain/types";
import { readExportDirectory } from "../src/components/opinions/opendata/read-export-directory";
import { toConversationInput } from "../src/components/opinions/opendata/to-conversation-input";
import { benchDataset } from "./datasets";

const here = path.dirname(fileURLToPath(import.meta.url));
const repoRoot = path.resolve(here, "..");
const cases = ["vtaiwan.uberx", "synthetic-20000x1000"] as const;
type CaseName = (typeof cases)[number];

async function loadCase(name: CaseName): Promise<{ input: ConversationInput; runs: number; loadSeconds: number }> {
  const start = performance.now();
  if (name === "vtaiwan.uberx") {
    const dir = benchDataset("polis/openData/vtaiwan.uberx");
    if (typeof dir !== "string") throw new Error(dir.skipped); // benchOpinions checks before it starts a child
    const input = toConversationInput(await readExportDirectory(dir));
    return { input, runs: 5, loadSeconds: (performance.now() - start) / 1000 };
  }
  const input = syntheticConversation({
    participants: 20_000,
    statements: 1_000,
    blocs: 3,
    votesPerParticipant: 50, // 20,000 × 50 ≈ 1,000,000 votes
    noise: 0.2,
    seed: 1,
  });
  return { input, runs: 1, loadSeconds: (performance.now() - start) / 1000 };
}

/** Runs inside the child: one case, JSON on stdout. */
async function measure(name: CaseName): Promise<Record<string, unknown>> {
  const { input, runs, loadSeconds } = await loadCase(name);
  const seconds: number[] = [];
  let groups = 0;
  let placed = 0;
  for (let run = 0; run < runs; run++) {
    const start = performance.now();
    const analysis = analyzeConversation(input);
    seconds.push((performance.now() - start) / 1000);
    groups = analysis.groups.length;
    placed = analysis.positions.length;
  }
  seconds.sort((a, b) => a - b);
  return {
    participants: new Set(input.votes.map((v) => v.participant)).size,
    statements: input.statements.length,
    votes: input.votes.length,
    loadSeconds: round(loadSeconds),
    analysisSeconds: round(seconds[Math.floor(seconds.length / 2)]!),
    fastestSeconds: round(seconds[0]!), // sorted above: the fastest run, not the first
    runs,
    groups,
    placed,
    peakMemoryMB: Math.round(process.resourceUsage().maxRSS / 1024),
  };
}

function round(x: number): number {
  return Math.round(x * 1000) / 1000;
}

export async function benchOpinions(): Promise<Record<string, unknown>> {
  const run = promisify(execFile);
  const result: Record<string, unknown> = {};
  for (const name of cases) {
    const data = name === "vtaiwan.uberx" ? benchDataset("polis/openData/vtaiwan.uberx") : "";
    if (typeof data !== "string") {
      result[name] = data;
      continue;
    }
    const { stdout } = await run(
      process.execPath,
      ["--import", "tsx", fileURLToPath(import.meta.url), "--case", name],
      {
        cwd: repoRoot,
        maxBuffer: 1 << 20,
      },
    );
    result[name] = JSON.parse(stdout);
  }
  return result;
}

const invokedDirectly = process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href;
if (invokedDirectly) {
  const at = process.argv.indexOf("--case");
  if (at >= 0) {
    process.stdout.write(JSON.stringify(await measure(process.argv[at + 1] as CaseName)));
  } else {
    process.stdout.write(`${JSON.stringify(await benchOpinions(), null, 2)}\n`);
  }
}
