/**
 * Pure shaping for the line and points charts: axis domains, gap-split segments, the y = x
 * reference and the legend's layout. No DOM: unit-tested in Node.
 */
import { computeExtent } from './chart-data';

/** One (x, y) point of a curve; a non-finite coordinate is a gap. */
export interface XY {
  x: number;
  y: number;
}

/** One placed legend entry: its position inside the legend block and its (shortened) text. */
export interface LegendItem {
  x: number;
  y: number;
  text: string;
}

/** Whether a point can be drawn (both coordinates finite numbers). */
export function isDrawable(point: { x: unknown; y: unknown }): boolean {
  return (
    typeof point.x === 'number' &&
    typeof point.y === 'number' &&
    Number.isFinite(point.x) &&
    Number.isFinite(point.y)
  );
}

/** Runs of consecutive drawable points; a NaN or null coordinate ends a run (a gap in the line). */
export function computeSegments(points: readonly XY[]): XY[][] {
  const segments: XY[][] = [];
  let current: XY[] = [];
  for (const point of points) {
    if (isDrawable(point)) {
      current.push(point);
    } else if (current.length > 0) {
      segments.push(current);
      current = [];
    }
  }
  if (current.length > 0) segments.push(current);
  return segments;
}

/** Whether a caller's fixed domain is usable: two finite, different ends. */
export function isUsableDomain(domain?: readonly [number, number]): domain is [number, number] {
  return (
    domain !== undefined &&
    Number.isFinite(domain[0]) &&
    Number.isFinite(domain[1]) &&
    domain[0] !== domain[1]
  );
}

/**
 * The [min, max] an axis shows: the given domain when usable, else the finite values' extent
 * (a constant widened by one unit each side, none at all [0, 1]).
 */
export function computeAxisDomain(
  values: readonly number[],
  fixed?: readonly [number, number],
): [number, number] {
  if (isUsableDomain(fixed)) return [Math.min(...fixed), Math.max(...fixed)];
  return computeExtent(values);
}

/**
 * Domains of a points chart. With `diagonal` both axes share one domain so y = x runs corner to
 * corner; with `zeroLine` the y domain always includes 0.
 */
export function computePointsDomains(
  points: readonly XY[],
  options: { diagonal?: boolean; zeroLine?: boolean },
): { x: [number, number]; y: [number, number] } {
  const xs = points.filter(isDrawable).map((p) => p.x);
  const ys = points.filter(isDrawable).map((p) => p.y);
  if (options.diagonal) {
    const shared = computeExtent([...xs, ...ys]);
    return { x: shared, y: [...shared] };
  }
  return { x: computeExtent(xs), y: computeExtent(options.zeroLine ? [...ys, 0] : ys) };
}

/** The part of the line y = x inside both domains, as two end points; null when it misses. */
export function computeDiagonal(
  xDomain: readonly [number, number],
  yDomain: readonly [number, number],
): [XY, XY] | null {
  const low = Math.max(xDomain[0], yDomain[0]);
  const high = Math.min(xDomain[1], yDomain[1]);
  if (!(low < high)) return null;
  return [
    { x: low, y: low },
    { x: high, y: high },
  ];
}

/**
 * Legend entries flowed left to right in rows no wider than `width` (SVG units), each a swatch
 * plus its text at about `charWidth` per character; texts longer than a row are shortened.
 */
export function computeLegendLayout(
  labels: readonly string[],
  width: number,
  options: { charWidth?: number; swatch?: number; gap?: number; rowHeight?: number } = {},
): { items: LegendItem[]; height: number } {
  const charWidth = options.charWidth ?? 6.5;
  const swatch = options.swatch ?? 22;
  const gap = options.gap ?? 14;
  const rowHeight = options.rowHeight ?? 18;
  const maxChars = Math.max(2, Math.floor((width - swatch) / charWidth));
  const items: LegendItem[] = [];
  let x = 0;
  let row = 0;
  for (const label of labels) {
    const text = label.length <= maxChars ? label : `${label.slice(0, maxChars - 1)}…`;
    const itemWidth = swatch + text.length * charWidth;
    if (x > 0 && x + itemWidth > width) {
      row += 1;
      x = 0;
    }
    items.push({ x, y: row * rowHeight, text });
    x += itemWidth + gap;
  }
  return { items, height: labels.length === 0 ? 0 : (row + 1) * rowHeight };
}
