import { axisBottom, axisLeft, scaleLinear, scaleOrdinal, schemeTableau10 } from 'd3';
import { applyChartFrame, computeInner, type ChartSize, type NumberFormat } from './chart-frame';
import { computeExtent, type ScatterPoint } from './chart-data';

/** Options of the scatter plot: axis names, number format, and the legend's keys. */
export interface ScatterChartOptions {
  format: NumberFormat;
  xLabel: string;
  yLabel: string;
  /** Colour keys in legend order; null is the missing-value key. */
  keys: readonly (string | null)[];
  /** Legend text of the missing key. */
  missingLabel: string;
}

const size: ChartSize = {
  width: 560,
  height: 320,
  margin: { top: 12, right: 140, bottom: 44, left: 56 },
};

const missingColor = '#999';

/** The colour of each legend key (Tableau 10; missing in grey). */
export function createKeyColor(keys: readonly (string | null)[]): (key: string | null) => string {
  const named = keys.filter((key): key is string => key !== null);
  const scale = scaleOrdinal<string, string>().domain(named).range(schemeTableau10);
  return (key) => (key === null ? missingColor : scale(key));
}

/** Draws points on linear x and y axes, coloured by their key, with a legend at the right. */
export function drawScatterChart(
  svg: SVGSVGElement,
  points: readonly ScatterPoint[],
  options: ScatterChartOptions,
): void {
  const inner = computeInner(size);
  const plot = applyChartFrame(svg, size);
  const x = scaleLinear()
    .domain(computeExtent(points.map((p) => p.x)))
    .nice()
    .range([0, inner.width]);
  const y = scaleLinear()
    .domain(computeExtent(points.map((p) => p.y)))
    .nice()
    .range([inner.height, 0]);
  const color = createKeyColor(options.keys);
  const tick = (d: unknown) => options.format(Number(d));
  plot
    .append('g')
    .attr('class', 'chart-axis')
    .attr('transform', `translate(0,${inner.height})`)
    .call(axisBottom(x).ticks(6).tickFormat(tick));
  plot.append('g').attr('class', 'chart-axis').call(axisLeft(y).ticks(6).tickFormat(tick));
  plot
    .append('text')
    .attr('class', 'chart-axis-label')
    .attr('x', inner.width / 2)
    .attr('y', inner.height + 36)
    .attr('text-anchor', 'middle')
    .text(options.xLabel);
  plot
    .append('text')
    .attr('class', 'chart-axis-label')
    .attr('transform', `translate(-44,${inner.height / 2}) rotate(-90)`)
    .attr('text-anchor', 'middle')
    .text(options.yLabel);
  plot
    .append('g')
    .attr('class', 'chart-points')
    .selectAll('circle')
    .data(points)
    .join('circle')
    .attr('cx', (p) => x(p.x))
    .attr('cy', (p) => y(p.y))
    .attr('r', points.length > 2000 ? 1.5 : 3)
    .attr('fill', (p) => color(p.key))
    .attr('fill-opacity', 0.75);
  const legend = plot
    .append('g')
    .attr('class', 'chart-legend')
    .attr('transform', `translate(${inner.width + 16},0)`)
    .selectAll('g')
    .data(options.keys)
    .join('g')
    .attr('transform', (_, i) => `translate(0,${i * 18})`);
  legend.append('circle').attr('cx', 5).attr('cy', 6).attr('r', 5).attr('fill', color);
  legend
    .append('text')
    .attr('x', 14)
    .attr('y', 6)
    .attr('dy', '0.35em')
    .text((key) => key ?? options.missingLabel);
}
