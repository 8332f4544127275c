import { baseClusters } from "./base-clusters";
import { candidateGroupings, chooseGrouping } from "./candidate-groupings";
import { mergeIdenticalPoints, type WeightedPoints } from "./weighted-points";

export interface Grouping {
  /** Group index per input position (0 = largest group). */
  groupOf: Int32Array;
  centers: [number, number][];
  silhouette: number | null;
}

/**
 * Pol.is's two-level clustering: participants → base clusters → 2..maxK groups of base clusters,
 * weighted by how many participants each holds, keeping the grouping with the best silhouette. Only
 * positions enter, so the result cannot depend on ids or on input order.
 */
export function groupParticipants(
  xs: ArrayLike<number>,
  ys: ArrayLike<number>,
  options: { baseClusters: number; maxGroups: number },
): Grouping {
  const { points, pointOf } = mergeIdenticalPoints(xs, ys);
  if (points.x.length === 0) return { groupOf: new Int32Array(0), centers: [], silhouette: null };
  const base = baseClusters(points, options.baseClusters);
  const basePoints: WeightedPoints = { x: base.centerX, y: base.centerY, weight: base.size };
  // Pol.is allows more groups only as the base clusters grow: max k = 2 + ⌊bases / 12⌋.
  const maxK = Math.min(options.maxGroups, 2 + Math.floor(basePoints.x.length / 12));
  const chosen = chooseGrouping(candidateGroupings(basePoints, maxK));
  const groupOfBase = chosen ? chosen.assignment : new Int32Array(basePoints.x.length);
  const k = chosen ? chosen.centerX.length : 1;
  const order = canonicalGroupOrder(
    k,
    (g) => (chosen ? chosen.size[g] : points.weight.reduce((a, b) => a + b, 0)),
    (g) => [chosen ? chosen.centerX[g] : 0, chosen ? chosen.centerY[g] : 0],
  );
  const groupOf = Int32Array.from(pointOf, (p) => order.rank[groupOfBase[base.assignment[p]]]);
  const centers = groupCenters(xs, ys, groupOf, k);
  return { groupOf, centers, silhouette: chosen ? chosen.silhouette : null };
}

/** Largest group first; equal sizes by center position, so numbering never depends on ids. */
function canonicalGroupOrder(
  k: number,
  size: (g: number) => number,
  center: (g: number) => [number, number],
): { rank: Int32Array } {
  const groups = Array.from({ length: k }, (_, g) => g);
  groups.sort((a, b) => size(b) - size(a) || center(a)[0] - center(b)[0] || center(a)[1] - center(b)[1]);
  const rank = new Int32Array(k);
  for (const [r, g] of groups.entries()) rank[g] = r;
  return { rank };
}

function groupCenters(
  xs: ArrayLike<number>,
  ys: ArrayLike<number>,
  groupOf: Int32Array,
  k: number,
): [number, number][] {
  const sums = Array.from({ length: k }, () => [0, 0, 0]);
  for (let i = 0; i < groupOf.length; i++) {
    const s = sums[groupOf[i]]!;
    s[0] += xs[i];
    s[1] += ys[i];
    s[2] += 1;
  }
  return sums.map(([x, y, n]) => [x! / n!, y! / n!]);
}
