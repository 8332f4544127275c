// Real public data sets, in one place. The small ones (the demo's Assen budget and Seattle
// conversation, the elections and conversations the tests check against) are bundled in
// `datasets/` (see datasets/README.md for each file's source and licence), so every clone has
// the same demo and the same tests. The large ones (Warszawa 2026, Kraków, the full Pol.is set)
// are too big for the repository: they are read from `../shared/data` beside the checkout when
// that folder exists, and whatever needs them is skipped otherwise. Both folders use the same
// relative paths, so a file can move from one to the other by changing one word.
import fs from "node:fs";
import path from "node:path";

const repositoryRoot = path.resolve(import.meta.dirname, "../..");

export const BUNDLED_DATA_DIR = path.join(repositoryRoot, "datasets");
export const LARGE_DATA_DIR = path.resolve(repositoryRoot, "../shared/data");

/** A file or directory that ships with the repository, e.g. "pabulib/Netherlands_Assen_2024.pb". */
export function bundledDataset(relative: string): string {
  return path.join(BUNDLED_DATA_DIR, relative);
}

export interface LargeDataset {
  path: string;
  present: boolean;
  /** Why something that needs it does not run, naming the missing file; null when present. */
  missing: string | null;
}

/** A large, optional file or directory from `../shared/data`. */
export function largeDataset(relative: string): LargeDataset {
  const file = path.join(LARGE_DATA_DIR, relative);
  const present = fs.existsSync(file);
  return {
    path: file,
    present,
    missing: present ? null : `needs ${path.join("../shared/data", relative)} (not bundled: see datasets/README.md)`,
  };
}

/** The files the demo seeds import: always bundled, so the demo is the same on every clone. */
export const DEMO_DATASETS = {
  assenBudget: bundledDataset("pabulib/Netherlands_Assen_2024.pb"),
  seattleConversation: bundledDataset("polis/openData/15-per-hour-seattle"),
  westAreaBoundaries: bundledDataset("places/demo-west-areas.json"),
};
