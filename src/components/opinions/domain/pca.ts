import { forEachEntry } from "./centered-matrix";
import { topEigenpairs } from "./subspace-iteration";
import type { VoteMatrix } from "./vote-matrix";

/**
 * Two-component PCA that copes with missing votes the way Pol.is does: a missing vote is imputed
 * with the statement's mean, so after centering it is exactly zero and the centered matrix stays
 * as sparse as the votes themselves. We never build the dense matrix.
 */
export interface Projection {
  /** Per statement (matrix column): mean vote of the rows used, NaN if none of them voted. */
  center: Float64Array;
  components: [Float64Array, Float64Array];
  eigenvalues: [number, number];
  /** Statements that at least one used row voted on (the n_statements of the scaling). */
  votedStatements: number;
}

export function fitProjection(matrix: VoteMatrix, rows: Int32Array): Projection {
  const m = matrix.statementIds.length;
  const sum = new Float64Array(m);
  const count = new Float64Array(m);
  forEachEntry(matrix, rows, (_row, col, x) => {
    sum[col] += x;
    count[col] += 1;
  });
  const center = new Float64Array(m);
  let votedStatements = 0;
  for (let j = 0; j < m; j++) {
    center[j] = count[j] > 0 ? sum[j] / count[j] : Number.NaN;
    if (count[j] > 0) votedStatements++;
  }
  const { vectors, values } = topEigenpairs(matrix, rows, center);
  return { center, components: vectors, eigenvalues: values, votedStatements };
}

/**
 * Position of one participant: the centered votes dotted with each component, scaled by
 * sqrt(n_statements / n_votes) so that someone who voted on few statements is not pulled to the
 * middle merely because their missing votes were imputed with the mean (Pol.is's sparsity-aware
 * projection). Rounded to 1e-9 so floating-point noise from input order cannot split ties.
 */
export function projectRow(matrix: VoteMatrix, projection: Projection, row: number): [number, number] {
  const { center, components } = projection;
  const [pc1, pc2] = components;
  let x = 0;
  let y = 0;
  let votes = 0;
  for (let e = matrix.rowStart[row]; e < matrix.rowStart[row + 1]; e++) {
    const col = matrix.column[e];
    const centered = matrix.value[e] - center[col];
    x += centered * pc1[col];
    y += centered * pc2[col];
    votes++;
  }
  const scale = Math.sqrt(projection.votedStatements / Math.max(votes, 1));
  return [roundCoordinate(x * scale), roundCoordinate(y * scale)];
}

export function roundCoordinate(value: number): number {
  const rounded = Math.round(value * 1e9) / 1e9;
  return rounded === 0 ? 0 : rounded; // no -0
}
