import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { endOfLocalDay, isCalendarDate, lastOpenDay, localDate, startOfLocalDay } from "./local-dates";

describe("local dates (Europe/Amsterdam)", () => {
  it("turns a calendar day into local midnights in winter and summer time", () => {
    expect(startOfLocalDay("2026-01-15")).toBe("2026-01-14T23:00:00.000Z");
    expect(startOfLocalDay("2026-07-15")).toBe("2026-07-14T22:00:00.000Z");
    expect(endOfLocalDay("2026-03-28")).toBe("2026-03-28T23:00:00.000Z"); // the night summer time starts
    expect(endOfLocalDay("2026-10-24")).toBe("2026-10-24T22:00:00.000Z");
  });

  it("accepts only real dates", () => {
    expect(["2026-02-28", "2028-02-29"].every(isCalendarDate)).toBe(true);
    expect(["2026-02-29", "2026-13-01", "26-01-01", "2026-1-1", "", "2026-01-01T00:00"].some(isCalendarDate)).toBe(
      false,
    );
  });

  it("reads back the same day it was given (property)", () => {
    fc.assert(
      fc.property(fc.date({ min: new Date("2000-01-01"), max: new Date("2090-12-31"), noInvalidDate: true }), (d) => {
        const day = d.toISOString().slice(0, 10);
        return localDate(startOfLocalDay(day)) === day && lastOpenDay(endOfLocalDay(day)) === day;
      }),
    );
  });
});
