/** A small dense linear solver for the explain stage's least squares. */
import { LabError } from '../../shared/lab-error';

/**
 * The solution x of A·x = b for a square row-major matrix A (n × n), by Gaussian elimination
 * with partial pivoting; INTERNAL when A is singular.
 */
export function computeLinearSolution(matrix: Float64Array, rhs: Float64Array): Float64Array {
  const n = rhs.length;
  const a = matrix.slice();
  const b = rhs.slice();
  for (let col = 0; col < n; col += 1) {
    let pivot = col;
    for (let r = col + 1; r < n; r += 1) {
      if (Math.abs(a[r * n + col] ?? 0) > Math.abs(a[pivot * n + col] ?? 0)) pivot = r;
    }
    const p = a[pivot * n + col] ?? 0;
    if (Math.abs(p) < 1e-300) throw new LabError('INTERNAL', 'singular least-squares system');
    if (pivot !== col) {
      for (let c = 0; c < n; c += 1) {
        const t = a[col * n + c] ?? 0;
        a[col * n + c] = a[pivot * n + c] ?? 0;
        a[pivot * n + c] = t;
      }
      const t = b[col] ?? 0;
      b[col] = b[pivot] ?? 0;
      b[pivot] = t;
    }
    for (let r = col + 1; r < n; r += 1) {
      const f = (a[r * n + col] ?? 0) / p;
      if (f === 0) continue;
      for (let c = col; c < n; c += 1)
        a[r * n + c] = (a[r * n + c] ?? 0) - f * (a[col * n + c] ?? 0);
      b[r] = (b[r] ?? 0) - f * (b[col] ?? 0);
    }
  }
  const x = new Float64Array(n);
  for (let r = n - 1; r >= 0; r -= 1) {
    let sum = b[r] ?? 0;
    for (let c = r + 1; c < n; c += 1) sum -= (a[r * n + c] ?? 0) * (x[c] ?? 0);
    x[r] = sum / (a[r * n + r] ?? 1);
  }
  return x;
}
