import { select, type Selection } from 'd3';

/** Size and margins of a chart in SVG user units (the SVG scales to its container). */
export interface ChartSize {
  width: number;
  height: number;
  margin: { top: number; right: number; bottom: number; left: number };
}

/** A number as the page's locale writes it. */
export type NumberFormat = (value: number) => string;

/** Empties the SVG, sets its viewBox, and returns the plot group translated inside the margins. */
export function applyChartFrame(
  svg: SVGSVGElement,
  size: ChartSize,
): Selection<SVGGElement, unknown, null, undefined> {
  const root = select(svg);
  root.selectAll('*').remove();
  root
    .attr('viewBox', `0 0 ${size.width} ${size.height}`)
    .attr('preserveAspectRatio', 'xMidYMid meet');
  return root
    .append('g')
    .attr('class', 'chart-plot')
    .attr('transform', `translate(${size.margin.left},${size.margin.top})`);
}

/** Width and height of the plot area inside the margins. */
export function computeInner(size: ChartSize): { width: number; height: number } {
  return {
    width: Math.max(1, size.width - size.margin.left - size.margin.right),
    height: Math.max(1, size.height - size.margin.top - size.margin.bottom),
  };
}

/** Shortens a label to `max` characters with an ellipsis. */
export function computeShortLabel(label: string, max: number): string {
  return label.length <= max ? label : `${label.slice(0, Math.max(1, max - 1))}…`;
}
