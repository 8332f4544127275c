import { compareIds } from "./id-order";
import { seededRandom } from "./seeded-random";
import type { Id, OpinionAnalysis, VoteCounts } from "./types";
import { smoothed } from "./vote-tallies";

export interface NextStatementInput {
  /** Statements that may be shown (moderated-out ones already left out). */
  statements: readonly Id[];
  /** Statements this participant already voted on: never offered again. */
  answered: ReadonlySet<Id>;
  /** Current vote counts per statement; missing means no votes yet. */
  counts: ReadonlyMap<Id, VoteCounts>;
  /** The latest analysis, if any, to favour statements that separate the groups. */
  analysis?: OpinionAnalysis | null;
  /** Same seed, same choice: e.g. hash of participant id and number of votes cast. */
  seed: number;
}

/**
 * Picks the next statement to show a participant, or null when they have seen them all. A
 * weighted draw rather than a fixed order, so that voters spread over the statements; the
 * weights follow Pol.is's comment priority (see `statementPriority`).
 */
export function chooseNextStatement(input: NextStatementInput): Id | null {
  const open = input.statements.filter((id) => !input.answered.has(id));
  if (open.length === 0) return null;
  open.sort(compareIds); // the draw must not depend on the order the caller listed them in
  const spread = groupSpread(input.analysis);
  const weights = open.map((id) => statementPriority(input.counts.get(id), spread.get(id) ?? 0));
  const total = weights.reduce((a, b) => a + b, 0);
  let ticket = seededRandom(input.seed)() * total;
  for (let i = 0; i < open.length; i++) {
    ticket -= weights[i]!;
    if (ticket < 0) return open[i]!;
  }
  return open[open.length - 1]!;
}

/**
 * (novelty × engagement × (1 + 2·separation))², after Pol.is's priority metric:
 * - novelty 1 + 8·2^(−votes/5): a new statement is shown up to 9× as often until it has about
 *   twenty votes, so that it can be placed on the map quickly;
 * - engagement: the smoothed share of votes that are not "pass";
 * - separation: how far apart the groups' smoothed agree rates are (0..1), so statements that
 *   tell the groups apart, which place a newcomer fastest, come up more often.
 * Squaring sharpens the preference, as Pol.is does.
 */
export function statementPriority(counts: VoteCounts | undefined, separation: number): number {
  const agree = counts?.agree ?? 0;
  const disagree = counts?.disagree ?? 0;
  const pass = counts?.pass ?? 0;
  const seen = agree + disagree + pass;
  const novelty = 1 + 8 * 2 ** (-seen / 5);
  const engagement = 1 - smoothed(pass, seen);
  return (novelty * engagement * (1 + 2 * separation)) ** 2;
}

/** Per statement: highest minus lowest smoothed agree rate over the groups. */
function groupSpread(analysis: OpinionAnalysis | null | undefined): Map<Id, number> {
  const spread = new Map<Id, number>();
  if (!analysis || analysis.groups.length < 2) return spread;
  for (const tally of analysis.statements) {
    const rates = tally.byGroup.map((c) => smoothed(c.agree, c.agree + c.disagree + c.pass));
    spread.set(tally.statement, Math.max(...rates) - Math.min(...rates));
  }
  return spread;
}
