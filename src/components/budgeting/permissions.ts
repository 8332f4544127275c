// Who may manage a budget process, as role lists that the routes require and pure checks that the
// pages ask, so both agree. What each phase allows, and who votes online, is in
// domain/process-rules.ts.
import type { CurrentUser } from "../../core/auth/sessions";
import type { Role } from "../../core/db/types";
import { hasAnyRole } from "../../core/permissions/roles";

/** Settings, phases, voting codes and .pb import: administrators only. */
export const MANAGERS: readonly Role[] = ["admin"];

/** Setting cost and feasibility, paper ballots, implementation updates and .pb export: officials too. */
export const REVIEWERS: readonly Role[] = ["admin", "official"];

export const mayManage = (user: CurrentUser | null): boolean => hasAnyRole(user, ...MANAGERS);
export const mayReview = (user: CurrentUser | null): boolean => hasAnyRole(user, ...REVIEWERS);
