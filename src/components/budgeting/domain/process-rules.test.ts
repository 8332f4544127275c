import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  allowedPhases,
  closesProcess,
  onlineVoterVerdict,
  postcodeNeed,
  PHASES,
  processClosed,
  resultsPublic,
  submissionsOpen,
  votingOpen,
  type OnlineVoter,
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

describe("who votes online", () => {
  const process = { phase: "vote" as Phase, imported: 0, site_id: 1, area_id: 7 };
  const area = { site_id: 1, postcode_ranges: "1000-1019" };
  const voter: OnlineVoter = { siteId: 1, emailVerified: true, postcode: "1010 AB" };

  it("lets a confirmed resident of the area vote", () => {
    expect(onlineVoterVerdict(process, area, voter)).toBe("ok");
    expect(onlineVoterVerdict({ ...process, area_id: null }, null, { ...voter, postcode: null })).toBe("ok");
  });

  it("asks an unconfirmed account to confirm its e-mail address first, like supporting an idea", () => {
    expect(onlineVoterVerdict(process, area, { ...voter, emailVerified: false })).toBe("unverified");
    expect(onlineVoterVerdict({ ...process, area_id: null }, null, { ...voter, emailVerified: false })).toBe(
      "unverified",
    );
  });

  it("refuses outside the area, another site's account, a visitor and a closed vote", () => {
    expect(onlineVoterVerdict(process, area, { ...voter, postcode: "1030 AA" })).toBe("outside-area");
    expect(onlineVoterVerdict(process, { ...area, postcode_ranges: "" }, voter)).toBe("outside-area");
    expect(onlineVoterVerdict(process, area, { ...voter, siteId: 2 })).toBe("outside-area");
    expect(onlineVoterVerdict(process, area, null)).toBe("login");
    expect(onlineVoterVerdict({ ...process, phase: "review" }, area, voter)).toBe("closed");
  });

  it("tells an account without a postcode apart from one outside the area", () => {
    expect(onlineVoterVerdict(process, area, { ...voter, postcode: null })).toBe("no-postcode");
    expect(postcodeNeed(process, area, null)).toBe("missing");
    expect(postcodeNeed(process, area, "1030 AA")).toBe("outside");
    expect(postcodeNeed(process, area, "1010 AB")).toBe("inside");
    expect(postcodeNeed({ ...process, area_id: null }, null, null)).toBe("not-needed");
    expect(postcodeNeed(process, { ...area, postcode_ranges: "" }, "1010 AB")).toBe("codes-only");
  });
});
