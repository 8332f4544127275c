// Who may do what in a budget process. Pure checks over already-loaded objects, so the rules are
// tested without a database; routes turn a refusal into 403 (or a log-in redirect).
import type { CurrentUser } from "../../core/auth/sessions";
import { hasAnyRole } from "../../core/permissions/roles";
import { parsePostcodeRanges, postcodeInRanges } from "../../core/sites/postcodes";
import type { BudgetProcess } from "./store/tables";

/** Settings, phases, voting codes and .pb import: administrators only. */
export const mayManage = (user: CurrentUser | null): boolean => hasAnyRole(user, "admin");

/** Setting cost and feasibility, paper ballots and implementation updates: officials too. */
export const mayReview = (user: CurrentUser | null): boolean => hasAnyRole(user, "admin", "official");

export const votingOpen = (process: Pick<BudgetProcess, "phase" | "imported">): boolean =>
  process.phase === "vote" && process.imported === 0;

export const resultsPublic = (process: BudgetProcess): boolean =>
  process.phase === "results" || process.phase === "implementation";

export const submissionsOpen = (process: BudgetProcess): boolean =>
  process.phase === "submit" && process.imported === 0;

export type VoterVerdict = "ok" | "login" | "outside-area" | "closed";

/**
 * A logged-in resident votes online when the process is for the whole site, or when their
 * postcode lies in the area's ranges (an area without ranges has no online voters: codes then).
 */
export function residentVoterVerdict(
  process: BudgetProcess,
  area: { site_id: number; postcode_ranges: string } | null,
  voter: { siteId: number; postcode: string | null } | null,
): VoterVerdict {
  if (!votingOpen(process)) return "closed";
  if (!voter) return "login";
  if (voter.siteId !== process.site_id) return "outside-area";
  if (process.area_id === null) return "ok";
  if (!area || area.site_id !== process.site_id) return "outside-area";
  const ranges = parsePostcodeRanges(area.postcode_ranges) ?? [];
  return voter.postcode && postcodeInRanges(voter.postcode, ranges) ? "ok" : "outside-area";
}
