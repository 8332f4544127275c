import { describe, expect, it } from "vitest";
import type { CurrentUser } from "../../../core/auth/sessions";
import type { Role } from "../../../core/db/types";
import { IDEA_STATES, type IdeaState } from "../domain/states";
import { mayViewPhotos, photoManageVerdict, photosPublic } from "./permissions";

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
const idea = (state: IdeaState, supportCount = 0) => ({ authorId: 1, state, supportCount, siteId: 1 });
const author = user(1);
const neighbour = user(2);

describe("who sees an idea's photos", () => {
  it("everyone, except for drafts and ideas hidden by moderation", () => {
    expect(IDEA_STATES.filter((s) => !photosPublic(idea(s)))).toEqual(["draft", "hidden"]);
    for (const s of IDEA_STATES.filter((s) => photosPublic(idea(s)))) expect(mayViewPhotos(idea(s), null)).toBe(true);
  });

  it("a draft's and a hidden idea's photos: those who may read its text (author, moderators, admins)", () => {
    expect(mayViewPhotos(idea("draft"), author)).toBe(true);
    expect(mayViewPhotos(idea("draft"), user(3, ["moderator"]))).toBe(true);
    expect(mayViewPhotos(idea("draft"), neighbour)).toBe(false);
    expect(mayViewPhotos(idea("draft"), null)).toBe(false);
    expect(mayViewPhotos(idea("hidden"), null)).toBe(false);
    expect(mayViewPhotos(idea("hidden"), neighbour)).toBe(false);
    expect(mayViewPhotos(idea("hidden"), author)).toBe(true);
    for (const role of ["moderator", "admin"] as Role[])
      expect(mayViewPhotos(idea("hidden"), user(3, [role]))).toBe(true);
    for (const role of ["official", "council"] as Role[])
      expect(mayViewPhotos(idea("hidden"), user(3, [role]))).toBe(false);
    expect(mayViewPhotos(idea("hidden"), user(3, ["moderator"], 2))).toBe(false);
  });
});

describe("who changes an idea's photos", () => {
  it("the author while the text may change; not after the first support or once forwarded", () => {
    expect(photoManageVerdict(idea("draft"), author)).toEqual({ ok: true, audited: false });
    expect(photoManageVerdict(idea("open"), author)).toEqual({ ok: true, audited: false });
    expect(photoManageVerdict(idea("open", 1), author)).toMatchObject({ ok: false, status: 409 });
    expect(photoManageVerdict(idea("forwarded"), author)).toMatchObject({ ok: false, status: 409 });
  });

  it("staff always, audited when it is not their own idea; nobody else", () => {
    for (const role of ["moderator", "official", "admin"] as Role[])
      expect(photoManageVerdict(idea("forwarded", 50), user(3, [role]))).toEqual({ ok: true, audited: true });
    expect(photoManageVerdict(idea("open"), user(1, ["official"]))).toEqual({ ok: true, audited: false });
    expect(photoManageVerdict(idea("open"), neighbour)).toMatchObject({ ok: false, status: 403 });
    expect(photoManageVerdict(idea("open"), user(3, ["council"]))).toMatchObject({ ok: false, status: 403 });
    expect(photoManageVerdict(idea("open"), user(3, ["admin"], 2))).toMatchObject({ ok: false, status: 403 });
    expect(photoManageVerdict(idea("open"), null)).toMatchObject({ ok: false, status: 401 });
  });
});
