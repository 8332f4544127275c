import { describe, expect, it } from "vitest";
import { answerClock } from "./answer-clock";
import { responseDue } from "./deadlines";
import { isOverdue } from "./idea-rules";

// Forwarded on 2 December 2026 at 11:00 Amsterdam time with a term of 14 days: due through 16 December.
const forwarded = "2026-12-02T10:00:00.000Z";
const dueAt = responseDue(forwarded, 14);
const waiting = (now: string) => answerClock({ state: "forwarded", dueAt, answeredAt: null }, new Date(now));
const answered = (at: string) => answerClock({ state: "answered", dueAt, answeredAt: at }, new Date("2027-01-31"));

describe("the response clock as people read it", () => {
  it("is not late on the due day itself, up to its last minute, and late from midnight", () => {
    expect(waiting("2026-12-16T10:00:00.000Z")).toEqual({ kind: "running", dueAt, daysLeft: 0 });
    expect(waiting("2026-12-16T22:59:59.999Z")).toEqual({ kind: "running", dueAt, daysLeft: 0 });
    expect(isOverdue("forwarded", dueAt, new Date("2026-12-16T22:59:59.999Z"))).toBe(false);
    expect(waiting("2026-12-16T23:00:00.000Z")).toEqual({ kind: "late", dueAt, daysLate: 1 });
    expect(isOverdue("forwarded", dueAt, new Date("2026-12-16T23:00:00.000Z"))).toBe(true);
  });

  it("counts calendar days left and late, local time", () => {
    expect(waiting("2026-12-07T08:00:00.000Z")).toMatchObject({ kind: "running", daysLeft: 9 });
    expect(waiting("2026-12-15T22:30:00.000Z")).toMatchObject({ kind: "running", daysLeft: 1 });
    expect(waiting("2026-12-28T12:00:00.000Z")).toMatchObject({ kind: "late", daysLate: 12 });
    // 23:30 UTC on the 28th is already the 29th in Amsterdam.
    expect(waiting("2026-12-28T23:30:00.000Z")).toMatchObject({ kind: "late", daysLate: 13 });
  });

  it("says after the answer whether the promise was kept", () => {
    expect(answered("2026-12-16T22:59:59.999Z")).toEqual({ kind: "answeredOnTime", dueAt });
    expect(answered("2026-12-05T09:00:00.000Z")).toEqual({ kind: "answeredOnTime", dueAt });
    expect(answered("2026-12-16T23:00:00.000Z")).toEqual({ kind: "answeredLate", dueAt, daysLate: 1 });
    expect(answered("2026-12-19T15:00:00.000Z")).toEqual({ kind: "answeredLate", dueAt, daysLate: 3 });
  });

  it("has nothing to say about an idea that was never forwarded", () => {
    expect(answerClock({ state: "open", dueAt: null, answeredAt: null }, new Date())).toBeNull();
  });

  it("counts days across a change to summer time", () => {
    const due = responseDue("2027-03-20T10:00:00.000Z", 14); // through 3 April, summer time
    const clock = (now: string) => answerClock({ state: "scheduled", dueAt: due, answeredAt: null }, new Date(now));
    expect(clock("2027-03-27T12:00:00.000Z")).toMatchObject({ kind: "running", daysLeft: 7 });
    expect(clock("2027-03-28T12:00:00.000Z")).toMatchObject({ kind: "running", daysLeft: 6 });
    expect(clock("2027-04-03T21:59:59.999Z")).toMatchObject({ kind: "running", daysLeft: 0 });
    expect(clock("2027-04-03T22:00:00.000Z")).toMatchObject({ kind: "late", daysLate: 1 });
  });
});
