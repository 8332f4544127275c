import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  allowedPhases,
  closesProcess,
  PHASES,
  processClosed,
  resultsPublic,
  submissionsOpen,
  votingOpen,
  type Phase,
} from "./process-rules";

const live = (phase: Phase) => ({ phase, imported: 0 });
const imported = (phase: Phase) => ({ phase, imported: 1 });

describe("budget process phases", () => {
  it("opens submissions, the vote and the results in their own phase only", () => {
    expect(PHASES.filter((p) => submissionsOpen(live(p)))).toEqual(["submit"]);
    expect(PHASES.filter((p) => votingOpen(live(p)))).toEqual(["vote"]);
    expect(PHASES.filter((p) => resultsPublic(live(p)))).toEqual(["results", "implementation"]);
    expect(PHASES.filter((p) => processClosed(live(p)))).toEqual(["results", "implementation"]);
  });

  it("never opens submissions or a vote for an imported process, which is closed from the start", () => {
    for (const p of PHASES) {
      expect(submissionsOpen(imported(p))).toBe(false);
      expect(votingOpen(imported(p))).toBe(false);
      expect(processClosed(imported(p))).toBe(true);
    }
    expect(allowedPhases(imported("results"))).toEqual(["results", "implementation"]);
  });

  it("counts the ballots whenever a live process closes, and never for an imported one (property)", () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...PHASES), { maxLength: 12 }), fc.boolean(), (path, wasImported) => {
        let process = {
          phase: wasImported ? ("results" as Phase) : ("submit" as Phase),
          imported: wasImported ? 1 : 0,
        };
        let closings = 0;
        for (const to of path.filter((p) => allowedPhases(process).includes(p))) {
          const from = process;
          process = { ...process, phase: to };
          // The count happens exactly when the process goes from open to closed.
          const counted = closesProcess(from, to);
          expect(counted).toBe(!processClosed(from) && processClosed(process));
          if (counted) closings++;
        }
        if (wasImported) expect(closings).toBe(0);
        else if (processClosed(process)) expect(closings).toBeGreaterThan(0);
      }),
    );
  });
});
