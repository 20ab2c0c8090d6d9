import { scaleBand, scaleLinear } from 'd3';
import { createDefaultFormat, drawBarAxes } from './chart-axes';
import { applyChartFrame, type ChartSize } from './chart-frame';

/** One feature's additive contribution to a prediction. */
export interface WaterfallItem {
  label: string;
  value: number;
}

/** One drawn row: where its bar starts and ends on the output axis, and what it is. */
export interface WaterfallStep {
  kind: 'base' | 'item' | 'prediction';
  label: string;
  value: number;
  start: number;
  end: number;
}

/** What the waterfall shows: the base value, the contributions and the model's prediction. */
export interface WaterfallData {
  base: number;
  items: readonly WaterfallItem[];
  prediction: number;
}

/** Options of the waterfall chart: row names of the base and prediction, number format. */
export interface WaterfallChartOptions {
  baseLabel: string;
  predictionLabel: string;
  format?: (v: number) => string;
}

const rowHeight = 24;
const width = 560;
const labelWidth = 170;

/**
 * Rows of a waterfall: the base, then contributions by |value| (largest first) each starting
 * where the previous ended, then the prediction as a marker (its own value, not the running sum).
 */
export function computeWaterfallSteps(
  data: WaterfallData,
  labels: { base: string; prediction: string },
): WaterfallStep[] {
  const items = data.items
    .filter((item) => Number.isFinite(item.value))
    .sort((a, b) => Math.abs(b.value) - Math.abs(a.value) || (a.label < b.label ? -1 : 1));
  const steps: WaterfallStep[] = [
    { kind: 'base', label: labels.base, value: data.base, start: data.base, end: data.base },
  ];
  let running = data.base;
  for (const item of items) {
    steps.push({ kind: 'item', ...item, start: running, end: running + item.value });
    running += item.value;
  }
  steps.push({
    kind: 'prediction',
    label: labels.prediction,
    value: data.prediction,
    start: data.prediction,
    end: data.prediction,
  });
  return steps;
}

/** The output axis: every bar end inside; a unit span around a single value. */
export function computeWaterfallDomain(steps: readonly WaterfallStep[]): [number, number] {
  const values = steps.flatMap((step) => [step.start, step.end]).filter(Number.isFinite);
  if (values.length === 0) return [0, 1];
  const min = Math.min(...values);
  const max = Math.max(...values);
  return min === max ? [min - 0.5, max + 0.5] : [min, max];
}

/** Draws a horizontal waterfall: base, one bar per contribution, and the prediction. */
export function drawWaterfallChart(
  svg: SVGSVGElement,
  data: WaterfallData,
  options: WaterfallChartOptions,
): void {
  const steps = computeWaterfallSteps(data, {
    base: options.baseLabel,
    prediction: options.predictionLabel,
  });
  const size: ChartSize = {
    width,
    height: steps.length * rowHeight + 40,
    margin: { top: 8, right: 56, bottom: 32, left: labelWidth },
  };
  const innerWidth = size.width - size.margin.left - size.margin.right;
  const innerHeight = size.height - size.margin.top - size.margin.bottom;
  const plot = applyChartFrame(svg, size);
  const format = options.format ?? createDefaultFormat();
  const x = scaleLinear().domain(computeWaterfallDomain(steps)).nice().range([0, innerWidth]);
  const y = scaleBand<number>()
    .domain(steps.map((_, i) => i))
    .range([0, innerHeight])
    .padding(0.2);
  const band = y.bandwidth();
  drawBarAxes(plot, x, y, { ticks: 6, format, label: (i) => steps[i]?.label ?? '', maxChars: 26 });
  const rows = plot
    .append('g')
    .selectAll('g')
    .data(steps)
    .join('g')
    .attr('class', (step) => `waterfall-step is-${step.kind}`)
    .attr('transform', (_, i) => `translate(0,${y(i) ?? 0})`);
  const bars = rows.filter((step) => step.kind === 'item');
  bars
    .append('rect')
    .attr('class', (step) => (step.value < 0 ? 'waterfall-bar is-negative' : 'waterfall-bar'))
    .attr('x', (step) => Math.min(x(step.start), x(step.end)))
    .attr('width', (step) => Math.max(1, Math.abs(x(step.end) - x(step.start))))
    .attr('height', band);
  bars
    .append('text')
    .attr('class', 'waterfall-value')
    .attr('x', (step) => Math.max(x(step.start), x(step.end)) + 4)
    .attr('y', band / 2)
    .attr('dy', '0.35em')
    .text((step) => `${step.value < 0 ? '' : '+'}${format(step.value)}`);
  const marks = rows.filter((step) => step.kind !== 'item');
  marks
    .append('line')
    .attr('class', 'waterfall-mark')
    .attr('x1', (step) => x(step.value))
    .attr('x2', (step) => x(step.value))
    .attr('y1', 0)
    .attr('y2', band);
  marks
    .append('text')
    .attr('class', 'waterfall-value')
    .attr('x', (step) => x(step.value) + 6)
    .attr('y', band / 2)
    .attr('dy', '0.35em')
    .text((step) => format(step.value));
  rows.append('title').text((step) => `${step.label}: ${format(step.value)}`);
  plot
    .append('g')
    .attr('class', 'waterfall-links')
    .attr('aria-hidden', 'true')
    .selectAll('line')
    .data(steps.slice(0, -2))
    .join('line')
    .attr('x1', (step) => x(step.end))
    .attr('x2', (step) => x(step.end))
    .attr('y1', (_, i) => (y(i) ?? 0) + band)
    .attr('y2', (_, i) => y(i + 1) ?? 0);
}
