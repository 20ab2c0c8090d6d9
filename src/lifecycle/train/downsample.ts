/** One point of a learning curve. */
export interface CurvePointOf {
  epoch: number;
  value: number;
}

/** Most points per run in a compared curve. */
export const maxCurvePoints = 200;

/**
 * At most `max` points of a series (max ≥ 2): the first and the last, and between them the
 * lowest and highest point of each equal bucket, in order, so spikes survive.
 */
export function computeDownsampled<T extends CurvePointOf>(points: readonly T[], max: number): T[] {
  if (points.length <= max) return [...points];
  if (max < 2) return points.slice(0, Math.max(0, max));
  const first = points[0]!;
  const last = points[points.length - 1]!;
  const inner = points.length - 2;
  const buckets = Math.floor((max - 2) / 2);
  const out: T[] = [first];
  for (let b = 0; b < buckets; b++) {
    const start = 1 + Math.floor((b * inner) / buckets);
    const end = 1 + Math.floor(((b + 1) * inner) / buckets);
    let low = start;
    let high = start;
    for (let i = start; i < end; i++) {
      if (points[i]!.value < points[low]!.value) low = i;
      if (points[i]!.value > points[high]!.value) high = i;
    }
    if (end <= start) continue;
    out.push(points[Math.min(low, high)]!);
    if (low !== high) out.push(points[Math.max(low, high)]!);
  }
  out.push(last);
  return out;
}
