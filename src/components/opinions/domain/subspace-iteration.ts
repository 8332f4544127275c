import { applyCovariance } from "./centered-matrix";
import type { VoteMatrix } from "./vote-matrix";

const maxIterations = 500;
const tolerance = 1e-12;

/**
 * The two leading eigenvectors of the centered covariance by block power (subspace) iteration
 * with a final Rayleigh–Ritz rotation. Pol.is iterates one vector and deflates; iterating the pair
 * together converges on the plane we cluster in even when the first two eigenvalues are close.
 * The start vectors are built from column statistics only, so permuting statements permutes the
 * result and permuting participants changes nothing.
 */
export function topEigenpairs(
  matrix: VoteMatrix,
  rows: Int32Array,
  center: Float64Array,
): { vectors: [Float64Array, Float64Array]; values: [number, number] } {
  const m = center.length;
  const columnNorm = new Float64Array(m);
  const columnSkew = new Float64Array(m);
  for (const row of rows) {
    for (let e = matrix.rowStart[row]; e < matrix.rowStart[row + 1]; e++) {
      const col = matrix.column[e];
      const x = matrix.value[e] - center[col];
      columnNorm[col] += x * x;
      columnSkew[col] += x * x * x;
    }
  }
  let v1 = normalized(columnNorm.map(Math.sqrt));
  let v2 = orthonormalTo(columnSkew, v1);
  for (let iteration = 0; iteration < maxIterations; iteration++) {
    const [w1, w2] = applyCovariance(matrix, rows, center, v1, v2);
    const next1 = normalized(w1);
    const next2 = orthonormalTo(w2, next1);
    const drift = Math.max(residual(next1, v1, v2), residual(next2, v1, v2));
    v1 = next1;
    v2 = next2;
    if (drift < tolerance) break;
  }
  return rayleighRitz(matrix, rows, center, v1, v2);
}

function rayleighRitz(
  matrix: VoteMatrix,
  rows: Int32Array,
  center: Float64Array,
  v1: Float64Array,
  v2: Float64Array,
): { vectors: [Float64Array, Float64Array]; values: [number, number] } {
  const [c1, c2] = applyCovariance(matrix, rows, center, v1, v2);
  const a = dot(v1, c1);
  const b = dot(v1, c2);
  const d = dot(v2, c2);
  // Eigen-decomposition of the symmetric 2×2 [[a, b], [b, d]].
  const angle = 0.5 * Math.atan2(2 * b, a - d);
  const cos = Math.cos(angle);
  const sin = Math.sin(angle);
  const first = v1.map((x, j) => cos * x + sin * v2[j]);
  const second = v1.map((x, j) => -sin * x + cos * v2[j]);
  const lambda1 = a * cos * cos + 2 * b * cos * sin + d * sin * sin;
  const lambda2 = a * sin * sin - 2 * b * cos * sin + d * cos * cos;
  const [big, small] = lambda1 >= lambda2 ? [first, second] : [second, first];
  return {
    vectors: [withCanonicalSign(big), withCanonicalSign(small)],
    values: [Math.max(lambda1, lambda2), Math.min(lambda1, lambda2)],
  };
}

/** Eigenvectors have no sign; fix one so that "agreeing with most statements" points right/up. */
function withCanonicalSign(v: Float64Array): Float64Array {
  let total = 0;
  let largest = 0;
  for (const x of v) {
    total += x;
    if (Math.abs(x) > Math.abs(largest)) largest = x;
  }
  const flip = Math.abs(total) > 1e-9 ? total < 0 : largest < 0;
  return flip ? v.map((x) => -x) : v;
}

export function dot(a: Float64Array, b: Float64Array): number {
  let s = 0;
  for (let j = 0; j < a.length; j++) s += a[j] * b[j];
  return s;
}

function normalized(v: Float64Array): Float64Array {
  const norm = Math.sqrt(dot(v, v));
  return norm > 1e-300 ? v.map((x) => x / norm) : new Float64Array(v.length);
}

function orthonormalTo(v: Float64Array, basis: Float64Array): Float64Array {
  const coefficient = dot(v, basis);
  const rest = v.map((x, j) => x - coefficient * basis[j]);
  const norm = Math.sqrt(dot(rest, rest));
  const original = Math.sqrt(dot(v, v));
  // A vector (almost) inside the basis carries no second direction: the data is rank one.
  return norm > 1e-9 * Math.max(original, 1e-300) ? rest.map((x) => x / norm) : new Float64Array(v.length);
}

/** Length of the part of unit vector w outside span(v1, v2). */
function residual(w: Float64Array, v1: Float64Array, v2: Float64Array): number {
  const p1 = dot(w, v1);
  const p2 = dot(w, v2);
  let squares = 0;
  for (let j = 0; j < w.length; j++) {
    const r = w[j] - p1 * v1[j] - p2 * v2[j]; // per component, so small residuals stay exact
    squares += r * r;
  }
  return Math.sqrt(squares);
}
