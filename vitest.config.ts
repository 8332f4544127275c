import { defineConfig } from "vitest/config";
import JourneysFirst from "./test/sequencer";

export default defineConfig({
  test: {
    include: ["src/**/*.test.ts", "src/**/*.test.tsx", "test/**/*.test.ts", "scripts/**/*.test.ts"],
    pool: "forks",
    // Three files at a time on this 2-core machine (vitest's default is cores - 1, i.e. one): a
    // browser journey waits on its server and Chromium much of the time. docs/benchmarks.md, "Test
    // suite", has the figures. VITEST_MAX_WORKERS overrides it (e.g. 1 to debug a journey alone).
    maxWorkers: Number(process.env.VITEST_MAX_WORKERS) || 3,
    sequence: { sequencer: JourneysFirst },
    globalSetup: ["./test/global-setup.ts"],
    testTimeout: 60_000,
    hookTimeout: 60_000,
    reporters: ["default", "./test/summary-reporter.ts"],
  },
});
