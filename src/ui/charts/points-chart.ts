import { scaleLinear } from 'd3';
import {
  appendClippedGroup,
  createDefaultFormat,
  drawReferenceLine,
  drawXYAxes,
} from './chart-axes';
import { applyChartFrame, computeInner, type ChartSize } from './chart-frame';
import { computeDiagonal, computePointsDomains, isDrawable, type XY } from './line-chart-data';

/** Options of the points chart: axis names, y = x (predicted against actual), y = 0 (residuals). */
export interface PointsChartOptions {
  xLabel: string;
  yLabel: string;
  diagonal?: boolean;
  zeroLine?: boolean;
  format?: (v: number) => string;
}

const size: ChartSize = {
  width: 480,
  height: 340,
  margin: { top: 12, right: 16, bottom: 48, left: 60 },
};

/** Draws points on linear axes with a dashed y = x or y = 0 reference; non-finite points are skipped. */
export function drawPointsChart(
  svg: SVGSVGElement,
  points: readonly XY[],
  options: PointsChartOptions,
): void {
  const inner = computeInner(size);
  const plot = applyChartFrame(svg, size);
  const drawable = points.filter(isDrawable);
  const domains = computePointsDomains(drawable, options);
  const x = scaleLinear().domain(domains.x).range([0, inner.width]);
  const y = scaleLinear().domain(domains.y).range([inner.height, 0]);
  if (options.diagonal) {
    const shared = scaleLinear().domain(domains.x).nice().domain();
    x.domain(shared);
    y.domain(shared);
  } else {
    x.nice();
    y.nice();
  }
  drawXYAxes(plot, x, y, options);
  const [x0 = 0, x1 = 1] = x.domain();
  const [y0 = 0, y1 = 1] = y.domain();
  if (options.diagonal) {
    const ends = computeDiagonal([x0, x1], [y0, y1]);
    if (ends) drawReferenceLine(plot, x, y, ends);
  }
  if (options.zeroLine && y0 <= 0 && y1 >= 0) {
    drawReferenceLine(plot, x, y, [
      { x: x0, y: 0 },
      { x: x1, y: 0 },
    ]);
  }
  const format = options.format ?? createDefaultFormat();
  appendClippedGroup(plot, inner.width, inner.height)
    .attr('class', 'chart-points')
    .selectAll('circle')
    .data(drawable)
    .join('circle')
    .attr('cx', (p) => x(p.x))
    .attr('cy', (p) => y(p.y))
    .attr('r', drawable.length > 1000 ? 2 : 3)
    .append('title')
    .text((p) => `${options.xLabel} ${format(p.x)}, ${options.yLabel} ${format(p.y)}`);
}
