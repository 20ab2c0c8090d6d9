import { axisBottom, axisLeft, max, scaleLinear } from 'd3';
import { applyChartFrame, computeInner, type ChartSize, type NumberFormat } from './chart-frame';
import type { HistogramBar } from './chart-data';

/** Options of the histogram: size, the locale's number format, and tooltip text per bar. */
export interface HistogramChartOptions {
  size?: ChartSize;
  format: NumberFormat;
  /** Title (native tooltip) of one bar. */
  describe: (bar: HistogramBar) => string;
}

const defaultSize: ChartSize = {
  width: 480,
  height: 240,
  margin: { top: 10, right: 16, bottom: 32, left: 48 },
};

/** Draws equal-width bins as adjacent bars with x (column units) and y (count) axes. */
export function drawHistogramChart(
  svg: SVGSVGElement,
  bars: readonly HistogramBar[],
  options: HistogramChartOptions,
): void {
  const size = options.size ?? defaultSize;
  const inner = computeInner(size);
  const plot = applyChartFrame(svg, size);
  if (bars.length === 0) return;
  const x = scaleLinear()
    .domain([bars[0]!.x0, bars[bars.length - 1]!.x1])
    .range([0, inner.width]);
  if (x.domain()[0] === x.domain()[1]) x.domain([bars[0]!.x0 - 0.5, bars[0]!.x1 + 0.5]);
  const y = scaleLinear()
    .domain([0, max(bars, (bar) => bar.count) ?? 1])
    .nice()
    .range([inner.height, 0]);
  plot
    .append('g')
    .attr('class', 'chart-axis')
    .attr('transform', `translate(0,${inner.height})`)
    .call(
      axisBottom(x)
        .ticks(6)
        .tickFormat((d) => options.format(Number(d))),
    );
  plot
    .append('g')
    .attr('class', 'chart-axis')
    .call(
      axisLeft(y)
        .ticks(5)
        .tickFormat((d) => options.format(Number(d))),
    );
  plot
    .append('g')
    .attr('class', 'chart-bars')
    .selectAll('rect')
    .data(bars)
    .join('rect')
    .attr('x', (bar) => x(bar.x0) + 0.5)
    .attr('y', (bar) => y(bar.count))
    .attr('width', (bar) => Math.max(1, x(bar.x1) - x(bar.x0) - 1))
    .attr('height', (bar) => inner.height - y(bar.count))
    .append('title')
    .text((bar) => options.describe(bar));
}
