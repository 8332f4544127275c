// What a budget process allows in each phase, and who votes online. Pure over the process's phase
// and whether it was imported, so routes, views, commands and the command line ask the same
// questions and get the same answers.

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

// Who votes online is the ballot's participation rule (../participation.ts, core/participation).
