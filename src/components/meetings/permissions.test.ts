import { describe, expect, it } from "vitest";
import type { CurrentUser } from "../../core/auth/sessions";
import type { Role } from "../../core/db/types";
import type { HttpError } from "../../core/http/errors";
import { mayOrganise, requireOrganiser } from "./permissions";

const user = (...roles: Role[]): CurrentUser => ({
  id: 1,
  siteId: 1,
  displayName: "Test",
  email: "t@example.org",
  emailVerified: true,
  participant: { level: "email", verifiedPostcode: null, verifiedBirthdate: null },
  language: "nl",
  roles: new Set<Role>(["resident", ...roles]),
});

describe("who organises meetings", () => {
  it("officials and admins do; residents, moderators and the council do not", () => {
    expect(mayOrganise(user("official"))).toBe(true);
    expect(mayOrganise(user("admin"))).toBe(true);
    for (const roles of [[], ["moderator"], ["council"]] as Role[][]) expect(mayOrganise(user(...roles))).toBe(false);
    expect(mayOrganise(null)).toBe(false);
  });

  it("refuses with 401 without an account and 403 without the role", () => {
    const status = (u: CurrentUser | null) => {
      try {
        requireOrganiser(u);
        return 200;
      } catch (error) {
        return (error as HttpError).status;
      }
    };
    expect(status(null)).toBe(401);
    expect(status(user("council"))).toBe(403);
    expect(status(user("official"))).toBe(200);
  });
});
