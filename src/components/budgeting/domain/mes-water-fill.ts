import type { MesState } from "./mes-state";

/**
 * Supporters noted by the price scan, in supporter order: every active one with
 * b < ceiling·u, budgets and utilities in `s.nearBudget` / `s.nearUtil` [0, count).
 */
export interface NearSupporters {
  readonly count: number;
  readonly ceiling: number;
}

/**
 * Water filling from `start` (≤ the true price): supporters with b < ρ·u pay everything, the
 * rest share what is missing; repeat with the new ρ until it stops rising. `activeU` is the
 * utility of all active supporters.
 *
 * Speed: while ρ ≤ ceiling nobody outside the near list can be poor (float products are
 * monotone in ρ), so a pass reads only that short, contiguous list and adds the same budgets
 * in the same order as a pass over all supporters: the float result is bit for bit the same.
 * The rich utility is then activeU − (poor utility), exact because utilities are whole
 * numbers with sums below 2^53 (`s.exactUtilitySums`; otherwise every pass is a full scan).
 * If ρ passes the ceiling (the price more than doubled), the pass is a full scan again.
 */
export function waterFill(s: MesState, c: number, start: number, activeU: number, near: NearSupporters): number {
  const price = s.profile.cost[c]!;
  const nearB = s.nearBudget;
  const nearU = s.nearUtil;
  const shortcut = s.exactUtilitySums;
  let rho = start;
  for (let pass = 0; pass < 40; pass++) {
    let poor = 0;
    let richU = 0;
    if (shortcut && rho <= near.ceiling) {
      let poorU = 0;
      for (let x = 0; x < near.count; x++) {
        const bi = nearB[x]!;
        if (bi < rho * nearU[x]!) {
          poor += bi;
          poorU += nearU[x]!;
        }
      }
      richU = activeU - poorU;
    } else {
      [poor, richU] = fullPass(s, c, rho);
    }
    if (richU === 0) return rho;
    const next = (price - poor) / richU;
    if (!(next > rho)) return Math.max(rho, next);
    rho = next;
  }
  return sortedFloatPrice(s, c);
}

/** Σ b over supporters with b < ρ·u (in supporter order) and Σ u over the other active ones. */
function fullPass(s: MesState, c: number, rho: number): [number, number] {
  const { supStart, supVoter } = s.profile;
  const u = s.supUtil;
  const b = s.b;
  let poor = 0;
  let richU = 0;
  for (let k = supStart[c]!; k < supStart[c + 1]!; k++) {
    const bi = b[supVoter[k]!]!;
    if (bi === 0) continue;
    if (bi < rho * u[k]!) poor += bi;
    else richU += u[k]!;
  }
  return [poor, richU];
}

/** Fallback when water filling does not settle: the definition's sorted sweep, in floats. */
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
  return Number.POSITIVE_INFINITY;
}
