import type { MesState } from "./mes-state";
import { type Rational, add, compare, div, mul, rational, sub, toNumber } from "./rational";

/**
 * The MES price of a project: the smallest ρ such that Σ_i min(b_i, ρ·u_i) over its
 * supporters equals its cost. Supporters whose budget is below ρ·u_i pay all they have.
 * Smaller ρ = better value for the supporters = bought earlier.
 */

/** Float prices (the fast path) are in mes-float-price.ts; this file settles close calls exactly. */

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
  return {
    rho: found.rho,
    poor: sorted.slice(0, found.cut).map((x) => x.i),
    nearRich: sorted.slice(found.cut),
    payers: items.length,
  };
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
