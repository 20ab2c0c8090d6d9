import { defaultLineageGraphLayout } from './defaults';
import type { LineageGraph } from './graph-types';
import type { LineageGraphLayoutOptions, LineageLayout, LineageLayoutNode } from './types';

/** Edges (`from\nto`) that close a cycle, met by a depth-first walk from the oldest node. */
function computeBackEdges(keys: readonly string[], children: Map<string, string[]>): Set<string> {
  const back = new Set<string>();
  const state = new Map<string, 'open' | 'done'>();
  const visit = (key: string): void => {
    state.set(key, 'open');
    for (const child of children.get(key) ?? []) {
      const seen = state.get(child);
      if (seen === 'open') back.add(`${key}\n${child}`);
      else if (seen === undefined) visit(child);
    }
    state.set(key, 'done');
  };
  for (const key of keys) if (!state.has(key)) visit(key);
  return back;
}

/**
 * Depth of each node: the longest path from a root, so every edge goes to a deeper column.
 * Edges that would close a cycle (met walking from the oldest node) are left out.
 */
function computeDepths(
  keys: readonly string[],
  parents: Map<string, string[]>,
  children: Map<string, string[]>,
): Map<string, number> {
  const back = computeBackEdges(keys, children);
  const depths = new Map<string, number>();
  const depthOf = (key: string): number => {
    const known = depths.get(key);
    if (known !== undefined) return known;
    let depth = 0;
    for (const parent of parents.get(key) ?? []) {
      if (!back.has(`${parent}\n${key}`)) depth = Math.max(depth, depthOf(parent) + 1);
    }
    depths.set(key, depth);
    return depth;
  };
  for (const key of keys) depthOf(key);
  return depths;
}

/** Reorders each layer by the mean position of its neighbours (ties keep the current order). */
function sweepLayers(
  layers: string[][],
  neighbours: Map<string, string[]>,
  position: Map<string, number>,
  indices: readonly number[],
): void {
  for (const d of indices) {
    const layer = layers[d];
    if (!layer) continue;
    const score = new Map<string, number>();
    for (const key of layer) {
      const placed = (neighbours.get(key) ?? []).map((other) => position.get(other) ?? 0);
      const mean = placed.reduce((sum, p) => sum + p, 0) / Math.max(1, placed.length);
      score.set(key, placed.length > 0 ? mean : (position.get(key) ?? 0));
    }
    layer.sort(
      (a, b) =>
        (score.get(a) ?? 0) - (score.get(b) ?? 0) ||
        (position.get(a) ?? 0) - (position.get(b) ?? 0),
    );
    layer.forEach((key, i) => position.set(key, i));
  }
}

/**
 * A layered left-to-right layout of a lineage graph: one column per depth (longest path from
 * a root, so every edge goes right), nodes in a column first oldest on top, then reordered by
 * barycentre sweeps to cross fewer edges. Deterministic: the same graph gives the same layout.
 */
export function computeLineageLayout(
  graph: LineageGraph,
  options: LineageGraphLayoutOptions = {},
): LineageLayout {
  const { columnGap, rowGap, padding, sweeps } = { ...defaultLineageGraphLayout, ...options };
  const keys = graph.nodes.map((node) => node.key);
  const known = new Set(keys);
  const edges = graph.edges.filter((e) => known.has(e.from) && known.has(e.to) && e.from !== e.to);
  const parents = new Map<string, string[]>();
  const children = new Map<string, string[]>();
  for (const e of edges) {
    parents.set(e.to, [...(parents.get(e.to) ?? []), e.from]);
    children.set(e.from, [...(children.get(e.from) ?? []), e.to]);
  }
  const depths = computeDepths(keys, parents, children);
  const layers: string[][] = [];
  for (const key of keys) {
    const d = depths.get(key) ?? 0;
    (layers[d] ??= []).push(key);
  }
  for (let d = 0; d < layers.length; d += 1) layers[d] ??= [];
  const position = new Map<string, number>();
  for (const layer of layers) layer.forEach((key, i) => position.set(key, i));
  const forward = layers.map((_, d) => d).slice(1);
  const backward = layers
    .map((_, d) => d)
    .reverse()
    .slice(1);
  for (let s = 0; s < sweeps; s += 1) {
    sweepLayers(layers, parents, position, forward);
    sweepLayers(layers, children, position, backward);
  }
  const rows = Math.max(1, ...layers.map((layer) => layer.length));
  const nodes: LineageLayoutNode[] = graph.nodes.map((node) => {
    const depth = depths.get(node.key) ?? 0;
    const order = position.get(node.key) ?? 0;
    const height = (layers[depth]?.length ?? 1) - 1;
    // Shorter columns are centred against the tallest one.
    const offset = ((rows - 1 - height) * rowGap) / 2;
    return {
      ...node,
      depth,
      order,
      x: padding + depth * columnGap,
      y: padding + offset + order * rowGap,
    };
  });
  return {
    nodes,
    edges,
    width: 2 * padding + Math.max(0, layers.length - 1) * columnGap,
    height: 2 * padding + (rows - 1) * rowGap,
  };
}
