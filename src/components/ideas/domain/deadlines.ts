// Time rules of the promise: support deadline, response clock, reminders, the "no reaction" rule.
// Pure: `now` is always an argument, never read from a clock here.
import type { IdeaState } from "./states";

const DAY = 86_400_000;
export const NO_REACTION_DAYS = 14;
export const COMMENT_EDIT_MINUTES = 15;

export const addDaysIso = (isoDate: string, days: number): string =>
  new Date(Date.parse(isoDate) + days * DAY).toISOString();

/** Supports are collected until publication + support period. */
export const supportDeadline = (publishedAt: string, supportDays: number): string =>
  addDaysIso(publishedAt, supportDays);

/** The municipality must answer within the response term after forwarding. */
export const responseDue = (forwardedAt: string, responseDays: number): string => addDaysIso(forwardedAt, responseDays);

/** Whole days left until the deadline, rounded up; 0 once it has passed. */
export function daysLeft(deadlineAt: string, now: Date): number {
  return Math.max(0, Math.ceil((Date.parse(deadlineAt) - now.getTime()) / DAY));
}

/**
 * The state to show and act on. The expiry job may run late; reads apply the deadline themselves,
 * so an idea past its deadline never accepts a support or shows as open.
 */
export function effectiveState(state: IdeaState, deadlineAt: string | null, now: Date): IdeaState {
  if (state === "open" && deadlineAt && now.getTime() >= Date.parse(deadlineAt)) return "expired";
  return state;
}

/** Progress towards the threshold in whole percent, capped at 100. */
export function progressPercent(count: number, threshold: number): number {
  if (threshold <= 0) return 100;
  return Math.min(100, Math.floor((count * 100) / threshold));
}

export function isOverdue(state: IdeaState, dueAt: string | null, now: Date): boolean {
  return (state === "forwarded" || state === "scheduled") && dueAt !== null && now.getTime() > Date.parse(dueAt);
}

export function answeredOnTime(answeredAt: string | null, dueAt: string | null): boolean {
  return answeredAt !== null && dueAt !== null && Date.parse(answeredAt) <= Date.parse(dueAt);
}

/**
 * Reminders to officials: the first at half the response term, the second one week before the due
 * date. `sent` counts those already sent; returns how many should have been sent by `now`.
 */
export function remindersDue(forwardedAt: string, responseDays: number, now: Date): number {
  const start = Date.parse(forwardedAt);
  const half = start + (responseDays * DAY) / 2;
  const weekBefore = start + (responseDays - 7) * DAY;
  const t = now.getTime();
  // With a term of two weeks or less, "one week before" comes before half-term: then one reminder.
  if (weekBefore <= half) return t >= half ? 1 : 0;
  return t >= weekBefore ? 2 : t >= half ? 1 : 0;
}

export interface ReactionFacts {
  state: IdeaState;
  publishedAt: string | null;
  lastReactionAt: string | null;
}

/**
 * No idea without a reaction: an open idea that has had no comment from someone else, no official
 * update and no support except its author's for 14 days is flagged to officials until someone reacts.
 */
export function needsReaction(facts: ReactionFacts, now: Date): boolean {
  if (facts.state !== "open" || !facts.publishedAt || facts.lastReactionAt) return false;
  return now.getTime() - Date.parse(facts.publishedAt) >= NO_REACTION_DAYS * DAY;
}

export const noReactionCutoff = (now: Date): string => new Date(now.getTime() - NO_REACTION_DAYS * DAY).toISOString();

export function commentEditable(createdAt: string, now: Date): boolean {
  return now.getTime() - Date.parse(createdAt) <= COMMENT_EDIT_MINUTES * 60_000;
}
