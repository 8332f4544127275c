// Who may do what with meetings. Pure over the loaded user, so it is tested without a database.
// Officials and admins organise meetings; registering is open to anyone (docs/meetings.md).
import type { CurrentUser } from "../../core/auth/sessions";
import { hasAnyRole, requireRole } from "../../core/permissions/roles";

export const ORGANISER_ROLES = ["official", "admin"] as const;

export const mayOrganise = (user: CurrentUser | null): boolean => hasAnyRole(user, ...ORGANISER_ROLES);

/** Throws 401 or 403 unless the user organises meetings on this site. */
export const requireOrganiser = (user: CurrentUser | null): CurrentUser => requireRole(user, ...ORGANISER_ROLES);
