/**
 * Small pure SVG writers for the standalone evaluation report: an x–y plot with axes, ticks,
 * dashed guides, lines or dots and a legend. Every text is escaped, every coordinate rounded,
 * and the size is a viewBox, so the chart scales with the page.
 */
import { computeEscapedHtml as esc } from './model-card-html';

/** A named series of data points. */
export interface SvgSeries {
  label: string;
  points: readonly { x: number; y: number }[];
}

/** How to draw an x–y plot. */
export interface SvgPlotOptions {
  /** The accessible name of the chart. */
  title: string;
  xLabel: string;
  yLabel: string;
  xDomain: readonly [number, number];
  yDomain: readonly [number, number];
  /** `line` joins the points (with a dot per point when `dots`); `points` draws dots only. */
  mark: 'line' | 'points';
  dots?: boolean;
  /** Dashed reference lines in data coordinates (a diagonal, a zero line). */
  guides?: readonly { from: readonly [number, number]; to: readonly [number, number] }[];
  /** Where the legend sits inside the plot area (default top left). */
  legendAt?: 'top-left' | 'bottom-left' | 'bottom-right';
  /** Tick labels in the report's locale. */
  format: (value: number) => string;
}

/** Colours of series, in order (readable on white, distinct for common colour blindness). */
export const svgPalette = [
  '#1f77b4',
  '#d62728',
  '#2ca02c',
  '#ff7f0e',
  '#9467bd',
  '#8c564b',
  '#e377c2',
  '#17becf',
] as const;

const width = 420;
const height = 320;
const margin = { top: 16, right: 16, bottom: 48, left: 56 };

/** A coordinate rounded to 0.1 (never `-0`), as SVG text. */
export function computeSvgNumber(value: number): string {
  const rounded = Math.round(value * 10) / 10;
  return Object.is(rounded, -0) ? '0' : String(rounded);
}

/** About `count` round tick values (1, 2 or 5 × a power of ten apart, as d3) inside [min, max]. */
export function computeNiceTicks(min: number, max: number, count = 5): number[] {
  if (!Number.isFinite(min) || !Number.isFinite(max) || max <= min) return [min];
  const raw = (max - min) / count;
  const power = 10 ** Math.floor(Math.log10(raw));
  const ratio = raw / power;
  const step =
    power *
    (ratio >= Math.sqrt(50) ? 10 : ratio >= Math.sqrt(10) ? 5 : ratio >= Math.sqrt(2) ? 2 : 1);
  const ticks: number[] = [];
  for (let i = Math.ceil(min / step); i * step <= max + step * 1e-9; i++) {
    // `+ 0` turns -0 into 0, which would otherwise be written "-0".
    ticks.push(Number((i * step).toPrecision(12)) + 0);
  }
  return ticks;
}

/** The [min, max] of values, padded by 5% (and widened around a single value). */
export function computePaddedDomain(values: readonly number[]): [number, number] {
  const finite = values.filter((v) => Number.isFinite(v));
  if (finite.length === 0) return [0, 1];
  const min = Math.min(...finite);
  const max = Math.max(...finite);
  const pad = max > min ? (max - min) * 0.05 : Math.max(1, Math.abs(min) * 0.05);
  return [min - pad, max + pad];
}

function scale(domain: readonly [number, number], range: readonly [number, number]) {
  const [d0, d1] = domain;
  const [r0, r1] = range;
  const span = d1 - d0 || 1;
  return (value: number) => r0 + ((value - d0) / span) * (r1 - r0);
}

/** Axes with ticks, grid and labels for a plot area; returns the SVG and the scales. */
function computeAxes(options: SvgPlotOptions) {
  const x = scale(options.xDomain, [margin.left, width - margin.right]);
  const y = scale(options.yDomain, [height - margin.bottom, margin.top]);
  const n = computeSvgNumber;
  const xTicks = computeNiceTicks(options.xDomain[0], options.xDomain[1]).map(
    (t) =>
      `<line class="grid" x1="${n(x(t))}" x2="${n(x(t))}" y1="${margin.top}" y2="${height - margin.bottom}"/>` +
      `<text x="${n(x(t))}" y="${height - margin.bottom + 16}" text-anchor="middle">${esc(options.format(t))}</text>`,
  );
  const yTicks = computeNiceTicks(options.yDomain[0], options.yDomain[1]).map(
    (t) =>
      `<line class="grid" x1="${margin.left}" x2="${width - margin.right}" y1="${n(y(t))}" y2="${n(y(t))}"/>` +
      `<text x="${margin.left - 6}" y="${n(y(t) + 4)}" text-anchor="end">${esc(options.format(t))}</text>`,
  );
  const frame = `<rect class="frame" x="${margin.left}" y="${margin.top}" width="${width - margin.left - margin.right}" height="${height - margin.top - margin.bottom}"/>`;
  const labels =
    `<text x="${n((margin.left + width - margin.right) / 2)}" y="${height - 8}" text-anchor="middle">${esc(options.xLabel)}</text>` +
    `<text transform="translate(14 ${n((margin.top + height - margin.bottom) / 2)}) rotate(-90)" text-anchor="middle">${esc(options.yLabel)}</text>`;
  return { x, y, svg: [...xTicks, ...yTicks, frame, labels].join('\n') };
}

/** The legend: a swatch and an escaped label per series, on a white box in one corner. */
function computeLegend(series: readonly SvgSeries[], at: SvgPlotOptions['legendAt']): string {
  if (series.every((s) => s.label === '')) return '';
  const boxWidth = 24 + Math.max(...series.map((s) => s.label.length)) * 6.5;
  const boxHeight = 8 + series.length * 16;
  const left = at === 'bottom-right' ? width - margin.right - 6 - boxWidth : margin.left + 6;
  const top = at === 'top-left' ? margin.top + 6 : height - margin.bottom - 6 - boxHeight;
  const n = computeSvgNumber;
  const items = series.map((s, i) => {
    const base = top + 16 + i * 16;
    const colour = svgPalette[i % svgPalette.length]!;
    return (
      `<rect x="${n(left + 6)}" y="${base - 7}" width="12" height="4" fill="${colour}"/>` +
      `<text x="${n(left + 22)}" y="${base}">${esc(s.label)}</text>`
    );
  });
  return `<g class="legend"><rect class="legend-box" x="${n(left)}" y="${top}" width="${n(boxWidth)}" height="${boxHeight}"/>${items.join('')}</g>`;
}

/** An x–y plot as one inline <svg> element (lines or dots per series, guides, legend). */
export function computeSvgPlot(series: readonly SvgSeries[], options: SvgPlotOptions): string {
  const { x, y, svg: axes } = computeAxes(options);
  const n = computeSvgNumber;
  const point = (p: { x: number; y: number }) => `${n(x(p.x))},${n(y(p.y))}`;
  const guides = (options.guides ?? []).map(
    (g) =>
      `<line class="guide" x1="${n(x(g.from[0]))}" y1="${n(y(g.from[1]))}" x2="${n(x(g.to[0]))}" y2="${n(y(g.to[1]))}"/>`,
  );
  const marks = series.map((s, i) => {
    const colour = svgPalette[i % svgPalette.length]!;
    const finite = s.points.filter((p) => Number.isFinite(p.x) && Number.isFinite(p.y));
    const line =
      options.mark === 'line'
        ? `<polyline fill="none" stroke="${colour}" stroke-width="2" points="${finite.map(point).join(' ')}"/>`
        : '';
    const dots =
      options.mark === 'points' || options.dots === true
        ? finite
            .map(
              (p) =>
                `<circle cx="${n(x(p.x))}" cy="${n(y(p.y))}" r="${options.mark === 'points' ? 2 : 3}" fill="${colour}"${options.mark === 'points' ? ' fill-opacity="0.5"' : ''}/>`,
            )
            .join('')
        : '';
    return `<g class="series">${line}${dots}</g>`;
  });
  const legend = computeLegend(series, options.legendAt ?? 'top-left');
  return [
    `<svg viewBox="0 0 ${width} ${height}" width="${width}" height="${height}" role="img" class="chart">`,
    `<title>${esc(options.title)}</title>`,
    axes,
    ...guides,
    ...marks,
    legend,
    '</svg>',
  ]
    .filter((part) => part !== '')
    .join('\n');
}
