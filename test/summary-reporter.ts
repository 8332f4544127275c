// Prints one plain closing line ("Tests: N passed, N failed, N skipped") that CI reads, preceded
// by one line per test skipped with a note (e.g. "needs ../shared/data/… (not bundled: see datasets/README.md)"),
// so a skip is never silent.
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
      if (mod.state() === "failed" && [...mod.children.allTests()].length === 0) failed++;
    }
    if (notes.length) process.stdout.write(`\n${notes.join("\n")}\n`);
    process.stdout.write(`\nTests: ${passed} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ""}\n`);
  }
}
