import { select } from 'd3';

let markerCount = 0;

/**
 * Adds an arrowhead marker (filled with the text colour) to `svg`'s defs and returns its id,
 * unique in the page, for `marker-end: url(#id)`.
 */
export function appendArrowMarker(svg: SVGSVGElement, prefix: string): string {
  const marker = `${prefix}-${++markerCount}`;
  select(svg)
    .insert('defs', ':first-child')
    .append('marker')
    .attr('id', marker)
    .attr('viewBox', '0 0 10 10')
    .attr('refX', 10)
    .attr('refY', 5)
    .attr('markerWidth', 7)
    .attr('markerHeight', 7)
    .attr('orient', 'auto-start-reverse')
    .append('path')
    .attr('d', 'M0,0L10,5L0,10z')
    .attr('fill', 'currentColor');
  return marker;
}
