// The role model. Everyone with an account is a resident; other roles are granted per site by an
// admin. Pure checks over an already-loaded user, so they are tested without a database.
import type { CurrentUser } from "../auth/sessions";
import type { Role } from "../db/types";
import { HttpError } from "../http/errors";

export const ROLES: readonly Role[] = ["resident", "moderator", "official", "council", "admin"];
export const GRANTABLE_ROLES: readonly Role[] = ["moderator", "official", "council", "admin"];

export const hasAnyRole = (user: CurrentUser | null, ...roles: Role[]): boolean =>
  !!user && roles.some((r) => user.roles.has(r));

/** Staff see the admin area: each sees the parts for their own role. */
export const isStaff = (user: CurrentUser | null): boolean =>
  hasAnyRole(user, "moderator", "official", "council", "admin");

/** Throws 401-like redirect need (no user) or 403 (wrong role). */
export function requireRole(user: CurrentUser | null, ...roles: Role[]): CurrentUser {
  if (!user) throw new HttpError(401, "errors.loginRequired");
  if (!hasAnyRole(user, ...roles)) throw new HttpError(403, "errors.forbidden");
  return user;
}

export function requireUser(user: CurrentUser | null): CurrentUser {
  if (!user) throw new HttpError(401, "errors.loginRequired");
  return user;
}
