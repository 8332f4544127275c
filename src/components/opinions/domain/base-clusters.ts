import { kmeansFromPoints, type Clustering } from "./kmeans";
import { squaredDistance, totalWeight, type WeightedPoints } from "./weighted-points";

/**
 * Many small clusters of participants (Pol.is: 100) that the groups are then built from. They
 * keep the group search cheap however many participants there are, and smooth out single
 * outliers. Seeds come from farthest-point traversal, which needs no randomness and spreads the
 * small clusters over the whole map instead of piling them up in dense areas.
 */
export function baseClusters(points: WeightedPoints, k: number, maxIterations = 50): Clustering {
  const n = points.x.length;
  if (n <= k)
    return kmeansFromPoints(
      points,
      Array.from({ length: n }, (_, i) => i),
      1,
    );
  return kmeansFromPoints(points, farthestPointSeeds(points, k), maxIterations);
}

export function farthestPointSeeds(points: WeightedPoints, k: number): number[] {
  const n = points.x.length;
  const weight = totalWeight(points);
  let meanX = 0;
  let meanY = 0;
  for (let i = 0; i < n; i++) {
    meanX += (points.weight[i] * points.x[i]) / weight;
    meanY += (points.weight[i] * points.y[i]) / weight;
  }
  const nearest = new Float64Array(n);
  for (let i = 0; i < n; i++) nearest[i] = squaredDistance(points.x[i], points.y[i], meanX, meanY);
  const seeds: number[] = [];
  while (seeds.length < k) {
    let best = -1;
    for (let i = 0; i < n; i++) if (best < 0 || nearest[i] > nearest[best]) best = i;
    if (best < 0 || (seeds.length > 0 && nearest[best] === 0)) break;
    seeds.push(best);
    for (let i = 0; i < n; i++) {
      const d = squaredDistance(points.x[i], points.y[i], points.x[best], points.y[best]);
      if (d < nearest[i]) nearest[i] = d;
    }
  }
  return seeds;
}
