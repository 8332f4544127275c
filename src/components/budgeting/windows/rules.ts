// The time plan of a process, as pure rules: a proposal window and a voting window (UTC instants),
// the four boundaries in order, what the scheduled job does at each for the phase the process is
// in, and the checks every action makes itself so a late job never lets anything in after a close.
// ISO-8601 UTC strings of one format compare as strings: no Date parsing needed.
import type { Phase } from "../domain/process-rules";

export type Boundary = "proposalsOpen" | "proposalsClose" | "votingOpen" | "votingClose";
export const BOUNDARIES: readonly Boundary[] = ["proposalsOpen", "proposalsClose", "votingOpen", "votingClose"];

export interface Windows {
  proposalsOpenAt: string | null;
  proposalsCloseAt: string | null;
  votingOpenAt: string | null;
  votingCloseAt: string | null;
}

/** A stored plan: the windows and, per boundary, when the job handled it (null: not yet). */
export interface Plan extends Windows {
  handled: Record<Boundary, string | null>;
}

export const NO_WINDOWS: Windows = {
  proposalsOpenAt: null,
  proposalsCloseAt: null,
  votingOpenAt: null,
  votingCloseAt: null,
};

export function boundaryAt(w: Windows, b: Boundary): string | null {
  return {
    proposalsOpen: w.proposalsOpenAt,
    proposalsClose: w.proposalsCloseAt,
    votingOpen: w.votingOpenAt,
    votingClose: w.votingCloseAt,
  }[b];
}

export const hasWindows = (w: Windows | null): boolean =>
  w !== null && BOUNDARIES.some((b) => boundaryAt(w, b) !== null);

/** The boundaries whose time has come and that the job has not handled yet, in order. */
export function dueBoundaries(plan: Plan, now: Date): Boundary[] {
  const at = now.toISOString();
  return BOUNDARIES.filter((b) => {
    const when = boundaryAt(plan, b);
    return when !== null && when <= at && plan.handled[b] === null;
  });
}

export type Opening = "proposals" | "voting";

/**
 * What the job does at a boundary, given the phase the process is in then. It only moves forward,
 * from the phase before the boundary: a process staff already moved on by hand (closed early, or
 * opened by hand) is left as it is, and nobody is mailed twice about an opening.
 */
export function boundaryEffect(b: Boundary, phase: Phase): { to: Phase | null; opening: Opening | null } {
  switch (b) {
    case "proposalsOpen":
      return { to: null, opening: phase === "submit" ? "proposals" : null };
    case "proposalsClose":
      return { to: phase === "submit" ? "review" : null, opening: null };
    case "votingOpen":
      return phase === "submit" || phase === "review" ? { to: "vote", opening: "voting" } : { to: null, opening: null };
    case "votingClose":
      return { to: phase === "vote" ? "results" : null, opening: null };
  }
}

/**
 * Whether an opening is still worth a mail: a job that runs only after the window has closed again
 * (the server was down for the whole window) opens and closes it in one go and mails nobody.
 */
export function openingStillOpen(w: Windows, opening: Opening, now: Date): boolean {
  const close = opening === "voting" ? w.votingCloseAt : w.proposalsCloseAt;
  return close === null || now.toISOString() < close;
}

/** A boundary has passed, by the clock, even if the job has not handled it yet. */
const passed = (plan: Plan | null, b: Boundary, at: string): boolean => {
  const when = plan ? boundaryAt(plan, b) : null;
  return when !== null && when <= at && plan!.handled[b] === null;
};

/**
 * Proposals are taken now as far as the plan goes: not before the proposal window opens, and not
 * after it closed while the job has not moved the phase yet. (After the job handled the close,
 * the phase decides: staff may have reopened proposals by hand.)
 */
export function proposalsAllowed(plan: Plan | null, now: Date): boolean {
  if (!plan?.proposalsOpenAt) return true;
  const at = now.toISOString();
  if (plan.proposalsOpenAt > at && plan.handled.proposalsOpen === null) return false;
  return !passed(plan, "proposalsClose", at);
}

/** Ballots are taken now as far as the plan goes: not after the voting window closed. */
export function ballotsAllowed(plan: Plan | null, now: Date): boolean {
  return !passed(plan, "votingClose", now.toISOString());
}
