import type { MesState } from "./mes-state";
import { type Rational, add, compare, div, mul, rational, sub, toNumber } from "./rational";

/**
 * The MES price of a project: the smallest ρ such that Σ_i min(b_i, ρ·u_i) over its
 * supporters equals its cost. Supporters whose budget is below ρ·u_i pay all they have.
 * Smaller ρ = better value for the supporters = bought earlier.
 */

const UNAFFORDABLE = Number.POSITIVE_INFINITY;

/**
 * Float price (fast path). `lowerBound` must not exceed the true price (the previous price of
 * the project is one: prices only rise). Returns Infinity when the supporters cannot pay
 * (checked exactly when close).
 *
 * Water filling from below: supporters with b < ρ·u pay everything, the rest share what is
 * missing; recomputing ρ from that split never overshoots the true price, and once no
 * remaining payer's b/u lies below the new ρ the split is final. Starting from the previous
 * price this usually settles in the first pass.
 */
export function floatPrice(s: MesState, c: number, lowerBound: number): number {
  const uniform = s.uniformUtil[c]!;
  if (uniform > 0) return uniformFloatPrice(s, c, lowerBound, uniform);
  const { supStart, supVoter, cost } = s.profile;
  const u = s.supUtil;
  const b = s.b;
  const from = lowerBound * (1 - 1e-9);
  let total = 0;
  let uSum = 0;
  let poor = 0;
  let richU = 0;
  let minRichRatio = Number.POSITIVE_INFINITY;
  for (let k = supStart[c]!; k < supStart[c + 1]!; k++) {
    const bi = b[supVoter[k]!]!;
    if (bi === 0) continue; // depleted voters hold exactly 0 (see mes-fund.ts)
    const uk = u[k]!;
    total += bi;
    uSum += uk;
    if (bi < from * uk) {
      poor += bi;
    } else {
      richU += uk;
      const ratio = bi / uk;
      if (ratio < minRichRatio) minRichRatio = ratio;
    }
  }
  return settle(s, c, total, uSum, poor, richU, from, minRichRatio);
}

/** Same as the general pass when every supporter has utility `u` (approval ballots): no divisions. */
function uniformFloatPrice(s: MesState, c: number, lowerBound: number, u: number): number {
  const { supStart, supVoter } = s.profile;
  const b = s.b;
  const from = lowerBound * (1 - 1e-9);
  const fromPay = from * u;
  let total = 0;
  let count = 0;
  let poor = 0;
  let richCount = 0;
  let minRich = Number.POSITIVE_INFINITY;
  for (let k = supStart[c]!; k < supStart[c + 1]!; k++) {
    const bi = b[supVoter[k]!]!;
    if (bi === 0) continue;
    total += bi;
    count++;
    if (bi < fromPay) {
      poor += bi;
    } else {
      richCount++;
      if (bi < minRich) minRich = bi;
    }
  }
  return settle(s, c, total, count * u, poor, richCount * u, from, minRich / u);
}

function settle(s: MesState, c: number, total: number, uSum: number, poor: number, richU: number, from: number, minRichRatio: number): number {
  const price = s.profile.cost[c]!;
  if (uSum === 0) return UNAFFORDABLE;
  const slack = 1e-9 * price + s.tau;
  if (total < price - slack) return UNAFFORDABLE;
  if (total <= price + slack && compare(s.exactSupporterMoney(c), rational(price)) < 0) return UNAFFORDABLE;
  if (richU > 0) {
    const rho = Math.max(from, (price - poor) / richU);
    if (rho <= minRichRatio) return rho;
    return waterFill(s, c, rho);
  }
  return waterFill(s, c, from);
}

function waterFill(s: MesState, c: number, start: number): number {
  const { supStart, supVoter, cost } = s.profile;
  const u = s.supUtil;
  const b = s.b;
  let rho = start;
  for (let pass = 0; pass < 40; pass++) {
    let poor = 0;
    let richU = 0;
    for (let k = supStart[c]!; k < supStart[c + 1]!; k++) {
      const bi = b[supVoter[k]!]!;
      if (bi === 0) continue;
      if (bi < rho * u[k]!) poor += bi;
      else richU += u[k]!;
    }
    if (richU === 0) return rho;
    const next = (cost[c]! - poor) / richU;
    if (!(next > rho)) return Math.max(rho, next);
    rho = next;
  }
  return sortedFloatPrice(s, c);
}

function sortedFloatPrice(s: MesState, c: number): number {
  const { supStart, supVoter, cost } = s.profile;
  const items: { b: number; u: number }[] = [];
  for (let k = supStart[c]!; k < supStart[c + 1]!; k++) {
    const i = supVoter[k]!;
    if (!s.depleted[i] && s.supUtil[k]! > 0) items.push({ b: s.b[i]!, u: s.supUtil[k]! });
  }
  items.sort((x, y) => x.b / x.u - y.b / y.u);
  let paid = 0;
  let richU = items.reduce((a, x) => a + x.u, 0);
  for (const x of items) {
    const rho = (cost[c]! - paid) / richU;
    if (x.b >= rho * x.u) return rho;
    paid += x.b;
    richU -= x.u;
  }
  return UNAFFORDABLE;
}

export interface ExactPrice {
  readonly rho: Rational;
  /** Supporters who pay everything they have (become depleted). */
  readonly poor: number[];
  /** Supporters near the float boundary who keep paying the full price; exact budgets before paying. */
  readonly nearRich: Item[];
  readonly payers: number;
}

export interface Item {
  readonly i: number;
  readonly u: number;
  readonly b: Rational;
}

/**
 * Exact price, using the float `hint` to split supporters into surely-poor, surely-rich and
 * a thin band in between that is resolved with exact budgets. The hint is then verified;
 * if it was off by more than the slack, everything is recomputed exactly (slow, rare).
 * Returns null when the supporters cannot afford the project.
 */
export function exactPrice(s: MesState, c: number, hint: number): ExactPrice | null {
  const { supStart, supVoter } = s.profile;
  const surelyPoor: number[] = [];
  const band: number[] = [];
  const bandU: number[] = [];
  let richU = 0;
  let richCount = 0;
  let maxU = 0;
  for (let k = supStart[c]!; k < supStart[c + 1]!; k++) {
    const i = supVoter[k]!;
    const u = s.supUtil[k]!;
    if (s.depleted[i] || u === 0) continue;
    maxU = Math.max(maxU, u);
    const pay = hint * u;
    if (s.b[i]! < pay - s.tau) {
      surelyPoor.push(i);
    } else if (s.b[i]! > pay + s.tau) {
      richU += u;
      richCount++;
    } else {
      band.push(i);
      bandU.push(u);
    }
  }
  if (!Number.isFinite(hint)) return fullExactPrice(s, c);
  const items = band.map((i, x) => ({ i, u: bandU[x]!, b: s.exactBudget(i) }));
  const found = sweep(rational(s.profile.cost[c]!), s.exactBudgetSum(surelyPoor), richU, items);
  if (found === null || Math.abs(toNumber(found.rho) - hint) * maxU > s.tau / 2) return fullExactPrice(s, c);
  const sorted = found.items;
  return {
    rho: found.rho,
    poor: surelyPoor.concat(sorted.slice(0, found.cut).map((x) => x.i)),
    nearRich: sorted.slice(found.cut),
    payers: surelyPoor.length + band.length + richCount,
  };
}

/** Every active supporter resolved exactly. Correct for any input; used only as a fallback. */
export function fullExactPrice(s: MesState, c: number): ExactPrice | null {
  const { supStart, supVoter } = s.profile;
  const items: Item[] = [];
  for (let k = supStart[c]!; k < supStart[c + 1]!; k++) {
    const i = supVoter[k]!;
    const u = s.supUtil[k]!;
    if (!s.depleted[i] && u > 0) items.push({ i, u, b: s.exactBudget(i) });
  }
  const found = sweep(rational(s.profile.cost[c]!), rational(0), 0, items);
  if (found === null) return null;
  const sorted = found.items;
  return { rho: found.rho, poor: sorted.slice(0, found.cut).map((x) => x.i), nearRich: sorted.slice(found.cut), payers: items.length };
}

/**
 * Supporters sorted by budget per utility; the first who can pay the equal price of what is
 * still missing fixes the price (everyone before pays all). Same scan as the definition.
 */
function sweep(cost: Rational, poorSum0: Rational, richU0: number, items: Item[]) {
  const sorted = [...items].sort((x, y) => compare(mul(x.b, rational(y.u)), mul(y.b, rational(x.u))));
  let poorSum = poorSum0;
  let richU = richU0 + sorted.reduce((a, x) => a + x.u, 0);
  for (let cut = 0; cut < sorted.length; cut++) {
    const x = sorted[cut]!;
    const rho = div(sub(cost, poorSum), rational(richU));
    if (compare(x.b, mul(rho, rational(x.u))) >= 0) return { rho, cut, items: sorted };
    poorSum = add(poorSum, x.b);
    richU -= x.u;
  }
  if (richU === 0) return null;
  const rho = div(sub(cost, poorSum), rational(richU));
  return compare(rho, rational(0)) < 0 ? null : { rho, cut: sorted.length, items: sorted };
}
