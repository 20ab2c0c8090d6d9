import { interpolateRdBu, scaleBand, scaleDiverging } from 'd3';
import { applyChartFrame, computeShortLabel, type ChartSize } from './chart-frame';
import type { HeatmapCell } from './chart-data';

/** Options of the correlation heatmap. */
export interface HeatmapChartOptions {
  /** Title (native tooltip) of one cell. */
  describe: (cell: HeatmapCell) => string;
  /** Text inside a cell (the rounded coefficient). */
  label: (value: number) => string;
}

/** Colour of a coefficient in [-1, 1]: red negative, white zero, blue positive (RdBu). */
export const correlationColor = scaleDiverging(interpolateRdBu).domain([-1, 0, 1]);

/** Draws a square matrix of cells coloured by a diverging scale centred on zero. */
export function drawHeatmapChart(
  svg: SVGSVGElement,
  names: readonly string[],
  cells: readonly HeatmapCell[],
  options: HeatmapChartOptions,
): void {
  const cell = names.length > 8 ? 36 : 56;
  const labelSpace = 120;
  const grid = Math.max(1, names.length) * cell;
  const size: ChartSize = {
    width: labelSpace + grid + labelSpace * 0.75,
    height: labelSpace + grid + 8,
    margin: { top: labelSpace, right: labelSpace * 0.75, bottom: 8, left: labelSpace },
  };
  const plot = applyChartFrame(svg, size);
  const band = scaleBand<number>()
    .domain(names.map((_, i) => i))
    .range([0, grid])
    .padding(0.04);
  const maxChars = Math.floor(labelSpace / 7);
  plot
    .append('g')
    .attr('class', 'chart-labels')
    .selectAll('text')
    .data(names)
    .join('text')
    .attr('x', -6)
    .attr('y', (_, i) => (band(i) ?? 0) + band.bandwidth() / 2)
    .attr('dy', '0.35em')
    .attr('text-anchor', 'end')
    .text((name) => computeShortLabel(name, maxChars));
  plot
    .append('g')
    .attr('class', 'chart-labels')
    .selectAll('text')
    .data(names)
    .join('text')
    .attr(
      'transform',
      (_, i) => `translate(${(band(i) ?? 0) + band.bandwidth() / 2},-6) rotate(-45)`,
    )
    .attr('text-anchor', 'start')
    .text((name) => computeShortLabel(name, maxChars));
  const groups = plot
    .append('g')
    .attr('class', 'chart-cells')
    .selectAll('g')
    .data(cells)
    .join('g')
    .attr('class', 'heatmap-cell')
    .attr('transform', (d) => `translate(${band(d.column) ?? 0},${band(d.row) ?? 0})`);
  groups
    .append('rect')
    .attr('width', band.bandwidth())
    .attr('height', band.bandwidth())
    .attr('fill', (d) => (d.value === null ? 'none' : correlationColor(d.value)))
    .attr('stroke', 'currentColor')
    .attr('stroke-opacity', 0.15)
    .append('title')
    .text((d) => options.describe(d));
  groups
    .filter((d) => d.value !== null && cell >= 48)
    .append('text')
    .attr('x', band.bandwidth() / 2)
    .attr('y', band.bandwidth() / 2)
    .attr('dy', '0.35em')
    .attr('text-anchor', 'middle')
    .attr('fill', (d) => (Math.abs(d.value ?? 0) > 0.6 ? '#fff' : '#111'))
    .attr('aria-hidden', 'true')
    .text((d) => options.label(d.value ?? 0));
}
