import { add1 } from "./add1";
import { compareWithGreedy } from "./comparison";
import { ineligibility } from "./eligibility";
import { eligibleProjects, greedyFill } from "./greedy";
import { type MesRunResult, runMes } from "./mes-run";
import { MesState } from "./mes-state";
import { assembleOutcome } from "./outcome";
import { buildProfile, type Profile } from "./profile";
import { type Rational, div, parseDecimal, rational, reduce, toNumber } from "./rational";
import { tieBreakRanks } from "./tie-break";
import type {
  Add1Stop,
  Completion,
  Election,
  Eligibility,
  Explanation,
  Outcome,
  Tie,
  TieBreak,
  Utility,
} from "./types";
import { defaultUtility, initialPriceBounds, utilityArrays } from "./utilities";

export interface MesOptions {
  readonly utility?: Utility;
  readonly completion?: Completion;
  readonly add1Stop?: Add1Stop;
  /** Endowment step for add1 in currency units (default 1). */
  readonly increment?: number;
  readonly tieBreak?: TieBreak;
  readonly eligibility?: Eligibility;
  /** Keep the greedy outcome instead if more voters prefer it. */
  readonly comparison?: boolean;
  /** Price every purchase exactly instead of only close calls (slower; same outcome). */
  readonly alwaysExact?: boolean;
}

/** Method of Equal Shares with the chosen completion, as one Outcome. */
export function mesOutcome(
  election: Election,
  options: MesOptions = {},
  profile: Profile = buildProfile(election),
): Outcome {
  const utility = options.utility ?? defaultUtility(election.kind);
  const completion = options.completion ?? "none";
  const ranks = tieBreakRanks(profile, options.tieBreak ?? "id");
  const inel = ineligibility(profile, options.eligibility ?? {});
  const candidates = eligibleProjects(profile, inel);
  const { supUtil, balUtil, maxUtil } = utilityArrays(profile, utility);
  const state = new MesState(profile, supUtil, balUtil);
  const bounds = initialPriceBounds(profile, supUtil);
  const runAt = (endowment: Rational): MesRunResult =>
    runMes(state, candidates, ranks, endowment, bounds, options.alwaysExact ?? false);
  const notes: Record<string, number | string | boolean> = { utility, completion };

  let endowment: Rational;
  let run: MesRunResult;
  if (completion === "add1" || completion === "add1-greedy") {
    const increment = parseDecimal(String(options.increment ?? 1));
    const result = add1({
      budget: election.budget,
      nVoters: profile.nVoters,
      increment,
      stop: options.add1Stop ?? "exhaustive",
      cost: profile.cost,
      candidates,
      run: runAt,
    });
    endowment = result.endowment;
    run = runAt(endowment); // re-run the kept endowment so the state holds its final budgets
    notes.add1Steps = result.steps;
    notes.add1Start = toNumber(result.startEndowment);
  } else {
    // Plain MES: the budget split exactly equally (a fraction of a cent is fine here).
    endowment =
      profile.nVoters === 0 ? rational(0) : div(parseDecimal(String(election.budget)), rational(profile.nVoters));
    run = runAt(endowment);
  }
  const mesSpent = run.winners.reduce((a, j) => a + profile.cost[j]!, 0);
  const records = new Map(run.records.map((r, x) => [r.project, { ...r, round: x + 1 }]));
  let winners = run.winners;
  let fill: ReturnType<typeof greedyFill> | null = null;
  if (completion === "greedy" || completion === "add1-greedy") {
    const rest = candidates.filter((j) => !records.has(j));
    fill = greedyFill(profile, ranks, rest, election.budget, mesSpent);
    winners = winners.concat(fill.chosen);
  }
  const greedyOnly = greedyFill(profile, ranks, candidates, election.budget, 0);
  let keptGreedy = false;
  if (options.comparison) {
    const cmp = compareWithGreedy(profile, winners, greedyOnly.chosen);
    notes.prefersMes = cmp.prefersMes;
    notes.prefersGreedy = cmp.prefersGreedy;
    keptGreedy = cmp.keepGreedy;
    notes.keptGreedy = keptGreedy;
  }
  const shown = reduce(endowment);
  notes.endowmentExact = `${shown.n}/${shown.d}`;

  const explain = (j: number): Explanation => {
    if (inel[j]) return inel[j]!;
    if (profile.votes[j] === 0) return { kind: "no-supporters" };
    if (keptGreedy) return { kind: "greedy", ...greedyOnly.explanations.get(j)! };
    const rec = records.get(j);
    if (rec) {
      const price = rec.price;
      return {
        kind: "mes-funded",
        round: rec.round,
        supporters: rec.payers,
        paymentPerSupporter: price * maxUtil[j]!,
        supportersPayingAll: rec.payingAll,
        pricePerUtility: price,
      };
    }
    const filled = fill?.explanations.get(j);
    if (filled?.fitted) return { kind: "completion", method: "greedy", ...filled };
    return {
      kind: "mes-unaffordable",
      supporters: profile.votes[j]!,
      supportersMoneyLeft: moneyLeft(state, j),
      needed: profile.cost[j]!,
    };
  };
  const chosen = keptGreedy ? greedyOnly.chosen : winners;
  const ties = keptGreedy ? greedyOnly.ties : mesTies(profile, run, chosen).concat(fill?.ties ?? []);
  return assembleOutcome("mes", profile, chosen, toNumber(endowment), explain, notes, ties);
}

/** A tie is reported when one of the tied projects did not win in the end (see types.ts Tie). */
function mesTies(profile: Profile, run: MesRunResult, winners: readonly number[]): Tie[] {
  const won = new Set(winners);
  return run.ties
    .filter((t) => t.tied.some((j) => !won.has(j)))
    .map((t) => ({ step: t.round, projects: t.tied.map((j) => profile.ids[j]!), chosen: [profile.ids[t.chosen]!] }));
}

function moneyLeft(state: MesState, j: number): number {
  const { supStart, supVoter } = state.profile;
  let sum = 0;
  for (let k = supStart[j]!; k < supStart[j + 1]!; k++) sum += state.b[supVoter[k]!]!;
  return sum;
}
