import { kmeans, kmeansFromPoints, type Clustering } from "./kmeans";
import { silhouette } from "./silhouette";
import type { WeightedPoints } from "./weighted-points";

export interface ScoredClustering extends Clustering {
  silhouette: number;
}

/**
 * Locally optimal k-means groupings of the base clusters for k = 2..maxK, each with its
 * silhouette. k-means has many local optima and Pol.is ends in whichever one its history leads
 * to; we instead look at many of them, deterministically:
 *  - k = 2: Lloyd iterations seeded from every pair of base clusters (≤ 4,950 tiny runs);
 *  - k > 2: the best (k−1)-groupings, by inertia and by silhouette, each extended with every base
 *    cluster as the extra seed (the step of global k-means, Likas et al. 2003).
 * Identical partitions are kept once. The caller picks by silhouette.
 */
export function candidateGroupings(points: WeightedPoints, maxK: number): ScoredClustering[] {
  const n = points.x.length;
  const seen = new Set<string>();
  const all: ScoredClustering[] = [];
  const keep = (clustering: Clustering, k: number): void => {
    if (clustering.centerX.length !== k) return;
    const key = partitionKey(clustering.assignment);
    if (seen.has(key)) return;
    seen.add(key);
    all.push({ ...clustering, silhouette: silhouette(points, clustering.assignment, k) });
  };

  for (let a = 0; a < n; a++) for (let b = a + 1; b < n; b++) keep(kmeansFromPoints(points, [a, b]), 2);
  for (let k = 3; k <= Math.min(maxK, n); k++) {
    const previous = all.filter((c) => c.centerX.length === k - 1);
    if (previous.length === 0) break;
    const starts = new Set([best(previous, (c) => -c.inertia), best(previous, (c) => c.silhouette)]);
    for (const start of starts) {
      for (let p = 0; p < n; p++) {
        keep(kmeans(points, [...start.centerX, points.x[p]], [...start.centerY, points.y[p]]), k);
      }
    }
  }
  return all;
}

/** The element with the highest score; the first one on ties. */
function best<T>(items: readonly T[], score: (item: T) => number): T {
  let winner = items[0] as T;
  for (const item of items) if (score(item) > score(winner)) winner = item;
  return winner;
}

/**
 * The grouping with the best silhouette. Silhouettes within 1e-9 count as equal (they differ
 * only by rounding); then fewer groups win, then the lower inertia.
 */
export function chooseGrouping(candidates: readonly ScoredClustering[]): ScoredClustering | undefined {
  let winner: ScoredClustering | undefined;
  for (const c of candidates) {
    if (!winner) winner = c;
    else if (c.silhouette > winner.silhouette + 1e-9) winner = c;
    else if (c.silhouette < winner.silhouette - 1e-9) continue;
    else if (c.centerX.length < winner.centerX.length) winner = c;
    else if (c.centerX.length === winner.centerX.length && c.inertia < winner.inertia) winner = c;
  }
  return winner;
}

/** Labels renumbered by first appearance, so equal partitions get equal keys. */
function partitionKey(assignment: Int32Array): string {
  const relabel = new Map<number, number>();
  let key = "";
  for (const label of assignment) {
    if (!relabel.has(label)) relabel.set(label, relabel.size);
    key += String.fromCharCode(48 + relabel.get(label)!);
  }
  return key;
}
