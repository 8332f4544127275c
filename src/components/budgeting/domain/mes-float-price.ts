import type { MesState } from "./mes-state";
import { compare, rational } from "./rational";
import { type NearSupporters, waterFill } from "./mes-water-fill";

/**
 * Float MES price (fast path): the smallest ρ with Σ_i min(b_i, ρ·u_i) = cost over the
 * project's supporters. `lowerBound` must not exceed the true price (the previous price of the
 * project is one: prices only rise). Returns Infinity when the supporters cannot pay
 * (checked exactly when close).
 *
 * One scan splits the supporters at `from` (just below the bound): those with b < from·u pay
 * everything, the rest share what is missing. If no remaining payer's b/u lies below the
 * resulting ρ, that ρ is the price (the usual case); otherwise water filling continues
 * (mes-water-fill.ts) on the supporters the scan noted as near the line (b < 2·from·u).
 */
export function floatPrice(s: MesState, c: number, lowerBound: number): number {
  const uniform = s.uniformUtil[c]!;
  if (uniform > 0) return uniformFloatPrice(s, c, lowerBound, uniform);
  const { supStart, supVoter } = s.profile;
  const u = s.supUtil;
  const b = s.b;
  const nearB = s.nearBudget;
  const nearU = s.nearUtil;
  const from = lowerBound * (1 - 1e-9);
  const ceiling = 2 * from;
  let total = 0;
  let uSum = 0;
  let poor = 0;
  let richU = 0;
  let minRichRatio = Number.POSITIVE_INFINITY;
  let count = 0;
  const end = supStart[c + 1]!;
  for (let k = supStart[c]!; k < end; k++) {
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
    if (bi < ceiling * uk) {
      nearB[count] = bi;
      nearU[count++] = uk;
    }
  }
  return settle(s, c, total, uSum, poor, richU, from, minRichRatio, { count, ceiling });
}

/** Same as the general scan when every supporter has utility `u` (approval ballots): no divisions. */
function uniformFloatPrice(s: MesState, c: number, lowerBound: number, u: number): number {
  const { supStart, supVoter } = s.profile;
  const b = s.b;
  const nearB = s.nearBudget;
  const nearU = s.nearUtil;
  const from = lowerBound * (1 - 1e-9);
  const fromPay = from * u;
  const ceiling = 2 * from;
  const nearPay = ceiling * u;
  let total = 0;
  let poor = 0;
  let poorCount = 0;
  let richCount = 0;
  let minRich = Number.POSITIVE_INFINITY;
  let count = 0;
  const end = supStart[c + 1]!;
  for (let k = supStart[c]!; k < end; k++) {
    const bi = b[supVoter[k]!]!;
    if (bi === 0) continue;
    total += bi;
    // fromPay ≤ nearPay, so the poor are a subset of the near ones: most supporters take one test.
    if (bi < nearPay) {
      nearB[count++] = bi;
      if (bi < fromPay) {
        poor += bi;
        poorCount++;
        continue;
      }
    }
    richCount++;
    if (bi < minRich) minRich = bi;
  }
  nearU.fill(u, 0, count);
  const active = poorCount + richCount;
  return settle(s, c, total, active * u, poor, richCount * u, from, minRich / u, { count, ceiling });
}

function settle(
  s: MesState,
  c: number,
  total: number,
  uSum: number,
  poor: number,
  richU: number,
  from: number,
  minRichRatio: number,
  near: NearSupporters,
): number {
  const price = s.profile.cost[c]!;
  if (uSum === 0) return Number.POSITIVE_INFINITY;
  const slack = 1e-9 * price + s.tau;
  if (total < price - slack) return Number.POSITIVE_INFINITY;
  if (total <= price + slack && compare(s.exactSupporterMoney(c), rational(price)) < 0) return Number.POSITIVE_INFINITY;
  if (richU > 0) {
    const rho = Math.max(from, (price - poor) / richU);
    if (rho <= minRichRatio) return rho;
    return waterFill(s, c, rho, uSum, near);
  }
  return waterFill(s, c, from, uSum, near);
}
