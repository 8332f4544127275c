// Tests that need a large data set from ../shared/data: skipped, with a note that names the
// missing file, on a clone without that folder (the summary reporter prints the note). CI has
// the folder, so there they run.
import type { TestContext } from "vitest";
import { largeDataset } from "../../src/core/datasets";

/** The large data set's path, or the running test is skipped with a note naming the file. */
export function requireLargeDataset(context: Pick<TestContext, "skip">, relative: string): string {
  const dataset = largeDataset(relative);
  if (!dataset.present) context.skip(dataset.missing ?? relative);
  return dataset.path;
}
