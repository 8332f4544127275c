/**
 * The significance tests Pol.is uses for representativeness, with its pseudocounts: every count
 * is incremented by one first, so empty groups give finite numbers instead of divisions by zero.
 */

/** z for "more than half of the group votes this way" (one-proportion test against 1/2). */
export function proportionZ(success: number, trials: number): number {
  const s = success + 1;
  const n = trials + 1;
  return 2 * Math.sqrt(n) * (s / n - 0.5);
}

/** z for "the group votes this way more often than everyone else" (two-proportion test). */
export function twoProportionZ(successIn: number, successOut: number, trialsIn: number, trialsOut: number): number {
  const s1 = successIn + 1;
  const s2 = successOut + 1;
  const n1 = trialsIn + 1;
  const n2 = trialsOut + 1;
  const pooled = (s1 + s2) / (n1 + n2);
  const spread = Math.sqrt(pooled * (1 - pooled) * (1 / n1 + 1 / n2));
  return spread > 0 ? (s1 / n1 - s2 / n2) / spread : 0;
}

/** One-sided 90% confidence. */
export const z90 = 1.2816;
