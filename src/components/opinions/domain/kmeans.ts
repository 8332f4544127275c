import { squaredDistance, type WeightedPoints } from "./weighted-points";

export interface Clustering {
  /** Cluster index per point. */
  assignment: Int32Array;
  centerX: Float64Array;
  centerY: Float64Array;
  /** Sum of the weights of each cluster's points. */
  size: Float64Array;
  /** Weighted sum of squared distances to the assigned centers. */
  inertia: number;
}

/**
 * Weighted Lloyd iterations from the given starting centers. Ties go to the lower center index;
 * clusters that end up empty are dropped. Deterministic by construction.
 */
export function kmeans(
  points: WeightedPoints,
  seedX: ArrayLike<number>,
  seedY: ArrayLike<number>,
  maxIterations = 100,
): Clustering {
  let centerX: Float64Array = Float64Array.from(seedX);
  let centerY: Float64Array = Float64Array.from(seedY);
  const n = points.x.length;
  const assignment = new Int32Array(n).fill(-1);
  for (let iteration = 0; iteration < maxIterations; iteration++) {
    const changed = assign(points, centerX, centerY, assignment);
    if (!changed && iteration > 0) break;
    [centerX, centerY] = recenter(points, assignment, centerX.length, centerX, centerY);
  }
  return compact(points, assignment, centerX, centerY);
}

function assign(points: WeightedPoints, centerX: Float64Array, centerY: Float64Array, assignment: Int32Array): boolean {
  let changed = false;
  const k = centerX.length;
  for (let i = 0; i < points.x.length; i++) {
    let best = 0;
    let bestDistance = Infinity;
    for (let c = 0; c < k; c++) {
      const d = squaredDistance(points.x[i], points.y[i], centerX[c], centerY[c]);
      if (d < bestDistance) {
        bestDistance = d;
        best = c;
      }
    }
    if (assignment[i] !== best) {
      assignment[i] = best;
      changed = true;
    }
  }
  return changed;
}

function recenter(
  points: WeightedPoints,
  assignment: Int32Array,
  k: number,
  oldX: Float64Array,
  oldY: Float64Array,
): [Float64Array, Float64Array] {
  const sumX = new Float64Array(k);
  const sumY = new Float64Array(k);
  const weight = new Float64Array(k);
  for (let i = 0; i < points.x.length; i++) {
    const c = assignment[i];
    const w = points.weight[i];
    sumX[c] += w * points.x[i];
    sumY[c] += w * points.y[i];
    weight[c] += w;
  }
  // An empty cluster keeps its old center; `compact` removes it at the end.
  return [
    sumX.map((s, c) => (weight[c] > 0 ? s / weight[c] : oldX[c])),
    sumY.map((s, c) => (weight[c] > 0 ? s / weight[c] : oldY[c])),
  ];
}

function compact(
  points: WeightedPoints,
  assignment: Int32Array,
  centerX: Float64Array,
  centerY: Float64Array,
): Clustering {
  const k = centerX.length;
  const size = new Float64Array(k);
  for (let i = 0; i < assignment.length; i++) size[assignment[i]] += points.weight[i];
  const renumber = new Int32Array(k).fill(-1);
  let kept = 0;
  for (let c = 0; c < k; c++) if (size[c] > 0) renumber[c] = kept++;
  const result: Clustering = {
    assignment: assignment.map((c) => renumber[c]),
    centerX: new Float64Array(kept),
    centerY: new Float64Array(kept),
    size: new Float64Array(kept),
    inertia: 0,
  };
  for (let c = 0; c < k; c++) {
    if (renumber[c] < 0) continue;
    result.centerX[renumber[c]] = centerX[c];
    result.centerY[renumber[c]] = centerY[c];
    result.size[renumber[c]] = size[c];
  }
  for (let i = 0; i < assignment.length; i++) {
    const c = result.assignment[i];
    result.inertia +=
      points.weight[i] * squaredDistance(points.x[i], points.y[i], result.centerX[c], result.centerY[c]);
  }
  return result;
}

/** Starting centers at the given points (indices into `points`). */
export function kmeansFromPoints(points: WeightedPoints, seeds: readonly number[], maxIterations = 100): Clustering {
  return kmeans(
    points,
    seeds.map((s) => points.x[s]),
    seeds.map((s) => points.y[s]),
    maxIterations,
  );
}
