import type { WeightedPoints } from "./weighted-points";

/**
 * Mean silhouette of a clustering of the base clusters, as Pol.is computes it: every base
 * cluster counts once, whatever its size. For each point: a = mean distance to the other points
 * of its own cluster, b = mean distance to the points of the nearest other cluster,
 * s = (b − a) / max(a, b), and 0 for a point alone in its cluster. Counting base clusters rather
 * than people keeps one dense crowd from outvoting a clear but smaller split.
 */
export function silhouette(points: WeightedPoints, assignment: Int32Array, k: number): number {
  const n = points.x.length;
  if (n === 0) return 0;
  const clusterCount = new Float64Array(k);
  for (let i = 0; i < n; i++) clusterCount[assignment[i]]++;
  const distanceSum = new Float64Array(k);
  let total = 0;
  for (let i = 0; i < n; i++) {
    const own = assignment[i];
    if (clusterCount[own] <= 1) continue;
    distanceSum.fill(0);
    for (let j = 0; j < n; j++) {
      if (j !== i) distanceSum[assignment[j]] += Math.hypot(points.x[i] - points.x[j], points.y[i] - points.y[j]);
    }
    const a = distanceSum[own] / (clusterCount[own] - 1);
    let b = Infinity;
    for (let c = 0; c < k; c++) if (c !== own && clusterCount[c] > 0) b = Math.min(b, distanceSum[c] / clusterCount[c]);
    const spread = Math.max(a, b);
    if (Number.isFinite(b) && spread > 0) total += (b - a) / spread;
  }
  return total / n;
}
