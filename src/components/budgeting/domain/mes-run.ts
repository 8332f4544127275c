import { type ExactPrice, exactPrice, floatPrice } from "./mes-price";
import type { MesState } from "./mes-state";
import { type Rational, compare, mul, rational, sub, toNumber } from "./rational";

/** Relative width within which two float prices count as "maybe tied" and are compared exactly. */
const NEAR = 1e-7;

export interface FundingRecord {
  readonly project: number;
  readonly rho: Rational;
  readonly payers: number;
  readonly payingAll: number;
}

export interface MesRunResult {
  readonly winners: number[];
  readonly records: FundingRecord[];
}

/**
 * One run of the Method of Equal Shares with a fixed endowment per voter: repeatedly buy the
 * affordable project with the lowest price per unit of utility, until nothing is affordable.
 *
 * Speed: prices only rise as budgets fall, so the last float price of a project is a lower
 * bound; candidates are visited in order of that bound and the scan stops once the bound
 * exceeds the best price found (the lazy trick of the equalshares.net tool).
 * Exactness: the winner's price is always computed exactly, and every candidate whose float
 * price is within NEAR of the best is compared exactly before the tie-break decides.
 */
export function runMes(s: MesState, candidates: readonly number[], ranks: Int32Array, endowment: Rational, initialBound: Float64Array): MesRunResult {
  s.reset(endowment);
  const bound = Float64Array.from(initialBound);
  let remaining = [...candidates];
  const winners: number[] = [];
  const records: FundingRecord[] = [];
  for (;;) {
    remaining.sort((a, b) => bound[a]! - bound[b]! || ranks[a]! - ranks[b]!);
    let best = Number.POSITIVE_INFINITY;
    const gone = new Set<number>();
    const evaluated: number[] = [];
    for (const c of remaining) {
      if (bound[c]! > best * (1 + 2 * NEAR)) break;
      const p = floatPrice(s, c);
      if (p === Number.POSITIVE_INFINITY) {
        gone.add(c);
        continue;
      }
      bound[c] = p;
      evaluated.push(c);
      if (p < best) best = p;
    }
    const near = evaluated.filter((c) => bound[c]! <= best * (1 + 2 * NEAR));
    const choice = near.length === 0 ? null : choose(s, near, bound, ranks, gone);
    const verified = choice && Math.abs(toNumber(choice.price.rho) - bound[choice.c]!) <= NEAR * bound[choice.c]! ? choice : null;
    const pick = verified ?? (near.length === 0 ? null : choose(s, remaining.filter((c) => !gone.has(c)), refresh(s, remaining, bound), ranks, gone));
    remaining = remaining.filter((c) => !gone.has(c));
    if (pick === null) {
      if (near.length === 0) break;
      continue;
    }
    records.push({ project: pick.c, rho: pick.price.rho, payers: pick.price.payers, payingAll: pick.price.poor.length });
    fund(s, pick.c, pick.price);
    winners.push(pick.c);
    remaining = remaining.filter((c) => c !== pick.c);
  }
  return { winners, records };
}

/** Exact comparison among maybe-tied candidates; exact ties go to the better tie-break rank. */
function choose(s: MesState, group: readonly number[], bound: Float64Array, ranks: Int32Array, gone: Set<number>) {
  let best: { c: number; price: ExactPrice } | null = null;
  for (const c of group) {
    const price = exactPrice(s, c, bound[c]!);
    if (price === null) {
      gone.add(c);
      continue;
    }
    const order = best === null ? -1 : compare(price.rho, best.price.rho);
    if (order < 0 || (order === 0 && ranks[c]! < ranks[best!.c]!)) best = { c, price };
  }
  return best;
}

/** Fresh float prices for all (slow path after a failed float check). */
function refresh(s: MesState, candidates: readonly number[], bound: Float64Array): Float64Array {
  for (const c of candidates) bound[c] = floatPrice(s, c);
  return bound;
}

function fund(s: MesState, c: number, price: ExactPrice): void {
  const { supStart, supVoter } = s.profile;
  for (const i of price.poor) s.mark[i] = 1;
  for (const i of price.nearRich) s.mark[i] = 2;
  // New exact budgets must be taken before c counts as funded (exactBudget sums funded prices).
  const newExact = new Map<number, Rational>();
  for (let k = supStart[c]!; k < supStart[c + 1]!; k++) {
    const i = supVoter[k]!;
    if (s.mark[i] === 2 && s.supUtil[k]! > 0) {
      newExact.set(i, sub(s.exactBudget(i), mul(price.rho, rational(s.supUtil[k]!))));
    }
  }
  const rhoFloat = toNumber(price.rho);
  for (let k = supStart[c]!; k < supStart[c + 1]!; k++) {
    const i = supVoter[k]!;
    if (s.depleted[i] || s.supUtil[k] === 0) continue;
    const exact = newExact.get(i);
    if (s.mark[i] === 1 || (exact !== undefined && exact.n === 0n)) {
      s.depleted[i] = 1;
      s.b[i] = 0;
    } else if (exact !== undefined) {
      s.b[i] = toNumber(exact);
    } else {
      s.b[i]! -= rhoFloat * s.supUtil[k]!;
    }
  }
  for (const i of price.poor) s.mark[i] = 0;
  for (const i of price.nearRich) s.mark[i] = 0;
  s.price[c] = price.rho;
  s.funded.push(c);
}
