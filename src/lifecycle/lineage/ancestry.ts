import type { LineageGraph } from './graph-types';

/**
 * The keys of a node and of every entity it was made from (following edges backwards); empty
 * when the graph has no such node.
 */
export function computeAncestry(
  graph: Pick<LineageGraph, 'nodes' | 'edges'>,
  key: string,
): Set<string> {
  if (!graph.nodes.some((node) => node.key === key)) return new Set();
  const parents = new Map<string, string[]>();
  for (const e of graph.edges) parents.set(e.to, [...(parents.get(e.to) ?? []), e.from]);
  const found = new Set([key]);
  const queue = [key];
  for (let next = queue.pop(); next !== undefined; next = queue.pop()) {
    for (const parent of parents.get(next) ?? []) {
      if (!found.has(parent)) {
        found.add(parent);
        queue.push(parent);
      }
    }
  }
  return found;
}
