import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { localDateTimeToIso, localTime } from "../../../core/i18n/local-days";
import { isPast, placeFor, placesLeft, registrationOpen, reminderDue, seesOnlineLink } from "./meeting";

const meeting = {
  status: "scheduled" as const,
  registration: "required" as const,
  starts_at: "2026-12-10T18:30:00.000Z",
  ends_at: "2026-12-10T20:30:00.000Z",
};

describe("meeting rules", () => {
  it("places go to the first `capacity` registrations, the rest wait", () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 200 }), fc.integer({ min: 0, max: 400 }), (capacity, people) => {
        let confirmed = 0;
        let waiting = 0;
        for (let i = 0; i < people; i++)
          if (placeFor(confirmed, capacity) === "confirmed") confirmed++;
          else waiting++;
        expect(confirmed).toBe(Math.min(capacity, people));
        expect(waiting).toBe(Math.max(0, people - capacity));
        expect(placesLeft(confirmed, capacity)).toBe(capacity - confirmed);
      }),
    );
    expect(placeFor(10_000, null)).toBe("confirmed");
    expect(placesLeft(5, null)).toBeNull();
    expect(placesLeft(12, 10)).toBe(0);
  });

  it("registration closes at the start, on cancellation, and without registration", () => {
    expect(registrationOpen(meeting, new Date("2026-12-10T18:29:00Z"))).toEqual({ ok: true });
    expect(registrationOpen(meeting, new Date("2026-12-10T18:30:00Z")).ok).toBe(false);
    expect(registrationOpen({ ...meeting, status: "cancelled" }, new Date("2026-12-01T00:00:00Z"))).toEqual({
      ok: false,
      key: "meetings.errors.cancelled",
    });
    expect(registrationOpen({ ...meeting, registration: "none" }, new Date("2026-12-01T00:00:00Z")).ok).toBe(false);
  });

  it("a meeting is past once it ended", () => {
    expect(isPast(meeting, new Date("2026-12-10T20:29:59Z"))).toBe(false);
    expect(isPast(meeting, new Date("2026-12-10T20:30:00Z"))).toBe(true);
  });

  it("the reminder is due from the local day before until the start", () => {
    // 10 December 19:30 in Amsterdam; the day before starts at 9 December 00:00 local = 8 Dec 23:00 UTC.
    expect(reminderDue(meeting.starts_at, new Date("2026-12-08T22:59:00Z"))).toBe(false);
    expect(reminderDue(meeting.starts_at, new Date("2026-12-08T23:00:00Z"))).toBe(true);
    expect(reminderDue(meeting.starts_at, new Date("2026-12-10T18:29:00Z"))).toBe(true);
    expect(reminderDue(meeting.starts_at, new Date("2026-12-10T18:30:00Z"))).toBe(false);
  });

  it("only people with a place see the online link", () => {
    expect(seesOnlineLink("confirmed")).toBe(true);
    for (const s of ["waiting", "unconfirmed", "cancelled", null] as const) expect(seesOnlineLink(s)).toBe(false);
  });

  it("local wall-clock times convert in winter and summer", () => {
    expect(localDateTimeToIso("2026-12-10", "19:30")).toBe("2026-12-10T18:30:00.000Z");
    expect(localDateTimeToIso("2026-06-10", "19:30")).toBe("2026-06-10T17:30:00.000Z");
    // The day the clocks go forward (29 March 2026): evening is already summer time.
    expect(localDateTimeToIso("2026-03-29", "20:00")).toBe("2026-03-29T18:00:00.000Z");
    expect(localDateTimeToIso("2026-10-25", "20:00")).toBe("2026-10-25T19:00:00.000Z");
    expect(localTime("2026-06-10T17:30:00.000Z")).toBe("19:30");
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 23 }),
        fc.integer({ min: 0, max: 59 }),
        fc.integer({ min: 0, max: 364 }),
        (h, m, d) => {
          const day = new Date(Date.UTC(2026, 0, 1) + d * 86_400_000).toISOString().slice(0, 10);
          const time = `${String(h).padStart(2, "0")}:${String(m).padStart(2, "0")}`;
          // Times the spring change skips do not round-trip; every other time does.
          if (day === "2026-03-29" && h === 2) return;
          expect(localTime(localDateTimeToIso(day, time))).toBe(time);
        },
      ),
    );
  });
});
