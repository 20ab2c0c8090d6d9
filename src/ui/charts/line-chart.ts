import { curveLinear, curveStepAfter, line, scaleLinear, schemeTableau10 } from 'd3';
import {
  appendClippedGroup,
  createDefaultFormat,
  drawReferenceLine,
  drawXYAxes,
} from './chart-axes';
import { applyChartFrame, computeInner, type ChartSize } from './chart-frame';
import {
  computeAxisDomain,
  computeDiagonal,
  computeLegendLayout,
  computeSegments,
  isDrawable,
  isUsableDomain,
  type XY,
} from './line-chart-data';

/** One curve: a metric over epochs, a ROC or PR curve, a run's loss; NaN or null y is a gap. */
export interface LineSeries {
  id: string;
  label: string;
  points: readonly { x: number; y: number }[];
  dashed?: boolean;
}

/** How the curves are drawn: axis names, fixed domains, reference line, steps, legend, focus. */
export interface LineChartOptions {
  xLabel: string;
  yLabel: string;
  format?: (v: number) => string;
  /** Draws the y = x reference (ROC, calibration). */
  diagonal?: boolean;
  xDomain?: [number, number];
  yDomain?: [number, number];
  /** A dot on every point (a lone point always gets one). */
  markers?: boolean;
  /** Stepped after each point (matplotlib `steps-post`), for PR curves. */
  step?: boolean;
  /** Legend under the chart; by default shown when there are two or more series. */
  legend?: boolean;
  /** Id of the series drawn bold; the others fade. */
  highlight?: string | null;
}

const width = 560;
const margin = { top: 12, right: 16, bottom: 48, left: 60 };
const plotHeight = 240;

/** The colour of the series at `index` (Tableau 10, cycling). */
export function computeSeriesColor(index: number): string {
  return schemeTableau10[index % schemeTableau10.length] ?? '#4e79a7';
}

/** Draws curves on linear axes, with gaps at missing values, an optional y = x and a legend. */
export function drawLineChart(
  svg: SVGSVGElement,
  series: readonly LineSeries[],
  options: LineChartOptions,
): void {
  const showLegend = options.legend ?? series.length > 1;
  const legend = computeLegendLayout(
    showLegend ? series.map((s) => s.label) : [],
    width - margin.left - margin.right,
  );
  const size: ChartSize = {
    width,
    height: margin.top + plotHeight + margin.bottom + legend.height + (showLegend ? 8 : 0),
    margin: { ...margin, bottom: margin.bottom + legend.height + (showLegend ? 8 : 0) },
  };
  const inner = computeInner(size);
  const plot = applyChartFrame(svg, size);
  const all = series.flatMap((s) => s.points.filter(isDrawable));
  const x = scaleLinear()
    .domain(
      computeAxisDomain(
        all.map((p) => p.x),
        options.xDomain,
      ),
    )
    .range([0, inner.width]);
  const y = scaleLinear()
    .domain(
      computeAxisDomain(
        all.map((p) => p.y),
        options.yDomain,
      ),
    )
    .range([inner.height, 0]);
  if (!isUsableDomain(options.xDomain)) x.nice();
  if (!isUsableDomain(options.yDomain)) y.nice();
  drawXYAxes(plot, x, y, options);
  const [x0 = 0, x1 = 1] = x.domain();
  const [y0 = 0, y1 = 1] = y.domain();
  const diagonal = options.diagonal ? computeDiagonal([x0, x1], [y0, y1]) : null;
  if (diagonal) drawReferenceLine(plot, x, y, diagonal);
  const area = appendClippedGroup(plot, inner.width, inner.height);
  const path = line<XY>()
    .x((p) => x(p.x))
    .y((p) => y(p.y))
    .curve(options.step ? curveStepAfter : curveLinear);
  const focus = series.some((s) => s.id === options.highlight) ? options.highlight : null;
  const order = series.map((s, index) => ({ s, index }));
  order.sort((a, b) => Number(a.s.id === focus) - Number(b.s.id === focus));
  const format = options.format ?? createDefaultFormat();
  for (const { s, index } of order) {
    const group = area
      .append('g')
      .attr('class', 'line-series')
      .classed('is-highlight', s.id === focus)
      .classed('is-faded', focus !== null && s.id !== focus)
      .attr('stroke', computeSeriesColor(index))
      .attr('fill', computeSeriesColor(index));
    group.append('title').text(s.label);
    const segments = computeSegments(s.points);
    group
      .selectAll('path')
      .data(segments.filter((segment) => segment.length > 1))
      .join('path')
      .attr('class', 'line-path')
      .classed('is-dashed', s.dashed === true)
      .attr('d', (segment) => path(segment));
    const dots = options.markers ? segments.flat() : segments.filter((g) => g.length === 1).flat();
    group
      .selectAll('circle')
      .data(dots)
      .join('circle')
      .attr('class', 'line-marker')
      .attr('cx', (p) => x(p.x))
      .attr('cy', (p) => y(p.y))
      .attr('r', 3)
      .append('title')
      .text((p) => `${s.label}: ${format(p.x)}, ${format(p.y)}`);
  }
  if (!showLegend) return;
  const items = plot
    .append('g')
    .attr('class', 'chart-legend')
    .attr('transform', `translate(0,${inner.height + margin.bottom})`)
    .selectAll('g')
    .data(series.map((s, index) => ({ s, index, item: legend.items[index] })))
    .join('g')
    .attr('transform', (d) => `translate(${d.item?.x ?? 0},${d.item?.y ?? 0})`)
    .classed('is-faded', (d) => focus !== null && d.s.id !== focus);
  items
    .append('line')
    .attr('class', 'line-path')
    .classed('is-dashed', (d) => d.s.dashed === true)
    .attr('x1', 0)
    .attr('x2', 16)
    .attr('y1', 6)
    .attr('y2', 6)
    .attr('stroke', (d) => computeSeriesColor(d.index));
  items
    .append('text')
    .attr('x', 22)
    .attr('y', 6)
    .attr('dy', '0.35em')
    .text((d) => d.item?.text ?? d.s.label);
}
