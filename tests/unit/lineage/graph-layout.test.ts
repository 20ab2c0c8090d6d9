import { describe, expect, it } from 'vitest';
import {
  computeLineageGraph,
  computeLineageLayout,
  type LineageGraph,
  type LineageLayout,
} from '../../../src/lifecycle/lineage';
import { computeLoopSources } from './lineage-fixture';

/** Pairs of edges between the same two columns whose ends swap order: they cross. */
function countCrossings(layout: LineageLayout): number {
  const at = new Map(layout.nodes.map((node) => [node.key, node]));
  let crossings = 0;
  layout.edges.forEach((a, i) => {
    for (const b of layout.edges.slice(i + 1)) {
      const [a0, a1, b0, b1] = [at.get(a.from)!, at.get(a.to)!, at.get(b.from)!, at.get(b.to)!];
      if (a0.depth !== b0.depth || a1.depth !== b1.depth) continue;
      if ((a0.y - b0.y) * (a1.y - b1.y) < 0) crossings += 1;
    }
  });
  return crossings;
}

const node = (key: string, createdAt: number) => ({
  key,
  kind: 'run' as const,
  id: key,
  label: key,
  status: null,
  createdAt,
});
const edge = (from: string, to: string) => ({ from, to, kind: 'trained-on', detail: null });

describe('computeLineageLayout', () => {
  const graph = computeLineageGraph(computeLoopSources());
  const layout = computeLineageLayout(graph);

  it('puts every edge left to right', () => {
    const at = new Map(layout.nodes.map((n) => [n.key, n]));
    expect(layout.edges).toHaveLength(graph.edges.length);
    for (const e of layout.edges) expect(at.get(e.to)!.x).toBeGreaterThan(at.get(e.from)!.x);
  });

  it('places each node one column right of its deepest parent (longest path)', () => {
    const depth = new Map(layout.nodes.map((n) => [n.id, n.depth]));
    expect(depth.get('v-import')).toBe(0);
    expect(depth.get('v-stream')).toBe(0);
    expect(depth.get('r-t2')).toBe(3);
    expect(depth.get('s1')).toBe(7);
    // v-merged: v-split is at 1 but v-capture, after the whole first loop, is at 9.
    expect(depth.get('v-merged')).toBe(10);
    expect(depth.get('d3')).toBe(14);
  });

  it('never overlaps two nodes and fits them all inside its size', () => {
    const seen = new Set(layout.nodes.map((n) => `${n.x},${n.y}`));
    expect(seen.size).toBe(layout.nodes.length);
    for (const a of layout.nodes) {
      for (const b of layout.nodes) {
        if (a !== b && a.x === b.x) expect(Math.abs(a.y - b.y)).toBeGreaterThanOrEqual(64);
      }
      expect(a.x).toBeGreaterThan(0);
      expect(a.x).toBeLessThan(layout.width);
      expect(a.y).toBeGreaterThan(0);
      expect(a.y).toBeLessThan(layout.height);
    }
  });

  it('gives the same layout for the same graph', () => {
    const again = computeLineageLayout(computeLineageGraph(computeLoopSources()));
    expect(again).toEqual(layout);
  });

  it('barycentre sweeps uncross edges that oldest-first order crosses', () => {
    const crossed: LineageGraph = {
      projectId: 'p',
      nodes: [node('a', 1), node('b', 2), node('b-child', 3), node('a-child', 4)],
      edges: [edge('b', 'b-child'), edge('a', 'a-child')],
    };
    expect(countCrossings(computeLineageLayout(crossed, { sweeps: 0 }))).toBe(1);
    expect(countCrossings(computeLineageLayout(crossed))).toBe(0);
  });

  it('lays out a cycle without looping forever and keeps every node', () => {
    const cyclic: LineageGraph = {
      projectId: 'p',
      nodes: [node('a', 1), node('b', 2)],
      edges: [edge('a', 'b'), edge('b', 'a')],
    };
    expect(computeLineageLayout(cyclic).nodes.map((n) => n.depth)).toEqual([0, 1]);
  });

  it('an empty graph has an empty layout of just its padding', () => {
    const empty = computeLineageLayout({ projectId: 'p', nodes: [], edges: [] }, { padding: 10 });
    expect(empty).toEqual({ nodes: [], edges: [], width: 20, height: 20 });
  });
});
