// What a budget process allows in each phase, and who votes online. Pure over the process's phase
// and whether it was imported, so routes, views, commands and the command line ask the same
// questions and get the same answers.
import { parsePostcodeRanges, postcodeInRanges } from "../../../core/sites/postcodes";

export type Phase = "submit" | "review" | "vote" | "results" | "implementation";
export const PHASES: readonly Phase[] = ["submit", "review", "vote", "results", "implementation"];

export interface ProcessPhase {
  phase: Phase;
  /** 1 when the process came from a .pb file: its ballots were cast elsewhere. */
  imported: number;
}

export const submissionsOpen = (p: ProcessPhase): boolean => p.phase === "submit" && p.imported === 0;

export const votingOpen = (p: ProcessPhase): boolean => p.phase === "vote" && p.imported === 0;

export const resultsPublic = (p: ProcessPhase): boolean => p.phase === "results" || p.phase === "implementation";

/**
 * The process is closed: its vote is over, or it never had one here (imported). The ballots are
 * final, so no voting codes are made and no project costs change any more.
 */
export const processClosed = (p: ProcessPhase): boolean => p.imported === 1 || resultsPublic(p);

/** Settings, projects and phases before the vote: fixed for an imported process. */
export const editable = (p: ProcessPhase): boolean => p.imported === 0;

/** Imported processes only move between results and implementation: they have no live vote. */
export const allowedPhases = (p: ProcessPhase): readonly Phase[] =>
  p.imported === 1 ? ["results", "implementation"] : PHASES;

/**
 * Moving to `to` closes the process: the ballots are counted then, once, even when an admin skips
 * straight from the vote (or earlier) to implementation.
 */
export const closesProcess = (p: ProcessPhase, to: Phase): boolean =>
  !processClosed(p) && processClosed({ ...p, phase: to });

export type VoterVerdict = "ok" | "login" | "unverified" | "no-postcode" | "outside-area" | "closed";

export interface OnlineVoter {
  siteId: number;
  emailVerified: boolean;
  postcode: string | null;
}

/**
 * What voting online in this process asks of an account's postcode: nothing (a process for the
 * whole site), a postcode in the area's ranges (`missing`, `outside` or `inside` for this
 * account), or it cannot be done online at all (an area without ranges: voting codes then).
 * The process page says it before voting; the vote route refuses by it.
 */
export type PostcodeNeed = "not-needed" | "codes-only" | "missing" | "outside" | "inside";

export function postcodeNeed(
  process: { site_id: number; area_id: number | null },
  area: { site_id: number; postcode_ranges: string } | null,
  postcode: string | null,
): PostcodeNeed {
  if (process.area_id === null) return "not-needed";
  if (!area || area.site_id !== process.site_id) return "codes-only";
  const ranges = parsePostcodeRanges(area.postcode_ranges) ?? [];
  if (ranges.length === 0) return "codes-only";
  if (!postcode) return "missing";
  return postcodeInRanges(postcode, ranges) ? "inside" : "outside";
}

/**
 * A logged-in resident votes online when their e-mail address is confirmed (as for supporting an
 * idea) and the process is for the whole site, or their postcode lies in the area's ranges (an area
 * without ranges has no online voters: voting codes then).
 */
export function onlineVoterVerdict(
  process: ProcessPhase & { site_id: number; area_id: number | null },
  area: { site_id: number; postcode_ranges: string } | null,
  voter: OnlineVoter | null,
): VoterVerdict {
  if (!votingOpen(process)) return "closed";
  if (!voter) return "login";
  if (voter.siteId !== process.site_id) return "outside-area";
  if (!voter.emailVerified) return "unverified";
  const need = postcodeNeed(process, area, voter.postcode);
  if (need === "missing") return "no-postcode";
  return need === "not-needed" || need === "inside" ? "ok" : "outside-area";
}
