import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { addCalendarDays, localDate } from "../../../core/i18n/local-days";
import { answeredOnTime, commentEditable, daysLeft, remindersDue, responseDue, supportDeadline } from "./deadlines";

const T0 = "2027-01-01T10:00:00.000Z";
const at = (days: number) => new Date(Date.parse(T0) + days * 86_400_000);

describe("deadlines and the response clock", () => {
  it("puts the support deadline the given days later", () => {
    expect(supportDeadline(T0, 90)).toBe("2027-04-01T10:00:00.000Z");
  });

  it("makes an answer due at the end of its due day in Amsterdam, also around midnight and DST", () => {
    // Forwarded on 2 December (winter time, UTC+1) with 14 days: due through 16 December.
    expect(responseDue("2026-12-02T10:00:00.000Z", 14)).toBe("2026-12-16T22:59:59.999Z");
    // 23:59:59 on 2 December local time is still 2 December; 00:30 local on the 3rd is the 3rd.
    expect(responseDue("2026-12-02T22:59:59.000Z", 14)).toBe("2026-12-16T22:59:59.999Z");
    expect(responseDue("2026-12-02T23:30:00.000Z", 14)).toBe("2026-12-17T22:59:59.999Z");
    // A term ending in summer time (UTC+2), and one ending on the days the clocks change.
    expect(responseDue("2027-03-20T10:00:00.000Z", 14)).toBe("2027-04-03T21:59:59.999Z");
    expect(responseDue("2027-03-14T12:00:00.000Z", 14)).toBe("2027-03-28T21:59:59.999Z");
    expect(responseDue("2027-10-17T12:00:00.000Z", 14)).toBe("2027-10-31T22:59:59.999Z");
    expect(responseDue(T0, 42)).toBe("2027-02-12T22:59:59.999Z");
  });

  it("always ends the term on the last moment of the local day N days after forwarding (property)", () => {
    fc.assert(
      fc.property(
        fc.date({ min: new Date("2020-01-01"), max: new Date("2060-12-31"), noInvalidDate: true }),
        fc.integer({ min: 1, max: 400 }),
        (forwarded, days) => {
          const due = responseDue(forwarded.toISOString(), days);
          const after = new Date(Date.parse(due) + 1).toISOString();
          expect(localDate(due)).toBe(addCalendarDays(localDate(forwarded.toISOString()), days));
          expect(localDate(after)).toBe(addCalendarDays(localDate(due), 1));
        },
      ),
    );
  });

  it("counts whole days left, rounding up, never below zero (property)", () => {
    fc.assert(
      fc.property(fc.integer({ min: -1000, max: 1000 }), fc.integer({ min: 0, max: 86_399_999 }), (days, ms) => {
        const now = new Date(Date.parse(T0) + ms);
        const left = daysLeft(at(days).toISOString(), now);
        expect(left).toBeGreaterThanOrEqual(0);
        // Less than a day has passed since T0, so a deadline `days` days after T0 is `days` days away (rounded up).
        if (days > 0) expect(left).toBe(days);
        if (days <= 0) expect(left).toBe(0);
      }),
    );
  });

  it("counts an answer on time up to and including the due date", () => {
    const due = at(42).toISOString();
    expect(answeredOnTime(at(42).toISOString(), due)).toBe(true);
    expect(answeredOnTime(at(43).toISOString(), due)).toBe(false);
  });

  it("sends reminders at half-term and one week before the due date", () => {
    const idea = (term: number) => ({ forwardedAt: T0, dueAt: responseDue(T0, term), responseDays: term });
    expect(remindersDue(idea(42), at(20))).toBe(0);
    expect(remindersDue(idea(42), at(21.5))).toBe(1);
    expect(remindersDue(idea(42), at(34.5))).toBe(1);
    // Due through 12 February: the second reminder from the start of 6 February, local time.
    expect(remindersDue(idea(42), new Date("2027-02-05T22:59:59.999Z"))).toBe(1);
    expect(remindersDue(idea(42), new Date("2027-02-05T23:00:00.000Z"))).toBe(2);
    expect(remindersDue(idea(14), at(7.5))).toBe(1);
    expect(remindersDue(idea(10), at(5.5))).toBe(1);
    expect(remindersDue(idea(10), at(9))).toBe(1);
  });

  it("never decreases the number of reminders due as time passes (property)", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 365 }),
        fc.double({ min: 0, max: 400, noNaN: true }),
        fc.double({ min: 0, max: 400, noNaN: true }),
        (term, a, b) => {
          const [early, late] = a <= b ? [a, b] : [b, a];
          const idea = { forwardedAt: T0, dueAt: responseDue(T0, term), responseDays: term };
          expect(remindersDue(idea, at(late))).toBeGreaterThanOrEqual(remindersDue(idea, at(early)));
        },
      ),
    );
  });

  it("lets a comment be edited for 15 minutes", () => {
    expect(commentEditable(T0, new Date(Date.parse(T0) + 15 * 60_000))).toBe(true);
    expect(commentEditable(T0, new Date(Date.parse(T0) + 15 * 60_000 + 1))).toBe(false);
  });
});
