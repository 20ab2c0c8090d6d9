import { scaleBand, select } from 'd3';
import { applyChartFrame, computeShortLabel, type ChartSize } from './chart-frame';
import {
  computeConfusionCellSize,
  computeConfusionCells,
  computeShareFill,
  isStrongShare,
  type ConfusionCell,
} from './confusion-chart-data';

/** A cell of the matrix by its row (truth) and column (predicted) index. */
export interface ConfusionSelection {
  truth: number;
  predicted: number;
}

/** Axis names and the callback a chosen cell is reported to. */
export interface ConfusionChartOptions {
  xLabel: string;
  yLabel: string;
  onselect?: (cell: ConfusionSelection) => void;
}

const labelSpace = 100;
const moves: Record<string, [number, number]> = {
  ArrowUp: [-1, 0],
  ArrowDown: [1, 0],
  ArrowLeft: [0, -1],
  ArrowRight: [0, 1],
};

/** The focusable cell at (truth, predicted) in a drawn matrix, if any. */
function findCell(svg: SVGSVGElement, truth: number, predicted: number): SVGGElement | null {
  return svg.querySelector<SVGGElement>(
    `g.cm-cell[data-truth="${truth}"][data-predicted="${predicted}"]`,
  );
}

/** Draws the truth × predicted matrix: counts in cells, shaded by row share, each cell a button. */
export function drawConfusionChart(
  svg: SVGSVGElement,
  labels: readonly string[],
  matrix: readonly (readonly number[])[],
  options: ConfusionChartOptions,
): void {
  const n = labels.length;
  const side = computeConfusionCellSize(n);
  const grid = Math.max(1, n) * side;
  const maxChars = Math.floor(labelSpace / 7);
  const longest = Math.min(maxChars, Math.max(1, ...labels.map((name) => name.length)));
  const below = Math.round(longest * 6.5 * 0.65) + 18;
  const size: ChartSize = {
    width: 24 + labelSpace + grid + 16,
    height: 8 + grid + below + 24,
    margin: { top: 8, right: 16, bottom: below + 24, left: 24 + labelSpace },
  };
  const plot = applyChartFrame(svg, size);
  // Never drawn larger than 1.25× its natural size, so text stays the page's size.
  select(svg).style('max-width', `${Math.round(size.width * 1.25)}px`);
  const band = scaleBand<number>()
    .domain(labels.map((_, i) => i))
    .range([0, grid])
    .padding(0.04);
  const at = (i: number) => (band(i) ?? 0) + band.bandwidth() / 2;
  const lang = document.documentElement.lang || undefined;
  const count = (value: number) => value.toLocaleString(lang);
  plot
    .append('g')
    .attr('class', 'chart-labels')
    .selectAll('text')
    .data(labels)
    .join('text')
    .attr('x', -6)
    .attr('y', (_, i) => at(i))
    .attr('dy', '0.35em')
    .attr('text-anchor', 'end')
    .text((name) => computeShortLabel(name, maxChars));
  plot
    .append('g')
    .attr('class', 'chart-labels')
    .selectAll('text')
    .data(labels)
    .join('text')
    .attr('transform', (_, i) => `translate(${at(i)},${grid + 10}) rotate(-40)`)
    .attr('text-anchor', 'end')
    .text((name) => computeShortLabel(name, maxChars));
  plot
    .append('text')
    .attr('class', 'chart-axis-label')
    .attr('x', grid / 2)
    .attr('y', grid + below + 16)
    .attr('text-anchor', 'middle')
    .text(options.xLabel);
  plot
    .append('text')
    .attr('class', 'chart-axis-label')
    .attr('transform', `translate(${-labelSpace - 10},${grid / 2}) rotate(-90)`)
    .attr('text-anchor', 'middle')
    .text(options.yLabel);
  const describe = (d: ConfusionCell) =>
    `${options.yLabel}: ${d.truthLabel}, ${options.xLabel}: ${d.predictedLabel}, ${count(d.count)}`;
  const choose = (d: ConfusionCell) =>
    options.onselect?.({ truth: d.truth, predicted: d.predicted });
  const cells = plot
    .append('g')
    .attr('class', 'chart-cells')
    .selectAll('g')
    .data(computeConfusionCells(labels, matrix))
    .join('g')
    .attr('class', 'cm-cell')
    .classed('is-diagonal', (d) => d.truth === d.predicted)
    .classed('is-strong', (d) => isStrongShare(d.share))
    .attr('transform', (d) => `translate(${band(d.predicted) ?? 0},${band(d.truth) ?? 0})`)
    .attr('data-truth', (d) => d.truth)
    .attr('data-predicted', (d) => d.predicted)
    .attr('tabindex', 0)
    .attr('role', 'button')
    .attr('aria-label', describe)
    .on('click', (_event: MouseEvent, d) => choose(d))
    .on('keydown', (event: KeyboardEvent, d) => {
      if (event.key === 'Enter' || event.key === ' ') {
        event.preventDefault();
        choose(d);
        return;
      }
      const move = moves[event.key];
      const next = move && findCell(svg, d.truth + move[0], d.predicted + move[1]);
      if (next) {
        event.preventDefault();
        next.focus();
      }
    });
  cells
    .append('rect')
    .attr('width', band.bandwidth())
    .attr('height', band.bandwidth())
    .style('fill', (d) => computeShareFill(d.share));
  cells.append('title').text(describe);
  cells
    .append('text')
    .attr('x', band.bandwidth() / 2)
    .attr('y', band.bandwidth() / 2)
    .attr('dy', '0.35em')
    .attr('text-anchor', 'middle')
    .attr('aria-hidden', 'true')
    .text((d) => count(d.count));
}

/** Outlines the selected cell (and marks it pressed); null clears the selection. */
export function applyConfusionSelection(
  svg: SVGSVGElement,
  selected: ConfusionSelection | null | undefined,
): void {
  select(svg)
    .selectAll<SVGGElement, ConfusionCell>('g.cm-cell')
    .classed(
      'is-selected',
      (d) => selected != null && d.truth === selected.truth && d.predicted === selected.predicted,
    )
    .attr('aria-pressed', (d) =>
      String(selected != null && d.truth === selected.truth && d.predicted === selected.predicted),
    );
}
