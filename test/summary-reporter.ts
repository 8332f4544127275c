// Prints one plain closing line ("Tests: N passed, N failed, N skipped") that CI reads, preceded
// by one line per test skipped with a note (e.g. "needs ../shared/data/… (not bundled: see datasets/README.md)"),
// so a skip is never silent; and the slowest test files, to know where the suite's time goes.
import type { Reporter, TestModule } from "vitest/node";

export default class SummaryReporter implements Reporter {
  onTestRunEnd(modules: ReadonlyArray<TestModule>): void {
    let passed = 0,
      failed = 0,
      skipped = 0;
    const notes: string[] = [];
    for (const mod of modules) {
      for (const test of mod.children.allTests()) {
        const result = test.result();
        if (result.state === "passed") passed++;
        else if (result.state === "failed") failed++;
        else {
          skipped++;
          // A test skipped for a missing data set names the file in its title (test/support/datasets.ts).
          if (result.state === "skipped")
            notes.push(`Skipped: ${test.fullName}${result.note ? ` — ${result.note}` : ""}`);
        }
      }
      // A file that failed outside its tests (an import, a beforeAll) counts as one failure, even
      // when its tests were then skipped: the closing line must never read "0 failed" then.
      if (mod.state() === "failed" && ![...mod.children.allTests()].some((t) => t.result().state === "failed"))
        failed++;
    }
    if (notes.length) process.stdout.write(`\n${notes.join("\n")}\n`);
    process.stdout.write(slowestFiles(modules));
    process.stdout.write(`\nTests: ${passed} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ""}\n`);
  }
}

const SLOWEST = 15;

/** The files whose tests and hooks took longest (time in the file, not counting waiting for a worker). */
function slowestFiles(modules: ReadonlyArray<TestModule>): string {
  const timed = modules
    .map((mod) => ({ file: mod.relativeModuleId, seconds: mod.diagnostic().duration / 1000 }))
    .sort((a, b) => b.seconds - a.seconds);
  const total = timed.reduce((sum, t) => sum + t.seconds, 0);
  const lines = timed.slice(0, SLOWEST).map((t) => `${t.seconds.toFixed(1).padStart(7)} s  ${t.file}`);
  const heading = `Slowest test files (of ${timed.length}, ${Math.round(total)} s in all files together):`;
  return `\n${heading}\n${lines.join("\n")}\n`;
}
