// A poll's results: per choice the number of votes and its share of all votes, in percent with one
// decimal. Pure, so the page, the chart and the table all show the same figures.
export interface ChoiceResult {
  id: number;
  label: string;
  votes: number;
  /** 0–100, one decimal; 0 when nobody voted. */
  percent: number;
}

export interface PollResultsView {
  total: number;
  choices: ChoiceResult[];
}

export function pollResults(
  choices: readonly { id: number; label: string }[],
  counts: ReadonlyMap<number, number>,
): PollResultsView {
  const total = choices.reduce((sum, c) => sum + (counts.get(c.id) ?? 0), 0);
  return {
    total,
    choices: choices.map((c) => {
      const votes = counts.get(c.id) ?? 0;
      return { id: c.id, label: c.label, votes, percent: total ? Math.round((votes / total) * 1000) / 10 : 0 };
    }),
  };
}

export type ResultsShown = "always" | "afterVote" | "afterClose";

/**
 * Whether this visitor sees the results now. Staff choose "after voting" (the voter sees them at
 * once, everyone once the poll is closed) or "after closing" (nobody before it closes, so early
 * figures do not steer later votes).
 */
export function resultsVisible(
  poll: { results: "afterVote" | "afterClose"; closed: boolean },
  hasVoted: boolean,
): boolean {
  if (poll.closed) return true;
  return poll.results === "afterVote" && hasVoted;
}
