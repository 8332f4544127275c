import type { VoteMatrix } from "./vote-matrix";

/*
 * Operations on the centered vote matrix Xc (vote minus statement mean, zero where no vote),
 * visiting only the stored votes of the given rows.
 */

export function forEachEntry(
  matrix: VoteMatrix,
  rows: Int32Array,
  visit: (row: number, col: number, value: number) => void,
): void {
  for (const row of rows) {
    for (let e = matrix.rowStart[row]; e < matrix.rowStart[row + 1]; e++) {
      visit(row, matrix.column[e], matrix.value[e]);
    }
  }
}

/** y = Xcᵀ Xc v for the centered sparse matrix restricted to `rows`, for two vectors at once. */
export function applyCovariance(
  matrix: VoteMatrix,
  rows: Int32Array,
  center: Float64Array,
  v1: Float64Array,
  v2: Float64Array,
): [Float64Array, Float64Array] {
  const out1 = new Float64Array(v1.length);
  const out2 = new Float64Array(v2.length);
  const { rowStart, column, value } = matrix;
  for (const row of rows) {
    let dot1 = 0;
    let dot2 = 0;
    const start = rowStart[row];
    const end = rowStart[row + 1];
    for (let e = start; e < end; e++) {
      const col = column[e];
      const x = value[e] - center[col];
      dot1 += x * v1[col];
      dot2 += x * v2[col];
    }
    for (let e = start; e < end; e++) {
      const col = column[e];
      const x = value[e] - center[col];
      out1[col] += x * dot1;
      out2[col] += x * dot2;
    }
  }
  return [out1, out2];
}
