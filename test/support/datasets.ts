// Tests that need large data sets from ../shared/data. On a clone without that folder they are
// declared skipped (it.skipIf) and their title names the missing file, which the summary reporter
// prints again at the end of the run, so a skip is never silent. CI has the folder: there they run.
import { largeDataset } from "../../src/core/datasets";

export interface LargeData {
  paths: string[];
  /** Why the test cannot run, naming the first missing file; null when all are present. */
  missing: string | null;
  /** The test's title, with the missing file named when it is skipped. */
  title(title: string): string;
}

export function largeData(...relatives: string[]): LargeData {
  const sets = relatives.map((relative) => largeDataset(relative));
  const missing = sets.find((set) => !set.present)?.missing ?? null;
  return {
    paths: sets.map((set) => set.path),
    missing,
    title: (title) => (missing ? `${title} (skipped: ${missing})` : title),
  };
}
