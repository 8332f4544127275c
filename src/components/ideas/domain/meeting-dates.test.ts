import { describe, expect, it } from "vitest";
import { meetingDateAllowed, meetingIsPast } from "./meeting-dates";

describe("meeting dates", () => {
  it("allows today and later, local time, and refuses the past", () => {
    const now = new Date("2026-12-15T23:30:00.000Z"); // already 16 December in Amsterdam
    expect(meetingDateAllowed("2026-12-15", now)).toBe(false);
    expect(meetingDateAllowed("2026-12-16", now)).toBe(true);
    expect(meetingDateAllowed("2027-01-05", now)).toBe(true);
  });

  it("calls a meeting past from the day after it", () => {
    const meetingAt = "2026-12-15T00:00:00.000Z";
    expect(meetingIsPast(meetingAt, new Date("2026-12-15T20:00:00.000Z"))).toBe(false);
    expect(meetingIsPast(meetingAt, new Date("2026-12-15T22:59:59.999Z"))).toBe(false);
    expect(meetingIsPast(meetingAt, new Date("2026-12-15T23:00:00.000Z"))).toBe(true);
  });
});
