// The accountability figures of a site: pure arithmetic over already-loaded idea facts. Each figure
// is defined here and, in the same words, on the page and in docs/ideas.md ("Accountability").
import { answeredOnTime } from "./deadlines";
import { isOverdue } from "./idea-rules";
import type { IdeaState } from "./states";

export interface AccountabilityFacts {
  state: IdeaState;
  publishedAt: string | null;
  forwardedAt: string | null;
  dueAt: string | null;
  answeredAt: string | null;
  /** Supports of the idea, and how many of them on paper (docs/paper.md); absent counts as 0. */
  supportCount?: number;
  paperSupportCount?: number;
  /** Proposed on a paper form. */
  onPaper?: boolean;
}

export interface AccountabilityFigures {
  submitted: number;
  forwarded: number;
  answered: number;
  answeredOnTime: number;
  /**
   * Ideas whose answer is owed by now: answered ones, plus forwarded ideas without an answer whose
   * due date has passed (overdue now). Ideas still within their term do not count (yet).
   */
  answersDue: number;
  /**
   * Answered on time as a share of `answersDue`, in whole percent: an overdue idea without an answer
   * counts against it. Null when no answer is owed yet.
   */
  onTimePercent: number | null;
  /** Median whole days from forwarding to answer; null when nothing was answered yet. */
  medianDaysToAnswer: number | null;
  overdueNow: number;
  /** Of `submitted`, the ideas proposed on a paper form. */
  submittedOnPaper: number;
  /** All supports of published ideas, online and on paper; `paperSupports` of them on paper. */
  supports: number;
  paperSupports: number;
}

export function median(values: number[]): number | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

export function accountabilityFigures(ideas: AccountabilityFacts[], now: Date): AccountabilityFigures {
  const published = ideas.filter((i) => i.publishedAt !== null);
  const forwarded = published.filter((i) => i.forwardedAt !== null);
  const answered = forwarded.filter((i) => i.answeredAt !== null);
  const onTime = answered.filter((i) => answeredOnTime(i.answeredAt, i.dueAt)).length;
  const overdueNow = forwarded.filter((i) => i.answeredAt === null && isOverdue(i.state, i.dueAt, now)).length;
  const answersDue = answered.length + overdueNow;
  const days = answered.map((i) => Math.round((Date.parse(i.answeredAt!) - Date.parse(i.forwardedAt!)) / 86_400_000));
  return {
    submitted: published.length,
    forwarded: forwarded.length,
    answered: answered.length,
    answeredOnTime: onTime,
    answersDue,
    onTimePercent: answersDue ? Math.round((onTime * 100) / answersDue) : null,
    medianDaysToAnswer: median(days),
    overdueNow,
    submittedOnPaper: published.filter((i) => i.onPaper).length,
    supports: published.reduce((n, i) => n + (i.supportCount ?? 0), 0),
    paperSupports: published.reduce((n, i) => n + (i.paperSupportCount ?? 0), 0),
  };
}
