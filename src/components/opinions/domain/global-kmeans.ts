import { kmeans, type Clustering } from "./kmeans";
import type { WeightedPoints } from "./weighted-points";

/**
 * Global k-means (Likas, Vlassis & Verbeek 2003): the best k-clustering is searched by adding one
 * center to the best (k−1)-clustering, trying every point as the new center and keeping the
 * lowest weighted inertia. It needs no random restarts, so it is deterministic, and on the ≤100
 * base clusters it is cheap. Returns the clusterings for k = 1..maxK (fewer if there are fewer
 * distinct points); entry k−1 holds k clusters.
 */
export function globalKmeans(points: WeightedPoints, maxK: number): Clustering[] {
  const n = points.x.length;
  if (n === 0) return [];
  let meanX = 0;
  let meanY = 0;
  let weight = 0;
  for (let i = 0; i < n; i++) {
    meanX += points.weight[i] * points.x[i];
    meanY += points.weight[i] * points.y[i];
    weight += points.weight[i];
  }
  const results: Clustering[] = [kmeans(points, [meanX / weight], [meanY / weight], 1)];
  for (let k = 2; k <= Math.min(maxK, n); k++) {
    const previous = results[results.length - 1]!;
    let best: Clustering | undefined;
    for (let candidate = 0; candidate < n; candidate++) {
      const trial = kmeans(
        points,
        [...previous.centerX, points.x[candidate]],
        [...previous.centerY, points.y[candidate]],
      );
      if (trial.centerX.length === k && (!best || trial.inertia < best.inertia - 1e-12 * best.inertia)) best = trial;
    }
    if (!best) break;
    results.push(best);
  }
  return results;
}
