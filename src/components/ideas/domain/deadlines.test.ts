import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  answeredOnTime,
  commentEditable,
  daysLeft,
  progressPercent,
  remindersDue,
  responseDue,
  supportDeadline,
} from "./deadlines";

const T0 = "2027-01-01T10:00:00.000Z";
const at = (days: number) => new Date(Date.parse(T0) + days * 86_400_000);

describe("deadlines and the response clock", () => {
  it("puts the support deadline and the due date the given days later", () => {
    expect(supportDeadline(T0, 90)).toBe("2027-04-01T10:00:00.000Z");
    expect(responseDue(T0, 42)).toBe("2027-02-12T10:00:00.000Z");
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

  it("caps progress at 100 and never goes below 0 (property)", () => {
    fc.assert(
      fc.property(fc.nat(10_000), fc.integer({ min: 1, max: 10_000 }), (count, threshold) => {
        const p = progressPercent(count, threshold);
        expect(p).toBeGreaterThanOrEqual(0);
        expect(p).toBeLessThanOrEqual(100);
        expect(p === 100).toBe(count >= threshold);
      }),
    );
  });

  it("counts an answer on time up to and including the due date", () => {
    const due = at(42).toISOString();
    expect(answeredOnTime(at(42).toISOString(), due)).toBe(true);
    expect(answeredOnTime(at(43).toISOString(), due)).toBe(false);
  });

  it("sends reminders at half-term and one week before the due date", () => {
    expect(remindersDue(T0, 42, at(20))).toBe(0);
    expect(remindersDue(T0, 42, at(21))).toBe(1);
    expect(remindersDue(T0, 42, at(34.9))).toBe(1);
    expect(remindersDue(T0, 42, at(35))).toBe(2);
    expect(remindersDue(T0, 10, at(5))).toBe(1);
    expect(remindersDue(T0, 10, at(9))).toBe(1);
  });

  it("never decreases the number of reminders due as time passes (property)", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 365 }),
        fc.double({ min: 0, max: 400, noNaN: true }),
        fc.double({ min: 0, max: 400, noNaN: true }),
        (term, a, b) => {
          const [early, late] = a <= b ? [a, b] : [b, a];
          expect(remindersDue(T0, term, at(late))).toBeGreaterThanOrEqual(remindersDue(T0, term, at(early)));
        },
      ),
    );
  });

  it("lets a comment be edited for 15 minutes", () => {
    expect(commentEditable(T0, new Date(Date.parse(T0) + 15 * 60_000))).toBe(true);
    expect(commentEditable(T0, new Date(Date.parse(T0) + 15 * 60_000 + 1))).toBe(false);
  });
});
