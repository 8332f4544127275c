import type { WeightedPoints } from "./weighted-points";

/**
 * Mean silhouette of a clustering of weighted points, where a point of weight w stands for w
 * participants at the same spot (a base cluster). For each point: a = mean distance to the other
 * members of its own cluster, b = mean distance to the members of the nearest other cluster,
 * s = (b − a) / max(a, b); a cluster of one participant scores 0. The result is the
 * participant-weighted mean, so it measures how well separated the people are, not the base
 * clusters.
 */
export function silhouette(points: WeightedPoints, assignment: Int32Array, k: number): number {
  const n = points.x.length;
  const clusterWeight = new Float64Array(k);
  for (let i = 0; i < n; i++) clusterWeight[assignment[i]] += points.weight[i];
  let total = 0;
  let weightSum = 0;
  const distanceSum = new Float64Array(k);
  for (let i = 0; i < n; i++) {
    distanceSum.fill(0);
    for (let j = 0; j < n; j++) {
      if (j === i) continue;
      const d = Math.hypot(points.x[i] - points.x[j], points.y[i] - points.y[j]);
      distanceSum[assignment[j]] += points.weight[j] * d;
    }
    const own = assignment[i];
    const wi = points.weight[i];
    weightSum += wi;
    // The wi − 1 other participants at this very spot are at distance 0 from each one of them.
    const companions = clusterWeight[own] - 1;
    if (companions <= 0) continue;
    const a = distanceSum[own] / companions;
    let b = Infinity;
    for (let c = 0; c < k; c++) if (c !== own && clusterWeight[c] > 0) b = Math.min(b, distanceSum[c] / clusterWeight[c]);
    if (!Number.isFinite(b)) continue;
    const spread = Math.max(a, b);
    if (spread > 0) total += wi * ((b - a) / spread);
  }
  return weightSum > 0 ? total / weightSum : 0;
}
