import { axisBottom, axisLeft, type ScaleBand, type ScaleLinear, type Selection } from 'd3';
import { computeShortLabel, type NumberFormat } from './chart-frame';
import type { XY } from './line-chart-data';

type Group = Selection<SVGGElement, unknown, null, undefined>;

let clipCount = 0;

/** A number in the page's language with at most four fraction digits (the default format). */
export function createDefaultFormat(): NumberFormat {
  const lang = typeof document === 'undefined' ? undefined : document.documentElement.lang;
  const format = new Intl.NumberFormat(lang || undefined, { maximumFractionDigits: 4 });
  return (value) => format.format(value);
}

/** Draws a bottom x axis and a left y axis with faint grid lines and both axis names. */
export function drawXYAxes(
  plot: Group,
  x: ScaleLinear<number, number>,
  y: ScaleLinear<number, number>,
  options: { xLabel: string; yLabel: string; format?: NumberFormat },
): void {
  const w = x.range()[1] ?? 0;
  const h = y.range()[0] ?? 0;
  const bottom = axisBottom(x).ticks(6);
  const left = axisLeft(y).ticks(5);
  if (options.format) {
    const format = options.format;
    bottom.tickFormat((d) => format(Number(d)));
    left.tickFormat((d) => format(Number(d)));
  }
  plot
    .append('g')
    .attr('class', 'chart-grid')
    .attr('aria-hidden', 'true')
    .selectAll('line')
    .data(y.ticks(5))
    .join('line')
    .attr('x1', 0)
    .attr('x2', w)
    .attr('y1', (d) => y(d))
    .attr('y2', (d) => y(d));
  plot.append('g').attr('class', 'chart-axis').attr('transform', `translate(0,${h})`).call(bottom);
  plot.append('g').attr('class', 'chart-axis').call(left);
  plot
    .append('text')
    .attr('class', 'chart-axis-label')
    .attr('x', w / 2)
    .attr('y', h + 36)
    .attr('text-anchor', 'middle')
    .text(options.xLabel);
  plot
    .append('text')
    .attr('class', 'chart-axis-label')
    .attr('transform', `translate(-46,${h / 2}) rotate(-90)`)
    .attr('text-anchor', 'middle')
    .text(options.yLabel);
}

/** Draws the value axis under horizontal bars and, on the left, each bar's name cut to `maxChars`. */
export function drawBarAxes(
  plot: Group,
  x: ScaleLinear<number, number>,
  y: ScaleBand<number>,
  options: {
    ticks: number;
    format: NumberFormat;
    label: (index: number) => string;
    maxChars: number;
  },
): void {
  const { ticks, format, label, maxChars } = options;
  plot
    .append('g')
    .attr('class', 'chart-axis')
    .attr('transform', `translate(0,${y.range()[1] ?? 0})`)
    .call(
      axisBottom(x)
        .ticks(ticks)
        .tickFormat((d) => format(Number(d))),
    );
  plot
    .append('g')
    .attr('class', 'chart-axis')
    .call(axisLeft(y).tickFormat((i) => computeShortLabel(label(i), maxChars)));
}

/** Adds a clip rectangle of the plot area and returns a group clipped to it. */
export function appendClippedGroup(plot: Group, width: number, height: number): Group {
  clipCount += 1;
  const id = `chart-clip-${clipCount}`;
  plot
    .append('clipPath')
    .attr('id', id)
    .append('rect')
    .attr('x', -4)
    .attr('y', -4)
    .attr('width', width + 8)
    .attr('height', height + 8);
  return plot.append('g').attr('clip-path', `url(#${id})`);
}

/** Draws a dashed reference line between two data points (y = x, or y = 0). */
export function drawReferenceLine(
  plot: Group,
  x: ScaleLinear<number, number>,
  y: ScaleLinear<number, number>,
  ends: readonly [XY, XY],
): void {
  plot
    .append('line')
    .attr('class', 'chart-reference')
    .attr('aria-hidden', 'true')
    .attr('x1', x(ends[0].x))
    .attr('y1', y(ends[0].y))
    .attr('x2', x(ends[1].x))
    .attr('y2', y(ends[1].y));
}
