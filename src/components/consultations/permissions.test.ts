import { describe, expect, it } from "vitest";
import type { CurrentUser } from "../../core/auth/sessions";
import type { Role } from "../../core/db/types";
import { canManageConsultations } from "./permissions";

const user = (roles: Role[], siteId = 1): CurrentUser => ({
  id: 7,
  siteId,
  displayName: "A",
  email: "a@example.org",
  emailVerified: true,
  participant: { level: "email", verifiedPostcode: null, verifiedBirthdate: null },
  language: "nl",
  roles: new Set<Role>(["resident", ...roles]),
});

describe("who manages consultations", () => {
  it("is an official or admin of the same site", () => {
    expect(canManageConsultations(user(["official"]), 1)).toBe(true);
    expect(canManageConsultations(user(["admin"]), 1)).toBe(true);
  });
  it("is not a resident, moderator, council member, visitor, or staff of another site", () => {
    for (const roles of [[], ["moderator"], ["council"]] as Role[][])
      expect(canManageConsultations(user(roles), 1)).toBe(false);
    expect(canManageConsultations(null, 1)).toBe(false);
    expect(canManageConsultations(user(["admin"], 2), 1)).toBe(false);
  });
});
