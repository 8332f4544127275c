// What an admin may change about someone's roles. Pure: the caller loads the current roles and the
// number of admins of the site, and applies the result in one transaction.
import type { Role } from "../db/types";
import { GRANTABLE_ROLES } from "./roles";

export interface RoleChange {
  granted: Role[];
  revoked: Role[];
}

export type RoleChangeResult = { ok: true; change: RoleChange } | { ok: false; reason: "lastAdmin" };

/** The difference between the roles someone has and the roles the admin ticked. */
export function diffRoles(current: Iterable<Role>, wanted: Iterable<Role>): RoleChange {
  const have = new Set([...current].filter((r) => GRANTABLE_ROLES.includes(r)));
  const want = new Set([...wanted].filter((r) => GRANTABLE_ROLES.includes(r)));
  return {
    granted: GRANTABLE_ROLES.filter((r) => want.has(r) && !have.has(r)),
    revoked: GRANTABLE_ROLES.filter((r) => have.has(r) && !want.has(r)),
  };
}

/**
 * A site must keep at least one admin, or nobody could manage it any more (only the command line
 * could repair that). Only admins change roles, so the one who would remove the last admin role is
 * always that last admin themselves.
 */
export function planRoleChange(input: {
  current: Iterable<Role>;
  wanted: Iterable<Role>;
  adminCount: number;
}): RoleChangeResult {
  const change = diffRoles(input.current, input.wanted);
  if (change.revoked.includes("admin") && input.adminCount <= 1) return { ok: false, reason: "lastAdmin" };
  return { ok: true, change };
}

export const isGrantableRole = (value: string): value is Role => (GRANTABLE_ROLES as readonly string[]).includes(value);
