/**
 * Exact k-nearest-neighbour distances and radius counts on one or two dimensions, as
 * scikit-learn's KD-trees return them, without a tree: points are sorted once and each query
 * scans outwards until no closer point can remain. Radii follow sklearn's mutual-information
 * code, which counts points strictly closer than the k-th neighbour (`nextafter(d, 0)`).
 */

/** Row order that sorts `values` ascending. */
export function computeOrder(values: Float64Array): Uint32Array {
  const order = new Uint32Array(values.length);
  for (let i = 0; i < order.length; i++) order[i] = i;
  return order.sort((a, b) => values[a]! - values[b]! || a - b);
}

/** Distance to each point's k-th nearest other point under max(|dx|, |dy|) (k ≥ 1). */
export function computeChebyshevKthDistances(
  x: Float64Array,
  y: Float64Array,
  k: number,
): Float64Array {
  const order = computeOrder(x);
  const n = order.length;
  const result = new Float64Array(n);
  const best = new Float64Array(k);
  for (let p = 0; p < n; p++) {
    const i = order[p]!;
    const xi = x[i]!;
    const yi = y[i]!;
    let found = 0;
    let left = p - 1;
    let right = p + 1;
    while (left >= 0 || right < n) {
      const dLeft = left >= 0 ? Math.abs(x[order[left]!]! - xi) : Infinity;
      const dRight = right < n ? Math.abs(x[order[right]!]! - xi) : Infinity;
      const fromLeft = dLeft <= dRight;
      const dx = fromLeft ? dLeft : dRight;
      if (found === k && dx >= best[k - 1]!) break;
      const j = order[fromLeft ? left-- : right++]!;
      const distance = Math.max(dx, Math.abs(y[j]! - yi));
      if (found < k) found++;
      else if (distance >= best[k - 1]!) continue;
      let slot = found - 1;
      while (slot > 0 && best[slot - 1]! > distance) {
        best[slot] = best[slot - 1]!;
        slot--;
      }
      best[slot] = distance;
    }
    result[i] = found === k ? best[k - 1]! : Number.NaN;
  }
  return result;
}

/** For ascending values, the distance from each to its k-th nearest other value (1-D). */
export function computeSortedKthDistances(sorted: Float64Array, k: number): Float64Array {
  const n = sorted.length;
  const result = new Float64Array(n);
  for (let p = 0; p < n; p++) {
    const v = sorted[p]!;
    let left = p - 1;
    let right = p + 1;
    let distance = Number.NaN;
    for (let taken = 0; taken < k && (left >= 0 || right < n); taken++) {
      const dLeft = left >= 0 ? v - sorted[left]! : Infinity;
      const dRight = right < n ? sorted[right]! - v : Infinity;
      if (dLeft <= dRight) {
        distance = dLeft;
        left--;
      } else {
        distance = dRight;
        right++;
      }
    }
    result[p] = distance;
  }
  return result;
}

/**
 * How many ascending values (the query point's own included) lie strictly within `radius` of
 * `centre`: |v − centre| < radius, or = 0 when the radius is 0 (sklearn's `nextafter` rule).
 */
export function computeCountWithin(sorted: Float64Array, centre: number, radius: number): number {
  const inside = (difference: number): boolean =>
    radius > 0 ? difference < radius : difference <= 0;
  let lo = 0;
  let hi = sorted.length;
  // First index whose value is inside on the left side (centre − v shrinks as v grows).
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    const v = sorted[mid]!;
    if (v >= centre || inside(centre - v)) hi = mid;
    else lo = mid + 1;
  }
  const first = lo;
  hi = sorted.length;
  // First index past the inside region on the right side.
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    const v = sorted[mid]!;
    if (v <= centre || inside(v - centre)) lo = mid + 1;
    else hi = mid;
  }
  return lo - first;
}
