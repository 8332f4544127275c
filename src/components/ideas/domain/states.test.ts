import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { AUTOMATIC_ACTIONS, IDEA_STATES, transition, type Actor, type IdeaAction, type IdeaState } from "./states";

const ACTORS: Actor[] = ["system", "author", "council", "official", "moderator"];
const ACTIONS: IdeaAction[] = [
  "publish",
  "forward",
  "expire",
  "withdraw",
  "schedule",
  "answer",
  "start",
  "complete",
  "hide",
  "restore",
];

// The full table of allowed transitions: [action, actor, from, to].
const ALLOWED: [IdeaAction, Actor, IdeaState, IdeaState][] = [
  ["publish", "author", "draft", "open"],
  ["forward", "system", "open", "forwarded"],
  ["expire", "system", "open", "expired"],
  ["withdraw", "author", "open", "withdrawn"],
  ["schedule", "council", "forwarded", "scheduled"],
  ["schedule", "council", "scheduled", "scheduled"],
  ["answer", "official", "forwarded", "answered"],
  ["answer", "official", "scheduled", "answered"],
  ["start", "official", "answered", "in_progress"],
  ["complete", "official", "in_progress", "completed"],
  ...IDEA_STATES.filter((s) => s !== "hidden").map(
    (s) => ["hide", "moderator", s, "hidden"] as [IdeaAction, Actor, IdeaState, IdeaState],
  ),
];

describe("idea state machine", () => {
  it.each(ALLOWED)("%s by %s: %s → %s", (action, actor, from, to) => {
    expect(transition({ state: from, action, actor, answerKind: "adopted" })).toEqual({ ok: true, to });
  });

  it("refuses every other combination of action, actor and state", () => {
    for (const action of ACTIONS)
      for (const actor of ACTORS)
        for (const state of IDEA_STATES) {
          if (action === "restore") continue;
          const allowed = ALLOWED.some(([a, by, from]) => a === action && by === actor && from === state);
          expect(transition({ state, action, actor, answerKind: "adopted" }).ok, `${action} ${actor} ${state}`).toBe(
            allowed,
          );
        }
  });

  it("never lets a person perform an automatic transition", () => {
    expect(AUTOMATIC_ACTIONS).toEqual(["forward", "expire"]);
    for (const action of AUTOMATIC_ACTIONS)
      for (const actor of ACTORS.filter((a) => a !== "system")) {
        expect(transition({ state: "open", action, actor })).toEqual({ ok: false, reason: "automaticOnly" });
      }
  });

  it("restores a hidden idea to the state it had before", () => {
    fc.assert(
      fc.property(fc.constantFrom(...IDEA_STATES.filter((s) => s !== "hidden")), (previous) => {
        expect(transition({ state: "hidden", action: "restore", actor: "moderator", previous })).toEqual({
          ok: true,
          to: previous,
        });
      }),
    );
    expect(transition({ state: "hidden", action: "restore", actor: "moderator", previous: null }).ok).toBe(false);
    expect(transition({ state: "open", action: "restore", actor: "moderator", previous: "open" }).ok).toBe(false);
  });

  it("starts work only on an adopted or partly adopted answer", () => {
    expect(transition({ state: "answered", action: "start", actor: "official", answerKind: "partly_adopted" }).ok).toBe(
      true,
    );
    expect(transition({ state: "answered", action: "start", actor: "official", answerKind: "not_adopted" })).toEqual({
      ok: false,
      reason: "notAdopted",
    });
    expect(transition({ state: "answered", action: "start", actor: "official", answerKind: "not_municipal" }).ok).toBe(
      false,
    );
  });

  it("always lands in a known state (property)", () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...IDEA_STATES),
        fc.constantFrom(...ACTIONS),
        fc.constantFrom(...ACTORS),
        (state, action, actor) => {
          const r = transition({ state, action, actor, previous: "open", answerKind: "adopted" });
          if (r.ok) expect(IDEA_STATES).toContain(r.to);
        },
      ),
    );
  });
});
