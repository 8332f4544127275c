// The component benchmarks live with their components' authors (bench/<name>.ts). Each is
// imported only if its file exists, so `npm run bench` works while components are being built.
import fs from "node:fs";
import path from "node:path";
import { pathToFileURL } from "node:url";

const benchDir = path.resolve(import.meta.dirname, "..");

export interface ComponentBench {
  file: string;
  exportName: string;
}

export const componentBenches: ComponentBench[] = [
  { file: "ideas.ts", exportName: "benchIdeas" },
  { file: "budgeting.ts", exportName: "benchBudgeting" },
  { file: "budgeting-http.ts", exportName: "benchBallots" },
  { file: "opinions.ts", exportName: "benchOpinions" },
  { file: "opinions-http.ts", exportName: "benchOpinionVotes" },
  { file: "consultations-http.ts", exportName: "benchSurveyResponses" },
  { file: "maps-http.ts", exportName: "benchMaps" },
  { file: "poll-http.ts", exportName: "benchPollVotes" },
];

export type ComponentOutcome = { ran: true; seconds: number; result: unknown } | { ran: false; note: string };

export async function runComponentBench(bench: ComponentBench): Promise<ComponentOutcome> {
  const file = path.join(benchDir, bench.file);
  if (!fs.existsSync(file)) return { ran: false, note: `bench/${bench.file} does not exist yet` };
  const module = (await import(pathToFileURL(file).href)) as Record<string, unknown>;
  const fn = module[bench.exportName];
  if (typeof fn !== "function") {
    const exported = Object.keys(module).join(", ") || "nothing";
    return { ran: false, note: `bench/${bench.file} exports no ${bench.exportName}() (it exports: ${exported})` };
  }
  const started = performance.now();
  const result: unknown = await (fn as () => Promise<unknown>)();
  return { ran: true, seconds: Math.round((performance.now() - started) / 100) / 10, result };
}
