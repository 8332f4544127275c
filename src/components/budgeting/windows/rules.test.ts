// The time plan's pure rules: which boundaries are due (to the millisecond), what the job does at
// each for the phase the process is in, what actions check themselves, the staff form's checks in
// Amsterdam time across the clock changes, and the countdown's words in Dutch and English.
import { describe, expect, it } from "vitest";
import { translator } from "../../../core/i18n/catalog";
import { localDateTimeToIso } from "../../../core/i18n/local-days";
import { countdownLines, countdownText, timeLeft } from "./countdown";
import { parseWindows, windowValues } from "./form";
import {
  ballotsAllowed,
  boundaryEffect,
  dueBoundaries,
  NO_WINDOWS,
  type Plan,
  proposalsAllowed,
  type Windows,
} from "./rules";

const at = (day: string, time: string) => localDateTimeToIso(day, time);
const NONE_HANDLED = { proposalsOpen: null, proposalsClose: null, votingOpen: null, votingClose: null };
const windows: Windows = {
  proposalsOpenAt: at("2027-02-01", "09:00"),
  proposalsCloseAt: at("2027-02-15", "17:00"),
  votingOpenAt: at("2027-03-05", "09:00"),
  votingCloseAt: at("2027-03-29", "09:00"),
};
const plan: Plan = { ...windows, handled: { ...NONE_HANDLED } };
const ms = (iso: string, delta: number) => new Date(Date.parse(iso) + delta);

describe("due boundaries", () => {
  it("a boundary is due from its instant on, not a millisecond before, and once handled no more", () => {
    expect(dueBoundaries(plan, ms(windows.votingOpenAt!, -1))).toEqual(["proposalsOpen", "proposalsClose"]);
    expect(dueBoundaries(plan, ms(windows.votingOpenAt!, 0))).toEqual([
      "proposalsOpen",
      "proposalsClose",
      "votingOpen",
    ]);
    const handled = { ...plan, handled: { ...NONE_HANDLED, proposalsOpen: "x", proposalsClose: "x" } };
    expect(dueBoundaries(handled, ms(windows.votingCloseAt!, 1))).toEqual(["votingOpen", "votingClose"]);
    expect(dueBoundaries({ ...NO_WINDOWS, handled: NONE_HANDLED }, new Date("2030-01-01"))).toEqual([]);
  });

  it("moves only forward from the phase before the boundary, and mails only at an opening", () => {
    expect(boundaryEffect("proposalsOpen", "submit")).toEqual({ to: null, opening: "proposals" });
    expect(boundaryEffect("proposalsOpen", "review")).toEqual({ to: null, opening: null });
    expect(boundaryEffect("proposalsClose", "submit")).toEqual({ to: "review", opening: null });
    expect(boundaryEffect("proposalsClose", "vote")).toEqual({ to: null, opening: null });
    expect(boundaryEffect("votingOpen", "review")).toEqual({ to: "vote", opening: "voting" });
    expect(boundaryEffect("votingOpen", "submit")).toEqual({ to: "vote", opening: "voting" });
    // Staff opened the vote by hand already, or closed it early: nothing happens, nobody is mailed.
    expect(boundaryEffect("votingOpen", "vote")).toEqual({ to: null, opening: null });
    expect(boundaryEffect("votingOpen", "results")).toEqual({ to: null, opening: null });
    expect(boundaryEffect("votingClose", "vote")).toEqual({ to: "results", opening: null });
    expect(boundaryEffect("votingClose", "results")).toEqual({ to: null, opening: null });
    expect(boundaryEffect("votingClose", "implementation")).toEqual({ to: null, opening: null });
  });

  it("actions check the plan themselves: no proposal before the window, nothing after a close", () => {
    expect(proposalsAllowed(null, new Date())).toBe(true);
    expect(proposalsAllowed(plan, ms(windows.proposalsOpenAt!, -1))).toBe(false);
    expect(proposalsAllowed(plan, ms(windows.proposalsOpenAt!, 0))).toBe(true);
    expect(proposalsAllowed(plan, ms(windows.proposalsCloseAt!, -1))).toBe(true);
    expect(proposalsAllowed(plan, ms(windows.proposalsCloseAt!, 0))).toBe(false);
    expect(ballotsAllowed(null, new Date())).toBe(true);
    expect(ballotsAllowed(plan, ms(windows.votingCloseAt!, -1))).toBe(true);
    expect(ballotsAllowed(plan, ms(windows.votingCloseAt!, 0))).toBe(false);
    // Once the job handled the close, the phase decides (staff may have reopened the vote by hand).
    const closed = { ...plan, handled: { ...NONE_HANDLED, votingClose: windows.votingCloseAt } };
    expect(ballotsAllowed(closed, ms(windows.votingCloseAt!, 60_000))).toBe(true);
  });
});

describe("the staff form", () => {
  const now = new Date("2027-01-10T12:00:00Z");
  const form = (over: Record<string, string> = {}) => ({ ...windowValues(windows), ...over });

  it("reads Amsterdam wall-clock times as UTC instants, on both sides of the clock changes", () => {
    expect(windowValues(windows)).toMatchObject({ votingCloseDate: "2027-03-29", votingCloseTime: "09:00" });
    const parsed = parseWindows(form({ votingOpenDate: "2027-03-26" }), null, now);
    expect(parsed).toEqual({
      ok: true,
      windows: {
        proposalsOpenAt: "2027-02-01T08:00:00.000Z",
        proposalsCloseAt: "2027-02-15T16:00:00.000Z",
        votingOpenAt: "2027-03-26T08:00:00.000Z", // CET, UTC+1
        votingCloseAt: "2027-03-29T07:00:00.000Z", // CEST, UTC+2, after 28 March
      },
    });
    const autumn = parseWindows(
      {
        votingOpenDate: "2026-10-24",
        votingOpenTime: "09:00",
        votingCloseDate: "2026-10-26",
        votingCloseTime: "09:00",
      },
      null,
      new Date("2026-10-01T00:00:00Z"),
    );
    expect(autumn).toMatchObject({
      ok: true,
      windows: { votingOpenAt: "2026-10-24T07:00:00.000Z", votingCloseAt: "2026-10-26T08:00:00.000Z" },
    });
    expect(parseWindows({}, null, now)).toEqual({ ok: true, windows: NO_WINDOWS });
  });

  it("puts each problem beside its field", () => {
    const errors = (values: Record<string, string>, stored: Windows | null = null) => {
      const r = parseWindows(values, stored, now);
      return r.ok ? [] : r.errors.map((e) => `${e.field}:${e.messageKey.split(".").pop()}`);
    };
    expect(errors(form({ votingOpenDate: "2027-02-30" }))).toEqual(["votingOpenDate:date"]);
    expect(errors(form({ votingOpenTime: "9 uur" }))).toEqual(["votingOpenTime:time"]);
    expect(errors(form({ votingOpenTime: "24:00" }))).toEqual(["votingOpenTime:time"]);
    expect(errors(form({ votingCloseDate: "" }))).toEqual(["votingCloseDate:date"]);
    expect(errors(form({ votingCloseDate: "", votingCloseTime: "" }))).toEqual(["votingCloseDate:bothEnds"]);
    expect(errors(form({ proposalsOpenDate: "", proposalsOpenTime: "" }))).toEqual(["proposalsOpenDate:bothEnds"]);
    expect(errors(form({ votingCloseDate: "2027-03-05", votingCloseTime: "09:00" }))).toEqual([
      "votingCloseDate:closeBeforeOpen",
    ]);
    expect(errors(form({ votingOpenDate: "2027-02-14" }))).toEqual(["votingOpenDate:order"]);
    // A close already passed is refused when it is new, kept when it is the stored one.
    const past = form({ proposalsOpenDate: "2027-01-01", proposalsCloseDate: "2027-01-09" });
    expect(errors(past)).toEqual(["proposalsCloseDate:closePassed"]);
    const stored = {
      ...windows,
      proposalsOpenAt: at("2027-01-01", "09:00"),
      proposalsCloseAt: at("2027-01-09", "17:00"),
    };
    expect(errors(past, stored)).toEqual([]);
  });
});

describe("the countdown", () => {
  const nl = translator("nl");
  const en = translator("en");
  const say = (w: Windows, phase: Parameters<typeof countdownLines>[1], now: Date) => ({
    nl: countdownLines(w, phase, now).map((l) => countdownText(nl, "nl", l, now)),
    en: countdownLines(w, phase, now).map((l) => countdownText(en, "en", l, now)),
  });

  it("counts calendar days across the spring clock change (71 hours is still 3 days)", () => {
    const now = new Date(at("2027-03-26", "09:00"));
    expect(Date.parse(windows.votingCloseAt!) - now.getTime()).toBe(71 * 3_600_000);
    expect(timeLeft(now, windows.votingCloseAt!)).toEqual({ unit: "days", count: 3 });
    expect(say(windows, "vote", now)).toEqual({
      nl: ["Stemmen sluit over 3 dagen, op 29 maart om 9:00."],
      en: ["Voting closes in 3 days, on 29 March at 9:00."],
    });
  });

  it("says when voting opens, in local time across the autumn change, and hours and minutes near the end", () => {
    expect(say(windows, "review", new Date("2027-02-20T12:00:00Z"))).toEqual({
      nl: ["Stemmen opent op 5 maart om 9:00."],
      en: ["Voting opens on 5 March at 9:00."],
    });
    const autumn: Windows = {
      ...NO_WINDOWS,
      votingOpenAt: at("2026-10-26", "09:00"),
      votingCloseAt: at("2026-11-02", "17:00"),
    };
    expect(say(autumn, "review", new Date("2026-10-24T10:00:00Z")).nl).toEqual([
      "Stemmen opent op 26 oktober om 9:00.",
    ]);
    const close = windows.votingCloseAt!;
    expect(say(windows, "vote", ms(close, -5.5 * 3_600_000))).toEqual({
      nl: ["Stemmen sluit over 5 uur, op 29 maart om 9:00."],
      en: ["Voting closes in 5 hours, on 29 March at 9:00."],
    });
    expect(say(windows, "vote", ms(close, -30_000))).toEqual({
      nl: ["Stemmen sluit over 1 minuut, op 29 maart om 9:00."],
      en: ["Voting closes in 1 minute, on 29 March at 9:00."],
    });
    expect(say(windows, "vote", ms(close, 0)).nl).toEqual(["Stemmen is gesloten. De uitslag komt zo."]);
    expect(say(windows, "results", ms(close, 0)).nl).toEqual([]);
  });

  it("in the proposal phase gives both windows, with the year when it is not this year", () => {
    expect(say(windows, "submit", new Date("2026-12-20T12:00:00Z"))).toEqual({
      nl: ["Indienen opent op 1 februari 2027 om 9:00.", "Stemmen opent op 5 maart 2027 om 9:00."],
      en: ["Proposals open on 1 February 2027 at 9:00.", "Voting opens on 5 March 2027 at 9:00."],
    });
    expect(say(windows, "submit", new Date("2027-02-13T16:00:00Z")).nl).toEqual([
      "Indienen sluit over 2 dagen, op 15 februari om 17:00.",
      "Stemmen opent op 5 maart om 9:00.",
    ]);
    expect(countdownLines(null, "vote", new Date())).toEqual([]);
  });
});
