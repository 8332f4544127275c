import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { progressOptions } from "./progress-options";
import { ANSWER_KINDS, IDEA_STATES, transition } from "./states";

describe("progress options", () => {
  it("offers starting only for an adopted answer, and completing only work in progress", () => {
    expect(progressOptions({ state: "answered", answerKind: "adopted" })).toEqual(["start"]);
    expect(progressOptions({ state: "answered", answerKind: "partly_adopted" })).toEqual(["start"]);
    expect(progressOptions({ state: "answered", answerKind: "not_adopted" })).toEqual([]);
    expect(progressOptions({ state: "in_progress", answerKind: "adopted" })).toEqual(["complete"]);
    expect(progressOptions({ state: "completed", answerKind: "adopted" })).toEqual([]);
    expect(progressOptions({ state: "open", answerKind: null })).toEqual([]);
  });

  it("offers exactly what the state machine accepts", () => {
    fc.assert(
      fc.property(fc.constantFrom(...IDEA_STATES), fc.constantFrom(null, ...ANSWER_KINDS), (state, answerKind) => {
        const offered = progressOptions({ state, answerKind });
        for (const action of ["start", "complete"] as const) {
          const ok = transition({ state, action, actor: "official", answerKind }).ok;
          expect(offered.includes(action)).toBe(ok);
        }
      }),
    );
  });
});
