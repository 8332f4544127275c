/**
 * Weighted points in the plane, always kept in canonical order (by x, then y) so that every
 * later loop, sum and tie-break runs in the same order whatever order the input came in.
 */
export interface WeightedPoints {
  x: Float64Array;
  y: Float64Array;
  weight: Float64Array;
}

/**
 * Merges identical positions into one point whose weight is their multiplicity.
 * `groupOf[i]` is the index of the merged point that input position i went to.
 */
export function mergeIdenticalPoints(
  xs: ArrayLike<number>,
  ys: ArrayLike<number>,
  weights?: ArrayLike<number>,
): { points: WeightedPoints; pointOf: Int32Array } {
  const order = Array.from({ length: xs.length }, (_, i) => i);
  order.sort((a, b) => xs[a] - xs[b] || ys[a] - ys[b]);
  const pointOf = new Int32Array(xs.length);
  const x: number[] = [];
  const y: number[] = [];
  const weight: number[] = [];
  for (const i of order) {
    const last = x.length - 1;
    if (last >= 0 && x[last] === xs[i] && y[last] === ys[i]) {
      weight[last] += weights ? weights[i] : 1;
    } else {
      x.push(xs[i]);
      y.push(ys[i]);
      weight.push(weights ? weights[i] : 1);
    }
    pointOf[i] = x.length - 1;
  }
  return {
    points: { x: Float64Array.from(x), y: Float64Array.from(y), weight: Float64Array.from(weight) },
    pointOf,
  };
}

export function squaredDistance(ax: number, ay: number, bx: number, by: number): number {
  const dx = ax - bx;
  const dy = ay - by;
  return dx * dx + dy * dy;
}

export function totalWeight(points: WeightedPoints): number {
  let total = 0;
  for (const w of points.weight) total += w;
  return total;
}
