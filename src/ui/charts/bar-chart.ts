import { max, scaleBand, scaleLinear } from 'd3';
import { drawBarAxes } from './chart-axes';
import { applyChartFrame, type ChartSize, type NumberFormat } from './chart-frame';
import type { LabelledBar } from './chart-data';

/** Options of a horizontal bar chart. */
export interface BarChartOptions {
  format: NumberFormat;
  describe: (bar: LabelledBar) => string;
  /** Width in SVG units (height follows the number of bars). */
  width?: number;
  /** Left margin for the labels, in SVG units. */
  labelWidth?: number;
}

const barHeight = 22;

/** Draws labelled horizontal bars in the given order (first at the top), values on the x axis. */
export function drawBarChart(
  svg: SVGSVGElement,
  bars: readonly LabelledBar[],
  options: BarChartOptions,
): void {
  const labelWidth = options.labelWidth ?? 150;
  const size: ChartSize = {
    width: options.width ?? 480,
    height: Math.max(1, bars.length) * barHeight + 40,
    margin: { top: 8, right: 24, bottom: 32, left: labelWidth },
  };
  const innerWidth = size.width - size.margin.left - size.margin.right;
  const innerHeight = size.height - size.margin.top - size.margin.bottom;
  const plot = applyChartFrame(svg, size);
  if (bars.length === 0) return;
  const x = scaleLinear()
    .domain([0, Math.max(max(bars, (bar) => bar.value) ?? 0, Number.EPSILON)])
    .nice()
    .range([0, innerWidth]);
  const y = scaleBand<number>()
    .domain(bars.map((_, i) => i))
    .range([0, innerHeight])
    .padding(0.2);
  const maxChars = Math.floor(labelWidth / 7);
  drawBarAxes(plot, x, y, {
    ticks: 5,
    format: options.format,
    label: (i) => bars[i]?.label ?? '',
    maxChars,
  });
  plot
    .append('g')
    .attr('class', 'chart-bars')
    .selectAll('rect')
    .data(bars)
    .join('rect')
    .attr('x', 0)
    .attr('y', (_, i) => y(i) ?? 0)
    .attr('width', (bar) => Math.max(0, x(Math.max(0, bar.value))))
    .attr('height', y.bandwidth())
    .append('title')
    .text((bar) => options.describe(bar));
}
