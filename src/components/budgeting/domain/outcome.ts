import type { Profile } from "./profile";
import type { Explanation, Outcome, Tie } from "./types";

/** Builds the public Outcome from project indices; every rule ends here. */
export function assembleOutcome(
  rule: Outcome["rule"],
  profile: Profile,
  winners: readonly number[],
  perVoterBudget: number | null,
  explain: (j: number) => Explanation,
  notes: Outcome["notes"],
  ties: readonly Tie[] = [],
): Outcome {
  const selected = new Set(winners);
  let totalCost = 0;
  for (const j of winners) totalCost += profile.cost[j]!;
  const projects = profile.ids.map((id, j) => ({
    id,
    cost: profile.cost[j]!,
    votes: profile.votes[j]!,
    score: profile.score[j]!,
    selected: selected.has(j),
    explanation: explain(j),
  }));
  return { rule, winners: winners.map((j) => profile.ids[j]!), totalCost, perVoterBudget, projects, notes, ties };
}
