// Where a page's time goes: the V8 sampling profiler runs while work is done (`npm run bench --
// --profile` under autocannon, bench/cpu.ts over app.inject), and samples are summed by function
// (self time), by package or folder, and for our own functions inclusively (a sample counts once
// for every function of ours on its stack).
import { Session } from "node:inspector/promises";
import { measureLoad } from "./load";

export interface ProfileSummary {
  byFunction: [string, number][];
  byPlace: [string, number][];
  ourFunctionsInclusive: [string, number][];
}

function place(url: string): string {
  if (!url) return "(native: V8, SQLite, I/O)";
  const module = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(url);
  if (module) return module[1]!;
  const ours = /\/(src\/[^/]+\/[^/]+|bench\/[^/]+)/.exec(url);
  return ours ? ours[1]! : url.startsWith("node:") ? "node internals" : url;
}

/** Starts the profiler; `stop()` ends it and sums the samples taken since. */
export async function startProfiler(): Promise<{ stop(): Promise<ProfileSummary> }> {
  const session = new Session();
  session.connect();
  await session.post("Profiler.enable");
  await session.post("Profiler.start");
  return {
    async stop() {
      const { profile } = await session.post("Profiler.stop");
      session.disconnect();
      return summarize(profile);
    },
  };
}

type Profile = import("node:inspector").Profiler.Profile;

function summarize(profile: Profile): ProfileSummary {
  const nodes = new Map(profile.nodes.map((n) => [n.id, n]));
  const parents = new Map<number, number>();
  for (const n of profile.nodes) for (const child of n.children ?? []) parents.set(child, n.id);
  const nameOf = (id: number) => {
    const frame = nodes.get(id)!.callFrame;
    return `${frame.functionName || "(anonymous)"} in ${place(frame.url)}`;
  };
  const byFunction = new Map<string, number>();
  const byPlace = new Map<string, number>();
  const inclusive = new Map<string, number>();
  const add = (m: Map<string, number>, key: string) => m.set(key, (m.get(key) ?? 0) + 1);
  let counted = 0;
  for (const id of profile.samples ?? []) {
    const frame = nodes.get(id)!.callFrame;
    if (frame.functionName === "(idle)") continue;
    counted++;
    add(byFunction, nameOf(id));
    add(byPlace, place(frame.url));
    const seen = new Set<string>();
    for (let at: number | undefined = id; at !== undefined; at = parents.get(at)) {
      if (!nodes.get(at)!.callFrame.url.includes("/src/")) continue;
      const name = nameOf(at);
      if (!seen.has(name)) add(inclusive, name);
      seen.add(name);
    }
  }
  const share = (m: Map<string, number>, n: number): [string, number][] =>
    [...m]
      .sort((a, b) => b[1] - a[1])
      .slice(0, n)
      .map(([k, c]) => [k, Math.round((c / counted) * 1000) / 10]);
  return {
    byFunction: share(byFunction, 25),
    byPlace: share(byPlace, 15),
    ourFunctionsInclusive: share(inclusive, 30),
  };
}

export type LoadProfile = ProfileSummary & { requestsPerSecond: number };

export async function profileLoad(
  url: string,
  seconds: number,
  headers?: Record<string, string>,
): Promise<LoadProfile> {
  const profiler = await startProfiler();
  const load = await measureLoad({ url, headers, durationSeconds: seconds });
  return { requestsPerSecond: load.requestsPerSecond, ...(await profiler.stop()) };
}

/** The summary as report lines, share of samples first. */
export function profileLines(summary: ProfileSummary): string[] {
  const lines = (title: string, entries: [string, number][]) => [
    title,
    ...entries.map(([name, pct]) => `  ${String(pct).padStart(5)}%  ${name}`),
  ];
  return [
    ...lines("by package or folder:", summary.byPlace),
    ...lines("busiest functions (self time):", summary.byFunction),
    ...lines("our functions (inclusive time):", summary.ourFunctionsInclusive),
  ];
}
