import type { ExactPrice } from "./mes-price";
import type { MesState } from "./mes-state";
import { mul, rational, sub, toNumber } from "./rational";

export interface Purchase {
  readonly payers: number;
  readonly payingAll: number;
}

/**
 * Buys c at float price ρ if every supporter is clearly on one side: b < ρ·u − τ (pays all)
 * or b > ρ·u + τ (pays ρ·u). If anyone is within τ of the line, nothing changes and null is
 * returned so the caller prices the purchase exactly instead.
 *
 * One pass: budgets are updated while classifying, the old values kept in a scratch array, and
 * restored exactly if a supporter turns out to be too close (rare). Each voter appears once
 * per project, so an update never affects a later check.
 */
export function fundFloat(s: MesState, c: number, rho: number): Purchase | null {
  const { supStart, supVoter } = s.profile;
  const u = s.supUtil;
  const b = s.b;
  const tau = s.tau;
  const old = s.budgetScratch;
  const from = supStart[c]!;
  const to = supStart[c + 1]!;
  const poor: number[] = [];
  let richU = 0;
  let richCount = 0;
  let maxU = 0;
  for (let k = from; k < to; k++) {
    const i = supVoter[k]!;
    const bi = b[i]!;
    old[k - from] = bi;
    if (bi === 0) continue;
    const uk = u[k]!;
    const pay = rho * uk;
    if (bi < pay - tau) {
      poor.push(i);
      b[i] = 0;
    } else if (bi > pay + tau) {
      richU += uk;
      richCount++;
      b[i] = bi - pay;
    } else {
      for (let r = from; r < k; r++) b[supVoter[r]!] = old[r - from]!;
      return null;
    }
    if (uk > maxU) maxU = uk;
  }
  for (const i of poor) s.depleted[i] = 1;
  s.recordPending({ c, poor, richU, rhoFloat: rho, maxU });
  return { payers: poor.length + richCount, payingAll: poor.length };
}

/** Buys c at its exact price; depleted voters get exactly 0, which the float scans rely on. */
export function fundExact(s: MesState, c: number, price: ExactPrice): Purchase {
  const { supStart, supVoter } = s.profile;
  for (const i of price.poor) s.mark[i] = 1;
  let payingAll = price.poor.length;
  for (const x of price.nearRich) {
    s.mark[x.i] = 2;
    const left = sub(x.b, mul(price.rho, rational(x.u)));
    if (left.n === 0n) {
      s.mark[x.i] = 1;
      payingAll++;
    } else {
      s.b[x.i] = Math.max(toNumber(left), Number.MIN_VALUE); // never a float 0 for an active voter
    }
  }
  const rhoFloat = toNumber(price.rho);
  for (let k = supStart[c]!; k < supStart[c + 1]!; k++) {
    const i = supVoter[k]!;
    if (s.b[i] === 0) continue;
    if (s.mark[i] === 1) {
      s.depleted[i] = 1;
      s.b[i] = 0;
    } else if (s.mark[i] === 0) {
      s.b[i]! -= rhoFloat * s.supUtil[k]!;
    }
  }
  for (const i of price.poor) s.mark[i] = 0;
  for (const x of price.nearRich) s.mark[x.i] = 0;
  s.recordExact(c, price.rho);
  return { payers: price.payers, payingAll };
}
