import { scaleBand, scaleLinear } from 'd3';
import { createDefaultFormat, drawBarAxes } from './chart-axes';
import { applyChartFrame, type ChartSize } from './chart-frame';

/** One feature's importance: the mean drop and its standard deviation over repeats. */
export interface ImportanceItem {
  label: string;
  mean: number;
  std: number;
}

/** One drawn bar: the item with its error-bar ends (mean ± std). */
export interface ImportanceRow extends ImportanceItem {
  low: number;
  high: number;
}

/** Options of the importance chart: the x axis name and the number format. */
export interface ImportanceChartOptions {
  xLabel: string;
  format?: (v: number) => string;
}

const barHeight = 24;
const labelWidth = 150;
const width = 520;

/** Bars sorted by mean, largest first (ties by label), each with its mean ± std ends. */
export function computeImportanceRows(items: readonly ImportanceItem[]): ImportanceRow[] {
  return [...items]
    .filter((item) => Number.isFinite(item.mean))
    .sort((a, b) => b.mean - a.mean || (a.label < b.label ? -1 : a.label > b.label ? 1 : 0))
    .map((item) => {
      const std = Number.isFinite(item.std) ? Math.abs(item.std) : 0;
      return { ...item, std, low: item.mean - std, high: item.mean + std };
    });
}

/** The value axis: every bar, error bar and zero inside; [0, 1] with nothing to show. */
export function computeImportanceDomain(rows: readonly ImportanceRow[]): [number, number] {
  let min = 0;
  let max = 0;
  for (const row of rows) {
    min = Math.min(min, row.low, row.mean);
    max = Math.max(max, row.high, row.mean);
  }
  return min === max ? [0, 1] : [min, max];
}

/** Draws horizontal bars from zero to each mean, largest first, with mean ± std whiskers. */
export function drawImportanceChart(
  svg: SVGSVGElement,
  items: readonly ImportanceItem[],
  options: ImportanceChartOptions,
): void {
  const rows = computeImportanceRows(items);
  const size: ChartSize = {
    width,
    height: Math.max(1, rows.length) * barHeight + 52,
    margin: { top: 8, right: 24, bottom: 44, left: labelWidth },
  };
  const innerWidth = size.width - size.margin.left - size.margin.right;
  const innerHeight = size.height - size.margin.top - size.margin.bottom;
  const plot = applyChartFrame(svg, size);
  if (rows.length === 0) return;
  const format = options.format ?? createDefaultFormat();
  const x = scaleLinear().domain(computeImportanceDomain(rows)).nice().range([0, innerWidth]);
  const y = scaleBand<number>()
    .domain(rows.map((_, i) => i))
    .range([0, innerHeight])
    .padding(0.25);
  drawBarAxes(plot, x, y, { ticks: 5, format, label: (i) => rows[i]?.label ?? '', maxChars: 21 });
  plot
    .append('text')
    .attr('class', 'chart-axis-label')
    .attr('x', innerWidth / 2)
    .attr('y', innerHeight + 36)
    .attr('text-anchor', 'middle')
    .text(options.xLabel);
  const zero = x(0);
  const groups = plot
    .append('g')
    .attr('class', 'importance-bars')
    .selectAll('g')
    .data(rows)
    .join('g')
    .attr('class', 'importance-bar')
    .attr('data-feature', (row) => row.label)
    .attr('transform', (_, i) => `translate(0,${y(i) ?? 0})`);
  const band = y.bandwidth();
  groups
    .append('rect')
    .attr('class', (row) => (row.mean < 0 ? 'importance-rect is-negative' : 'importance-rect'))
    .attr('x', (row) => Math.min(zero, x(row.mean)))
    .attr('width', (row) => Math.abs(x(row.mean) - zero))
    .attr('height', band);
  const whisker = groups
    .filter((row) => row.std > 0)
    .append('g')
    .attr('class', 'importance-err');
  whisker
    .append('line')
    .attr('x1', (row) => x(row.low))
    .attr('x2', (row) => x(row.high))
    .attr('y1', band / 2)
    .attr('y2', band / 2);
  for (const end of ['low', 'high'] as const) {
    whisker
      .append('line')
      .attr('x1', (row) => x(row[end]))
      .attr('x2', (row) => x(row[end]))
      .attr('y1', band * 0.2)
      .attr('y2', band * 0.8);
  }
  groups.append('title').text((row) => `${row.label}: ${format(row.mean)} ± ${format(row.std)}`);
  plot
    .append('line')
    .attr('class', 'chart-reference')
    .attr('x1', zero)
    .attr('x2', zero)
    .attr('y1', 0)
    .attr('y2', innerHeight);
}
