// `npm run bench -- --profile`: where a page's time goes. The V8 sampling profiler runs while
// autocannon loads the page; samples are summed by function (self time) and by package or folder.
import { Session } from "node:inspector/promises";
import { measureLoad } from "./load";

export interface ProfileSummary {
  requestsPerSecond: number;
  byFunction: [string, number][];
  byPlace: [string, number][];
}

function place(url: string): string {
  if (!url) return "(native: V8, SQLite, I/O)";
  const module = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(url);
  if (module) return module[1]!;
  const ours = /\/(src\/[^/]+\/[^/]+|bench\/[^/]+)/.exec(url);
  return ours ? ours[1]! : url.startsWith("node:") ? "node internals" : url;
}

export async function profileLoad(
  url: string,
  seconds: number,
  headers?: Record<string, string>,
): Promise<ProfileSummary> {
  const session = new Session();
  session.connect();
  await session.post("Profiler.enable");
  await session.post("Profiler.start");
  const load = await measureLoad({ url, headers, durationSeconds: seconds });
  const { profile } = await session.post("Profiler.stop");
  session.disconnect();
  const nodes = new Map(profile.nodes.map((n) => [n.id, n]));
  const byFunction = new Map<string, number>();
  const byPlace = new Map<string, number>();
  const samples = profile.samples ?? [];
  for (const id of samples) {
    const frame = nodes.get(id)!.callFrame;
    if (frame.functionName === "(idle)") continue;
    const where = place(frame.url);
    const name = `${frame.functionName || "(anonymous)"} in ${where}`;
    byFunction.set(name, (byFunction.get(name) ?? 0) + 1);
    byPlace.set(where, (byPlace.get(where) ?? 0) + 1);
  }
  const share = (m: Map<string, number>, n: number): [string, number][] =>
    [...m]
      .sort((a, b) => b[1] - a[1])
      .slice(0, n)
      .map(([k, c]) => [k, Math.round((c / samples.length) * 1000) / 10]);
  return { requestsPerSecond: load.requestsPerSecond, byFunction: share(byFunction, 15), byPlace: share(byPlace, 12) };
}
