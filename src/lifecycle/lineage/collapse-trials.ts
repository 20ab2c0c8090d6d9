import type { LineageGraph, LineageGraphEdge } from './graph-types';
import type { CollapsedLineage } from './types';

/**
 * The lineage with every search trial folded into its search (the `from` of its `trial` edge):
 * the trial nodes go, their other edges move to the search (duplicates and self-loops dropped),
 * and `hiddenTrials` counts the trials of each search.
 */
export function computeCollapsedTrials(graph: LineageGraph): CollapsedLineage {
  const searchOf = new Map<string, string>();
  for (const e of graph.edges) if (e.kind === 'trial') searchOf.set(e.to, e.from);
  const hiddenTrials = new Map<string, number>();
  for (const search of searchOf.values()) {
    hiddenTrials.set(search, (hiddenTrials.get(search) ?? 0) + 1);
  }
  const lift = (key: string) => searchOf.get(key) ?? key;
  const seen = new Set<string>();
  const edges: LineageGraphEdge[] = [];
  for (const e of graph.edges) {
    const moved = { ...e, from: lift(e.from), to: lift(e.to) };
    const id = `${moved.from}\n${moved.to}\n${moved.kind}\n${moved.detail ?? ''}`;
    if (moved.from === moved.to || seen.has(id)) continue;
    seen.add(id);
    edges.push(moved);
  }
  const nodes = graph.nodes.filter((node) => !searchOf.has(node.key));
  return { graph: { projectId: graph.projectId, nodes, edges }, hiddenTrials };
}
