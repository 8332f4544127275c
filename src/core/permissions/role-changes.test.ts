import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { Role } from "../db/types";
import { diffRoles, isGrantableRole, planRoleChange } from "./role-changes";
import { GRANTABLE_ROLES } from "./roles";

describe("role changes", () => {
  it("computes what is granted and what is revoked", () => {
    expect(diffRoles(["resident", "moderator"], ["official"])).toEqual({
      granted: ["official"],
      revoked: ["moderator"],
    });
    expect(diffRoles(["resident", "admin"], ["admin"])).toEqual({ granted: [], revoked: [] });
  });

  it("never grants or revokes the resident role", () => {
    expect(diffRoles(["resident"], ["resident" as Role])).toEqual({ granted: [], revoked: [] });
  });

  it("refuses to remove the last admin of a site", () => {
    expect(planRoleChange({ current: ["admin"], wanted: [], adminCount: 1 })).toEqual({
      ok: false,
      reason: "lastAdmin",
    });
    expect(planRoleChange({ current: ["admin"], wanted: ["moderator"], adminCount: 1 })).toEqual({
      ok: false,
      reason: "lastAdmin",
    });
  });

  it("allows removing an admin when another admin remains", () => {
    expect(planRoleChange({ current: ["admin"], wanted: [], adminCount: 2 })).toEqual({
      ok: true,
      change: { granted: [], revoked: ["admin"] },
    });
  });

  it("allows other changes to the last admin", () => {
    expect(planRoleChange({ current: ["admin"], wanted: ["admin", "council"], adminCount: 1 })).toEqual({
      ok: true,
      change: { granted: ["council"], revoked: [] },
    });
  });

  it("knows which roles may be granted", () => {
    expect(GRANTABLE_ROLES.every(isGrantableRole)).toBe(true);
    expect(isGrantableRole("resident")).toBe(false);
    expect(isGrantableRole("superuser")).toBe(false);
  });

  it("applying the change to the current roles gives exactly the wanted roles", () => {
    const roles = fc.subarray([...GRANTABLE_ROLES]);
    fc.assert(
      fc.property(roles, roles, (current, wanted) => {
        const { granted, revoked } = diffRoles(current, wanted);
        const after = new Set(current.filter((r) => !revoked.includes(r)).concat(granted));
        expect([...after].sort()).toEqual([...wanted].sort());
        expect(granted.filter((r) => revoked.includes(r))).toEqual([]);
      }),
    );
  });
});
