// Who may do what with consultations: pure checks over the already-loaded user. Officials and
// admins run consultations and build surveys; who may answer is answer-rules.ts.
import type { CurrentUser } from "../../core/auth/sessions";
import type { Role } from "../../core/db/types";

/** The roles that create consultations, build surveys and read results. */
export const CONSULTATION_STAFF: readonly Role[] = ["official", "admin"];

export function canManageConsultations(user: CurrentUser | null, siteId: number): boolean {
  return !!user && user.siteId === siteId && CONSULTATION_STAFF.some((r) => user.roles.has(r));
}
