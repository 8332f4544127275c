import { describe, expect, it } from "vitest";
import type { CurrentUser } from "../../core/auth/sessions";
import type { Role } from "../../core/db/types";
import { canAnswer } from "./answer-rules";

const resident = (more: Partial<CurrentUser> = {}): CurrentUser => ({
  id: 3,
  siteId: 1,
  displayName: "R",
  email: "r@example.org",
  emailVerified: true,
  participant: { level: "email", verifiedPostcode: null, verifiedBirthdate: null },
  language: "nl",
  roles: new Set<Role>(["resident"]),
  ...more,
});
const survey = { siteId: 1, published: true, closesOn: "2027-03-31" };
const before = new Date("2027-03-31T21:00:00Z");
const after = new Date("2027-03-31T22:00:00Z");

describe("who may answer a survey", () => {
  it("is a resident of the site with a confirmed address, while the survey is open", () => {
    expect(canAnswer(resident(), survey, before)).toEqual({ ok: true });
  });
  it("says why anyone else may not", () => {
    expect(canAnswer(resident(), survey, after)).toEqual({ ok: false, reason: "closed" });
    expect(canAnswer(resident(), { ...survey, published: false }, before)).toEqual({ ok: false, reason: "closed" });
    expect(canAnswer(null, survey, before)).toEqual({ ok: false, reason: "login" });
    expect(canAnswer(resident({ siteId: 2 }), survey, before)).toEqual({ ok: false, reason: "other-site" });
    expect(canAnswer(resident({ emailVerified: false }), survey, before)).toEqual({
      ok: false,
      reason: "verify-email",
    });
  });
});
