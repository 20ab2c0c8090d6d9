import type { LineageLayout, LineageNode } from '../../lifecycle/data/lineage';
import { applyChartFrame, computeShortLabel } from './chart-frame';
import { appendArrowMarker } from './arrow-marker';

/** Options of the version graph. */
export interface VersionGraphOptions {
  /** The highlighted version, if any. */
  selectedId: string | null;
  /** First line of a node (the step kind, localised). */
  title: (node: LineageNode) => string;
  /** Second line of a node (its row count, localised). */
  subtitle: (node: LineageNode) => string;
  /** Label of an edge (the child's step kind, localised). */
  edgeLabel: (step: string) => string;
  /** Native tooltip of a node. */
  describe: (node: LineageNode) => string;
  /** Called with a version id when its node is clicked. */
  onSelect: (versionId: string) => void;
}

const nodeWidth = 120;
const nodeHeight = 44;

/**
 * Draws a layered version DAG: rounded boxes (step kind and rows) at the layout's positions,
 * arrows parent → child labelled with the step, the selected version highlighted. Clicking a
 * node calls `onSelect`.
 */
export function drawVersionGraph(
  svg: SVGSVGElement,
  layout: LineageLayout,
  options: VersionGraphOptions,
): void {
  const plot = applyChartFrame(svg, {
    width: layout.width,
    height: layout.height,
    margin: { top: 0, right: 0, bottom: 0, left: 0 },
  });
  const marker = appendArrowMarker(svg, 'version-graph-arrow');
  const byId = new Map(layout.nodes.map((node) => [node.id, node]));
  const edges = plot
    .append('g')
    .attr('class', 'version-edges')
    .selectAll('g')
    .data(layout.edges.filter((edge) => byId.has(edge.from) && byId.has(edge.to)))
    .join('g')
    .attr('class', 'version-edge')
    .attr('data-from', (edge) => edge.from)
    .attr('data-to', (edge) => edge.to)
    .attr('data-step', (edge) => edge.step);
  const ends = (id: string) => byId.get(id)!;
  edges
    .append('path')
    .attr('fill', 'none')
    .attr('stroke', 'currentColor')
    .attr('marker-end', `url(#${marker})`)
    .attr('d', (edge) => {
      const from = ends(edge.from);
      const to = ends(edge.to);
      const x0 = from.x + nodeWidth / 2;
      const x1 = to.x - nodeWidth / 2;
      const mid = (x0 + x1) / 2;
      return `M${x0},${from.y}C${mid},${from.y} ${mid},${to.y} ${x1},${to.y}`;
    });
  edges
    .append('text')
    .attr('class', 'version-edge-label')
    .attr('x', (edge) => (ends(edge.from).x + ends(edge.to).x) / 2)
    .attr('y', (edge) => (ends(edge.from).y + ends(edge.to).y) / 2 - 6)
    .attr('text-anchor', 'middle')
    .text((edge) => computeShortLabel(options.edgeLabel(edge.step), 14));
  const nodes = plot
    .append('g')
    .attr('class', 'version-nodes')
    .selectAll('g')
    .data(layout.nodes)
    .join('g')
    .attr('class', 'version-node')
    .classed('selected', (node) => node.id === options.selectedId)
    .attr('data-version-id', (node) => node.id)
    .attr('data-step', (node) => node.step)
    .attr('transform', (node) => `translate(${node.x - nodeWidth / 2},${node.y - nodeHeight / 2})`)
    .style('cursor', 'pointer')
    .on('click', (_event, node) => options.onSelect(node.id));
  nodes.append('title').text((node) => options.describe(node));
  nodes
    .append('rect')
    .attr('width', nodeWidth)
    .attr('height', nodeHeight)
    .attr('rx', 6)
    .attr('stroke-width', (node) => (node.id === options.selectedId ? 3 : 1));
  nodes
    .append('text')
    .attr('class', 'version-node-title')
    .attr('x', nodeWidth / 2)
    .attr('y', 18)
    .attr('text-anchor', 'middle')
    .text((node) => computeShortLabel(options.title(node), 16));
  nodes
    .append('text')
    .attr('class', 'version-node-rows')
    .attr('x', nodeWidth / 2)
    .attr('y', 34)
    .attr('text-anchor', 'middle')
    .text((node) => computeShortLabel(options.subtitle(node), 18));
}
