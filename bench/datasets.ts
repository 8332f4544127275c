// The benchmarks run on large real files from ../shared/data (src/core/datasets.ts). On a clone
// without that folder a benchmark is skipped, and the report names the missing file.
import { largeDataset } from "../src/core/datasets";

export type Skipped = { skipped: string };

/** The path of a large data set, or a `skipped` figure (also printed on stderr) naming the file. */
export function benchDataset(relative: string): string | Skipped {
  const dataset = largeDataset(relative);
  if (dataset.present) return dataset.path;
  process.stderr.write(`bench: skipped, ${dataset.missing}\n`);
  return { skipped: dataset.missing ?? relative };
}
