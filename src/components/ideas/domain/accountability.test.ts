import { describe, expect, it } from "vitest";
import { type AccountabilityFacts, accountabilityFigures } from "./accountability";
import { responseDue } from "./deadlines";

const forwardedAt = "2026-10-01T10:00:00.000Z";
const dueAt = responseDue(forwardedAt, 14); // through 15 October
const base = { publishedAt: "2026-09-01T10:00:00.000Z", forwardedAt, dueAt };
const now = new Date("2026-11-01T12:00:00.000Z");

describe("accountability figures", () => {
  it("counts an overdue idea without an answer against the on-time rate", () => {
    const ideas: AccountabilityFacts[] = [
      { ...base, state: "answered", answeredAt: "2026-10-10T10:00:00.000Z" },
      { ...base, state: "scheduled", answeredAt: null },
    ];
    const f = accountabilityFigures(ideas, now);
    expect(f).toMatchObject({ answered: 1, answeredOnTime: 1, overdueNow: 1, answersDue: 2, onTimePercent: 50 });
  });

  it("leaves out ideas whose term still runs, and counts a late answer as not on time", () => {
    const running = {
      ...base,
      forwardedAt: "2026-10-28T10:00:00.000Z",
      dueAt: responseDue("2026-10-28T10:00:00.000Z", 14),
    };
    const ideas: AccountabilityFacts[] = [
      { ...running, state: "forwarded", answeredAt: null },
      { ...base, state: "answered", answeredAt: "2026-10-16T08:00:00.000Z" },
      { ...base, state: "answered", answeredAt: "2026-10-15T21:00:00.000Z" },
      { state: "draft", publishedAt: null, forwardedAt: null, dueAt: null, answeredAt: null },
    ];
    const f = accountabilityFigures(ideas, now);
    expect(f).toMatchObject({ submitted: 3, forwarded: 3, answered: 2, answersDue: 2, answeredOnTime: 1 });
    expect(f.onTimePercent).toBe(50);
    expect(f.overdueNow).toBe(0);
  });

  it("has no rate while no answer is owed yet", () => {
    const ideas: AccountabilityFacts[] = [
      { ...base, state: "forwarded", answeredAt: null, dueAt: "2026-12-01T22:59:59.999Z" },
    ];
    expect(accountabilityFigures(ideas, now).onTimePercent).toBeNull();
  });
});
