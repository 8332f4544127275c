import { describe, expect, it } from "vitest";
import { currentPhase, isDay, parsePhases, phaseStatus, phaseValues, surveyOpen } from "./timeline";

const phases = [
  { name: "Informatie", startsOn: "2027-03-01", endsOn: "2027-03-14" },
  { name: "Inbreng", startsOn: "2027-03-15", endsOn: "2027-03-31" },
  { name: "Besluit", startsOn: "2027-05-01", endsOn: "2027-05-31" },
];

describe("the current phase", () => {
  it("follows the calendar in Amsterdam, not in UTC", () => {
    // 23:30 UTC on 14 March is already 15 March in Amsterdam (UTC+1).
    expect(currentPhase(phases, new Date("2027-03-14T22:59:59Z"))).toBe(0);
    expect(currentPhase(phases, new Date("2027-03-14T23:00:00Z"))).toBe(1);
    // Summer time: midnight is 22:00 UTC.
    expect(currentPhase(phases, new Date("2027-05-31T21:59:59Z"))).toBe(2);
    expect(currentPhase(phases, new Date("2027-05-31T22:00:00Z"))).toBeNull();
  });

  it("is none before the first phase and between two phases", () => {
    expect(currentPhase(phases, new Date("2027-02-28T12:00:00Z"))).toBeNull();
    expect(currentPhase(phases, new Date("2027-04-10T12:00:00Z"))).toBeNull();
    expect(currentPhase([], new Date())).toBeNull();
  });

  it("marks phases past, current and upcoming", () => {
    const now = new Date("2027-03-20T12:00:00Z");
    expect(phases.map((p) => phaseStatus(p, now))).toEqual(["past", "current", "upcoming"]);
  });
});

describe("a survey's closing day", () => {
  it("takes answers until the end of that day in Amsterdam, and only when published", () => {
    const s = { published: true, closesOn: "2027-03-31" };
    expect(surveyOpen(s, new Date("2027-03-31T21:59:59Z"))).toBe(true);
    expect(surveyOpen(s, new Date("2027-03-31T22:00:00Z"))).toBe(false);
    expect(surveyOpen({ ...s, published: false }, new Date("2027-03-01T00:00:00Z"))).toBe(false);
  });
});

describe("the staff form's phase rows", () => {
  const row = (i: number, name: string, start: string, end: string) => ({
    [`phase${i}Name`]: name,
    [`phase${i}Start`]: start,
    [`phase${i}End`]: end,
  });

  it("reads filled rows in order and skips empty ones", () => {
    const values = {
      ...phaseValues(phases.slice(0, 2)),
      ...row(3, "", "", ""),
      ...row(4, "Besluit", "2027-05-01", "2027-05-31"),
    };
    expect(parsePhases(values)).toEqual({ phases, errors: [] });
  });

  it("puts each problem beside its field", () => {
    const keys = (values: Record<string, string>) =>
      parsePhases(values).errors.map((e) => [e.field, e.key.split(".").at(-1)]);
    expect(keys(row(1, "", "2027-03-01", "2027-03-02"))).toEqual([["phase1Name", "nameRequired"]]);
    expect(keys(row(1, "a".repeat(81), "2027-03-01", "2027-03-02"))).toEqual([["phase1Name", "nameTooLong"]]);
    expect(keys(row(1, "Inbreng", "2027-02-30", ""))).toEqual([
      ["phase1Start", "dayRequired"],
      ["phase1End", "dayRequired"],
    ]);
    expect(keys(row(1, "Inbreng", "2027-03-10", "2027-03-09"))).toEqual([["phase1End", "endBeforeStart"]]);
    expect(keys({ ...row(1, "A", "2027-03-01", "2027-03-10"), ...row(2, "B", "2027-03-10", "2027-03-20") })).toEqual([
      ["phase2Start", "overlaps"],
    ]);
  });

  it("knows a real day from a look-alike", () => {
    expect(isDay("2028-02-29")).toBe(true);
    for (const bad of ["2027-02-29", "2027-13-01", "27-03-01", "2027-3-1", "2027-03-01T00:00"])
      expect(isDay(bad)).toBe(false);
  });
});
