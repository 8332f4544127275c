import { fundExact, fundFloat } from "./mes-fund";
import { floatPrice } from "./mes-float-price";
import { type ExactPrice, exactPrice } from "./mes-price";
import { FloatFilterError, type MesState } from "./mes-state";
import { type Rational, compare, toNumber } from "./rational";

/** Relative width within which two float prices count as "maybe tied" and are compared exactly. */
const NEAR = 1e-7;

export interface FundingRecord {
  readonly project: number;
  /** Price per unit of utility (for reports; decisions use exact values where close). */
  readonly price: number;
  readonly payers: number;
  readonly payingAll: number;
}

export interface MesRunResult {
  readonly winners: number[];
  readonly records: FundingRecord[];
  /** Rounds in which several projects had exactly the lowest price (the tie-break chose). */
  readonly ties: { round: number; tied: number[]; chosen: number }[];
}

/**
 * One run of the Method of Equal Shares with a fixed endowment per voter: repeatedly buy the
 * affordable project with the lowest price per unit of utility, until nothing is affordable.
 * If the float fast path ever leaves its error bounds, the run is repeated in exact mode.
 */
export function runMes(
  s: MesState,
  candidates: readonly number[],
  ranks: Int32Array,
  endowment: Rational,
  initialBound: Float64Array,
  exactMode = false,
): MesRunResult {
  try {
    return runOnce(s, candidates, ranks, endowment, initialBound, exactMode);
  } catch (e) {
    if (!(e instanceof FloatFilterError) || exactMode) throw e;
    return runOnce(s, candidates, ranks, endowment, initialBound, true);
  }
}

/*
 * Speed: prices only rise as budgets fall, so a project's last float price is a lower bound;
 * candidates are visited in order of that bound and the scan stops once the bound exceeds the
 * best price found (the lazy trick of the equalshares.net tool).
 * Exactness: a lone clear winner is bought with float arithmetic (kept pending, see
 * MesState); candidates within NEAR of the best are compared exactly, ties go to the
 * tie-break rank, and the winner is then bought at its exact price.
 */
function runOnce(
  s: MesState,
  candidates: readonly number[],
  ranks: Int32Array,
  endowment: Rational,
  initialBound: Float64Array,
  exactMode: boolean,
): MesRunResult {
  s.reset(endowment, exactMode);
  const bound = Float64Array.from(initialBound);
  let remaining = [...candidates];
  const winners: number[] = [];
  const records: FundingRecord[] = [];
  const ties: MesRunResult["ties"] = [];
  const buy = (c: number, price: number, purchase: { payers: number; payingAll: number }) => {
    winners.push(c);
    records.push({ project: c, price, ...purchase });
    remaining = remaining.filter((x) => x !== c);
  };
  for (;;) {
    remaining.sort((a, b) => bound[a]! - bound[b]! || ranks[a]! - ranks[b]!);
    let best = Number.POSITIVE_INFINITY;
    const gone = new Set<number>();
    const evaluated: number[] = [];
    for (const c of remaining) {
      if (bound[c]! > best * (1 + 2 * NEAR)) break;
      const p = floatPrice(s, c, bound[c]!);
      if (p === Number.POSITIVE_INFINITY) {
        gone.add(c);
        continue;
      }
      bound[c] = p;
      evaluated.push(c);
      best = Math.min(best, p);
    }
    remaining = remaining.filter((c) => !gone.has(c));
    const near = evaluated.filter((c) => bound[c]! <= best * (1 + 2 * NEAR));
    if (near.length === 0) break;
    if (near.length === 1 && !exactMode) {
      const purchase = fundFloat(s, near[0]!, best);
      if (purchase) {
        buy(near[0]!, best, purchase);
        continue;
      }
    }
    let pick = choose(s, near, bound, ranks, gone);
    if (pick && Math.abs(toNumber(pick.price.rho) - bound[pick.c]!) > NEAR * bound[pick.c]!) {
      if (!exactMode) throw new FloatFilterError("float price of the winner was off");
      pick = choose(s, remaining, refresh(s, remaining, bound), ranks, gone);
    }
    remaining = remaining.filter((c) => !gone.has(c));
    if (!pick) continue;
    if (pick.tied.length > 1) ties.push({ round: winners.length + 1, tied: pick.tied, chosen: pick.c });
    buy(pick.c, toNumber(pick.price.rho), fundExact(s, pick.c, pick.price));
  }
  return { winners, records, ties };
}

/** Exact comparison among maybe-tied candidates; exact ties go to the better tie-break rank. */
function choose(s: MesState, group: readonly number[], bound: Float64Array, ranks: Int32Array, gone: Set<number>) {
  let best: { c: number; price: ExactPrice; tied: number[] } | null = null;
  for (const c of group) {
    if (gone.has(c)) continue;
    const price = exactPrice(s, c, bound[c]!);
    if (price === null) {
      gone.add(c);
      continue;
    }
    const order = best === null ? -1 : compare(price.rho, best.price.rho);
    if (order < 0) best = { c, price, tied: [c] };
    else if (order === 0) {
      best!.tied.push(c);
      if (ranks[c]! < ranks[best!.c]!) best = { c, price, tied: best!.tied };
    }
  }
  return best;
}

/** Fresh float prices for all (exact mode, after a float price turned out to be off). */
function refresh(s: MesState, candidates: readonly number[], bound: Float64Array): Float64Array {
  for (const c of candidates) bound[c] = floatPrice(s, c, 0);
  return bound;
}
