import type {
  LineageGraphEdge,
  LineageLayout,
  LineageLayoutNode,
} from '../../../lifecycle/lineage';
import { appendArrowMarker } from '../../charts/arrow-marker';
import { applyChartFrame, computeShortLabel } from '../../charts/chart-frame';

/** How the lineage graph is labelled and what its nodes do. */
export interface LineageGraphOptions {
  /** Keys kept bright; every other node and edge dims. Null: nothing dims. */
  bright: ReadonlySet<string> | null;
  /** Key of the node drawn as selected, if any. */
  selectedKey: string | null;
  /** First line of a node (its label). */
  title: (node: LineageLayoutNode) => string;
  /** Second line of a node (kind and status, localised). */
  subtitle: (node: LineageLayoutNode) => string;
  /** Tooltip of an edge (its kind and detail, localised). */
  edgeLabel: (edge: LineageGraphEdge) => string;
  /** Tooltip and accessible name of a node (id and time). */
  describe: (node: LineageLayoutNode) => string;
  /** Called with a node's key when it is clicked or Enter or Space is pressed on it. */
  onOpen: (key: string) => void;
}

/** Size of a node in layout units. */
export const lineageNodeSize = { width: 150, height: 42 } as const;

function edgePath(from: LineageLayoutNode, to: LineageLayoutNode): string {
  const x0 = from.x + lineageNodeSize.width / 2;
  const x1 = to.x - lineageNodeSize.width / 2;
  const mid = (x0 + x1) / 2;
  return `M${x0},${from.y}C${mid},${from.y} ${mid},${to.y} ${x1},${to.y}`;
}

/**
 * Draws the project lineage: one box per entity (its kind as a class, label and status), an
 * arrow per edge, dimmed where outside `bright`. Nodes are focusable buttons: click, Enter or
 * Space calls `onOpen`.
 */
export function drawLineageGraph(
  svg: SVGSVGElement,
  layout: LineageLayout,
  options: LineageGraphOptions,
): void {
  const { width, height } = lineageNodeSize;
  const plot = applyChartFrame(svg, {
    width: layout.width,
    height: layout.height,
    margin: { top: 0, right: 0, bottom: 0, left: 0 },
  });
  const marker = appendArrowMarker(svg, 'lineage-arrow');
  const byKey = new Map(layout.nodes.map((node) => [node.key, node]));
  const dim = (key: string) => options.bright !== null && !options.bright.has(key);
  plot
    .append('g')
    .attr('class', 'lineage-edges')
    .selectAll('path')
    .data(layout.edges.filter((e) => byKey.has(e.from) && byKey.has(e.to)))
    .join('path')
    .attr('class', (e) => `lineage-edge edge-${e.kind}`)
    .classed('dim', (e) => dim(e.from) || dim(e.to))
    .attr('data-from', (e) => e.from)
    .attr('data-to', (e) => e.to)
    .attr('fill', 'none')
    .attr('stroke', 'currentColor')
    .attr('marker-end', `url(#${marker})`)
    .attr('d', (e) => edgePath(byKey.get(e.from)!, byKey.get(e.to)!))
    .append('title')
    .text((e) => options.edgeLabel(e));
  const nodes = plot
    .append('g')
    .attr('class', 'lineage-nodes')
    .selectAll('g')
    .data(layout.nodes)
    .join('g')
    .attr('class', (node) => `lineage-node kind-${node.kind}`)
    .classed('dim', (node) => dim(node.key))
    .classed('selected', (node) => node.key === options.selectedKey)
    .attr('data-key', (node) => node.key)
    .attr('role', 'button')
    .attr('tabindex', 0)
    .attr('aria-label', (node) => options.describe(node))
    .attr('transform', (node) => `translate(${node.x - width / 2},${node.y - height / 2})`)
    .on('click', (_event, node) => options.onOpen(node.key))
    .on('keydown', (event: KeyboardEvent, node) => {
      if (event.key !== 'Enter' && event.key !== ' ') return;
      event.preventDefault();
      options.onOpen(node.key);
    });
  nodes.append('title').text((node) => options.describe(node));
  nodes
    .append('rect')
    .attr('class', 'lineage-node-box')
    .attr('width', width)
    .attr('height', height);
  nodes.append('rect').attr('class', 'lineage-node-mark').attr('width', 6).attr('height', height);
  nodes
    .append('text')
    .attr('class', 'lineage-node-title')
    .attr('x', 14)
    .attr('y', 17)
    .text((node) => computeShortLabel(options.title(node), 18));
  nodes
    .append('text')
    .attr('class', 'lineage-node-status')
    .attr('x', 14)
    .attr('y', 33)
    .text((node) => computeShortLabel(options.subtitle(node), 22));
}
