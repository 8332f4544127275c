import { describe, expect, it } from "vitest";
import type { CurrentUser } from "../../core/auth/sessions";
import type { Role } from "../../core/db/types";
import { IDEA_STATES } from "./domain/states";
import {
  canAuthorAct,
  canEdit,
  canSeeContent,
  canSupport,
  canView,
  commentRole,
  isCouncil,
  isModerator,
  isOfficial,
  listsHiddenIdeas,
  supportIsLive,
} from "./permissions";

const user = (id: number, roles: Role[] = [], siteId = 1): CurrentUser => ({
  id,
  siteId,
  displayName: "X",
  email: "x@example.org",
  emailVerified: true,
  language: "nl",
  roles: new Set<Role>(["resident", ...roles]),
  participant: { level: "email", verifiedPostcode: null, verifiedBirthdate: null },
});
const idea = { authorId: 1, state: "open" as const, supportCount: 0, siteId: 1 };

describe("ideas permissions", () => {
  it("shows drafts only to their author and moderators", () => {
    const draft = { ...idea, state: "draft" as const };
    expect(canView(draft, null)).toBe(false);
    expect(canView(draft, user(2))).toBe(false);
    expect(canView(draft, user(1))).toBe(true);
    expect(canView(draft, user(3, ["moderator"]))).toBe(true);
    for (const state of IDEA_STATES.filter((s) => s !== "draft")) expect(canView({ ...idea, state }, null)).toBe(true);
  });

  it("shows a hidden idea's title and text only to its author, moderators and admins of its site", () => {
    const hidden = { ...idea, state: "hidden" as const };
    expect(canSeeContent(hidden, null)).toBe(false);
    expect(canSeeContent(hidden, user(2))).toBe(false);
    expect(canSeeContent(hidden, user(2, ["official", "council"]))).toBe(false);
    expect(canSeeContent(hidden, user(1))).toBe(true);
    expect(canSeeContent(hidden, user(3, ["moderator"]))).toBe(true);
    expect(canSeeContent(hidden, user(3, ["admin"]))).toBe(true);
    expect(canSeeContent(hidden, user(3, ["moderator"], 2))).toBe(false);
    for (const state of IDEA_STATES.filter((s) => s !== "hidden"))
      expect(canSeeContent({ ...idea, state }, null)).toBe(canView({ ...idea, state }, null));
    expect([listsHiddenIdeas(null), listsHiddenIdeas(user(1)), listsHiddenIdeas(user(3, ["moderator"]))]).toEqual([
      false,
      false,
      true,
    ]);
  });

  it("lets only the author edit, only in draft or open, only before the first support", () => {
    expect(canEdit(idea, user(1))).toEqual({ ok: true });
    expect(canEdit(idea, null)).toMatchObject({ ok: false, status: 401 });
    expect(canEdit(idea, user(2))).toMatchObject({ ok: false, status: 403 });
    expect(canEdit(idea, user(1, [], 2))).toMatchObject({ ok: false, status: 403 });
    expect(canEdit({ ...idea, supportCount: 1 }, user(1))).toMatchObject({ ok: false, status: 409 });
    expect(canEdit({ ...idea, state: "forwarded" }, user(1))).toMatchObject({ ok: false, status: 409 });
    expect(canAuthorAct(idea, user(1), ["draft"])).toMatchObject({ ok: false, status: 409 });
  });

  it("calls a support live while the idea collects supports, or would again after being restored", () => {
    const now = new Date("2026-06-01T00:00:00Z");
    const later = "2026-07-01T00:00:00.000Z";
    const earlier = "2026-05-01T00:00:00.000Z";
    const facts = { state: "open" as const, stateBeforeHidden: null, deadlineAt: later, countAfterThreshold: false };
    expect(supportIsLive(facts, now)).toBe(true);
    expect(supportIsLive({ ...facts, deadlineAt: earlier }, now)).toBe(false); // expired, job not run yet
    expect(supportIsLive({ ...facts, state: "forwarded" }, now)).toBe(false);
    expect(supportIsLive({ ...facts, state: "forwarded", countAfterThreshold: true }, now)).toBe(true);
    expect(supportIsLive({ ...facts, state: "forwarded", countAfterThreshold: true, deadlineAt: earlier }, now)).toBe(
      false,
    );
    expect(supportIsLive({ ...facts, state: "hidden", stateBeforeHidden: "open" }, now)).toBe(true);
    expect(supportIsLive({ ...facts, state: "hidden", stateBeforeHidden: "answered" }, now)).toBe(false);
  });

  it("takes supports only while the idea collects them (who may support: participation rules)", () => {
    expect(canSupport(true)).toEqual({ ok: true });
    expect(canSupport(false)).toMatchObject({ status: 409, key: "ideas.errors.notOpen" });
  });

  it("gives staff their roles and comment badges", () => {
    expect([
      isCouncil(user(1, ["council"])),
      isOfficial(user(1, ["council"])),
      isModerator(user(1, ["admin"])),
    ]).toEqual([true, false, true]);
    expect(commentRole(user(1, ["official"]))).toBe("official");
    expect(commentRole(user(1, ["council"]))).toBe("council");
    expect(commentRole(user(1))).toBe("resident");
  });
});
