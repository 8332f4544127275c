import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { holds, type IdeaClockFacts } from "./idea-condition";
import {
  awaitingAnswer,
  collectsSupport,
  effectiveState,
  inEffectiveState,
  isAwaitingAnswer,
  isOverdue,
  needsReaction,
  thresholdReached,
} from "./idea-rules";
import { allowedFrom, IDEA_STATES, type IdeaState } from "./states";

const T0 = "2027-01-01T10:00:00.000Z";
const at = (days: number) => new Date(Date.parse(T0) + days * 86_400_000);
const idea = (state: IdeaState, dates: Partial<IdeaClockFacts> = {}): IdeaClockFacts => ({
  state,
  published_at: T0,
  deadline_at: at(90).toISOString(),
  due_at: null,
  last_reaction_at: null,
  ...dates,
});

describe("where an idea stands", () => {
  it("shows an open idea past its deadline as expired, even before the job ran", () => {
    expect(effectiveState("open", at(10).toISOString(), at(9.99))).toBe("open");
    expect(effectiveState("open", at(10).toISOString(), at(10))).toBe("expired");
    expect(effectiveState("forwarded", at(10).toISOString(), at(20))).toBe("forwarded");
  });

  it("agrees with itself: an idea is in exactly one effective state (property)", () => {
    fc.assert(
      fc.property(fc.constantFrom(...IDEA_STATES), fc.option(fc.integer({ min: -5, max: 5 })), (state, day) => {
        const facts = idea(state, { deadline_at: day === null ? null : at(day).toISOString() });
        const shown = effectiveState(state, facts.deadline_at, at(0));
        expect(IDEA_STATES.filter((s) => holds(inEffectiveState(s, at(0)), facts))).toEqual([shown]);
      }),
    );
  });

  it("awaits an answer exactly in the states the state machine accepts an answer from", () => {
    expect(IDEA_STATES.filter(isAwaitingAnswer)).toEqual([...allowedFrom("answer")]);
    expect(IDEA_STATES.filter((s) => holds(awaitingAnswer, idea(s)))).toEqual(["forwarded", "scheduled"]);
  });

  it("marks an answer overdue only while it is still owed", () => {
    const due = at(42).toISOString();
    expect(isOverdue("forwarded", due, at(43))).toBe(true);
    expect(isOverdue("scheduled", due, at(42.5))).toBe(true);
    expect(isOverdue("scheduled", due, at(41))).toBe(false);
    expect(isOverdue("scheduled", due, at(42))).toBe(false);
    expect(isOverdue("answered", due, at(50))).toBe(false);
    expect(isOverdue("forwarded", null, at(50))).toBe(false);
  });

  it("collects supports while open, and after forwarding only when those still count and before the deadline", () => {
    const now = at(10);
    expect(holds(collectsSupport(now, false), idea("open"))).toBe(true);
    expect(holds(collectsSupport(now, true), idea("forwarded"))).toBe(true);
    expect(holds(collectsSupport(now, false), idea("forwarded"))).toBe(false);
    expect(holds(collectsSupport(at(91), true), idea("scheduled"))).toBe(false);
    expect(holds(collectsSupport(at(90), false), idea("open"))).toBe(false);
    fc.assert(
      fc.property(fc.constantFrom(...IDEA_STATES), fc.boolean(), fc.integer({ min: 0, max: 100 }), (s, after, day) => {
        const collecting = holds(collectsSupport(at(day), after), idea(s));
        if (!["open", "forwarded", "scheduled"].includes(s)) expect(collecting).toBe(false);
        // Whatever collects is shown as open or awaiting an answer, never as expired.
        if (collecting) expect(effectiveState(s, idea(s).deadline_at, at(day))).not.toBe("expired");
      }),
    );
  });

  it("flags an open idea without any reaction after 14 days, until someone reacts", () => {
    const quiet = idea("open");
    expect(holds(needsReaction(at(13.9)), quiet)).toBe(false);
    expect(holds(needsReaction(at(14)), quiet)).toBe(true);
    expect(holds(needsReaction(at(20)), { ...quiet, last_reaction_at: at(15).toISOString() })).toBe(false);
    expect(holds(needsReaction(at(20)), { ...quiet, state: "forwarded" })).toBe(false);
    // Past its deadline the idea is expired: nobody can react to it any more, so it is not flagged.
    expect(holds(needsReaction(at(91)), quiet)).toBe(false);
  });

  it("forwards at the N-th support", () => {
    expect(thresholdReached(99, 100)).toBe(false);
    expect(thresholdReached(100, 100)).toBe(true);
  });
});
