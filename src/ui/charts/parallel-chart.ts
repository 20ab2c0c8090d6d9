import { axisLeft, line, select } from 'd3';
import { applyChartFrame, computeInner, computeShortLabel, type ChartSize } from './chart-frame';
import { createDefaultFormat } from './chart-axes';
import {
  computeAxisScale,
  computeMetricColor,
  computeMetricShare,
  computeParallelAxes,
  computeParallelLines,
  type ParallelAxis,
  type ParallelData,
  type ParallelLine,
} from './parallel-chart-data';

/** Options of parallel coordinates: the run drawn bold, and the number format of the ticks. */
export interface ParallelChartOptions {
  highlight?: string | null;
  format?: (v: number) => string;
}

const size: ChartSize = {
  width: 640,
  height: 320,
  margin: { top: 36, right: 72, bottom: 16, left: 72 },
};

let gradientCount = 0;

/** Draws one vertical axis per dimension (the metric last) and one polyline per run, coloured by its metric. */
export function drawParallelChart(
  svg: SVGSVGElement,
  data: ParallelData,
  options: ParallelChartOptions,
): void {
  const inner = computeInner(size);
  const plot = applyChartFrame(svg, size);
  const axes = computeParallelAxes(data, inner.width);
  const lines = computeParallelLines(data, axes, inner.height);
  const metricAxis = axes[axes.length - 1];
  const metricDomain: [number, number] = metricAxis?.kind === 'number' ? metricAxis.domain : [0, 1];
  const format = options.format ?? createDefaultFormat();
  const focus = lines.some((l) => l.runId === options.highlight) ? options.highlight : null;
  const ordered = [...lines].sort((a, b) => Number(a.runId === focus) - Number(b.runId === focus));
  const path = line<{ x: number; y: number } | null>()
    .defined((p) => p !== null)
    .x((p) => p?.x ?? 0)
    .y((p) => p?.y ?? 0);
  const describe = (l: ParallelLine) =>
    `${l.runId} · ${data.metric}: ${l.metric === null ? '—' : format(l.metric)}`;
  plot
    .append('g')
    .attr('class', 'parallel-lines')
    .selectAll('path')
    .data(ordered)
    .join('path')
    .attr('class', 'parallel-line')
    .classed('is-missing', (l) => l.metric === null)
    .classed('is-highlight', (l) => l.runId === focus)
    .classed('is-faded', (l) => focus !== null && l.runId !== focus)
    .attr('data-run', (l) => l.runId)
    .attr('d', (l) => path(l.points))
    .style('stroke', (l) =>
      computeMetricColor(l.metric === null ? null : computeMetricShare(l.metric, metricDomain)),
    )
    .append('title')
    .text(describe);
  plot
    .append('g')
    .attr('class', 'parallel-dots')
    .attr('aria-hidden', 'true')
    .selectAll('g')
    .data(ordered)
    .join('g')
    .classed('is-faded', (l) => focus !== null && l.runId !== focus)
    .style('fill', (l) =>
      computeMetricColor(l.metric === null ? null : computeMetricShare(l.metric, metricDomain)),
    )
    .selectAll('circle')
    .data((l) => l.points.filter((p) => p !== null))
    .join('circle')
    .attr('cx', (p) => p.x)
    .attr('cy', (p) => p.y)
    .attr('r', 2.5);
  const groups = plot
    .append('g')
    .attr('class', 'parallel-axes')
    .selectAll('g')
    .data(axes)
    .join('g')
    .attr('class', 'chart-axis')
    .attr('transform', (axis) => `translate(${axis.x},0)`);
  groups.each(function (axis) {
    const group = select<SVGGElement, ParallelAxis>(this as SVGGElement);
    const scale = computeAxisScale(axis, inner.height);
    if (scale.kind === 'number') {
      group.call(
        axisLeft(scale.scale)
          .ticks(5)
          .tickFormat((d) => format(Number(d))),
      );
    } else {
      group.call(axisLeft(scale.scale).tickFormat((d) => computeShortLabel(d, 12)));
    }
  });
  groups
    .append('text')
    .attr('class', 'chart-axis-label')
    .attr('y', -14)
    .attr('text-anchor', 'middle')
    .text((axis) => computeShortLabel(axis.key, 16))
    .append('title')
    .text((axis) => axis.key);
  if (!metricAxis) return;
  gradientCount += 1;
  const id = `parallel-gradient-${gradientCount}`;
  const gradient = plot
    .append('linearGradient')
    .attr('id', id)
    .attr('x1', 0)
    .attr('x2', 0)
    .attr('y1', 1)
    .attr('y2', 0);
  gradient.append('stop').attr('offset', 0).style('stop-color', computeMetricColor(0));
  gradient.append('stop').attr('offset', 1).style('stop-color', computeMetricColor(1));
  plot
    .append('rect')
    .attr('class', 'parallel-scale')
    .attr('aria-hidden', 'true')
    .attr('x', metricAxis.x + 6)
    .attr('width', 6)
    .attr('height', inner.height)
    .attr('fill', `url(#${id})`);
}
