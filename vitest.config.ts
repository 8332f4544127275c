import { defineConfig } from "vitest/config";
import { BaseSequencer, type TestSpecification } from "vitest/node";

const isJourney = (file: string) => /browser-journey\.test\.ts$|[/\\]test[/\\]e2e[/\\][^/\\]+\.test\.ts$/.test(file);

/**
 * The browser journeys start first, then the rest in vitest's order (slowest first from its cache,
 * else largest first). The journeys take most of the suite's time: started last, one of them would
 * run alone at the end while the other workers idle.
 */
class JourneysFirst extends BaseSequencer {
  override async sort(files: TestSpecification[]): Promise<TestSpecification[]> {
    const sorted = await super.sort(files);
    return [...sorted.filter((s) => isJourney(s.moduleId)), ...sorted.filter((s) => !isJourney(s.moduleId))];
  }
}

export default defineConfig({
  test: {
    include: ["src/**/*.test.ts", "src/**/*.test.tsx", "test/**/*.test.ts", "scripts/**/*.test.ts"],
    pool: "forks",
    // A worker keeps its loaded modules from one test file to the next: importing the app's ~1,000
    // modules again for every file was a fifth of the suite's time (docs/benchmarks.md, "Test
    // suite"). Each file still builds its own app, database and servers; nothing else is shared.
    isolate: false,
    // Three files at a time on this 2-core machine (vitest's default is cores - 1, i.e. one): a
    // browser journey waits on its server and Chromium much of the time. docs/benchmarks.md, "Test
    // suite", has the figures. VITEST_MAX_WORKERS overrides it (e.g. 1 to debug a journey alone).
    maxWorkers: Number(process.env.VITEST_MAX_WORKERS) || 3,
    sequence: { sequencer: JourneysFirst },
    // One Chromium for the run, started by the first journey that asks (test/global-setup.ts).
    globalSetup: ["./test/global-setup.ts"],
    // Limits, not speed requirements: with three files at a time each gets less of a core.
    testTimeout: 120_000,
    // A journey's start (seeding, `inspraak serve`, a browser connection) took over 60 s on this
    // machine shared by other test runs (load average 20+): a limit, not a speed requirement.
    hookTimeout: 180_000,
    reporters: ["default", "./test/summary-reporter.ts"],
  },
});
