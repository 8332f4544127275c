// The closing line CI reads: a file that failed outside its tests (a beforeAll that timed out, so
// its tests were skipped) must count as a failure, never as "0 failed".
import type { TestModule } from "vitest/node";
import { afterEach, describe, expect, it, vi } from "vitest";
import SummaryReporter from "./summary-reporter";

type State = "passed" | "failed" | "skipped";
const fakeModule = (file: string, state: "passed" | "failed", tests: State[]) =>
  ({
    relativeModuleId: file,
    state: () => state,
    diagnostic: () => ({ duration: 1000 }),
    children: {
      allTests: () =>
        tests.map((s, i) => ({ fullName: `${file} test ${i}`, result: () => ({ state: s }) }))[Symbol.iterator](),
    },
  }) as unknown as TestModule;

function closingLine(modules: TestModule[]): string {
  const written: string[] = [];
  const spy = vi.spyOn(process.stdout, "write").mockImplementation((chunk) => {
    written.push(String(chunk));
    return true;
  });
  try {
    new SummaryReporter().onTestRunEnd(modules);
  } finally {
    spy.mockRestore();
  }
  return written.join("").trim().split("\n").at(-1)!;
}

describe("the summary reporter's closing line", () => {
  afterEach(() => vi.restoreAllMocks());

  it("counts passed and failed tests", () => {
    const line = closingLine([fakeModule("a.test.ts", "failed", ["passed", "failed"])]);
    expect(line).toBe("Tests: 1 passed, 1 failed");
  });

  it("counts a file whose beforeAll failed (its tests skipped) as a failure", () => {
    const line = closingLine([fakeModule("a.test.ts", "failed", ["skipped", "skipped"])]);
    expect(line).toMatch(/^Tests: 0 passed, 1 failed, 2 skipped$/);
  });

  it("counts a file that failed to load, with no tests at all, as a failure", () => {
    expect(closingLine([fakeModule("a.test.ts", "failed", [])])).toBe("Tests: 0 passed, 1 failed");
  });

  it("does not count a failed file twice when a test in it failed", () => {
    expect(closingLine([fakeModule("a.test.ts", "failed", ["failed"])])).toBe("Tests: 0 passed, 1 failed");
  });
});
