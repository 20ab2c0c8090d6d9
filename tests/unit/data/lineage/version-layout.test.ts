import { describe, expect, it } from 'vitest';
import {
  computeVersionLayout,
  defaultLineageSpacing,
  type LineageVersion,
} from '../../../../src/lifecycle/data/lineage';

const v = (id: string, parents: string[], step: string, rows = 10): LineageVersion => ({
  id,
  parents,
  step,
  rows,
});

describe('computeVersionLayout', () => {
  it('a chain import → impute → scale lays out left to right, one node per depth', () => {
    const layout = computeVersionLayout([
      v('a', [], 'import'),
      v('b', ['a'], 'impute'),
      v('c', ['b'], 'scale'),
    ]);
    expect(layout.nodes.map((node) => [node.id, node.depth, node.order])).toEqual([
      ['a', 0, 0],
      ['b', 1, 0],
      ['c', 2, 0],
    ]);
    const { columnGap, padding } = defaultLineageSpacing;
    expect(layout.nodes.map((node) => node.x)).toEqual([
      padding,
      padding + columnGap,
      padding + 2 * columnGap,
    ]);
    expect(layout.edges).toEqual([
      { from: 'a', to: 'b', step: 'impute' },
      { from: 'b', to: 'c', step: 'scale' },
    ]);
    expect(layout.width).toBe(2 * padding + 2 * columnGap);
    expect(layout.height).toBe(2 * padding);
  });

  it('siblings share a layer in the order given, oldest on top', () => {
    const layout = computeVersionLayout(
      [v('a', [], 'import'), v('b', ['a'], 'impute'), v('c', ['a'], 'encode')],
      { rowGap: 50, padding: 0, columnGap: 100 },
    );
    const at = Object.fromEntries(layout.nodes.map((node) => [node.id, [node.x, node.y]]));
    expect(at).toEqual({ a: [0, 0], b: [100, 0], c: [100, 50] });
    expect(layout.height).toBe(50);
  });

  it('depth is the longest path from a root, whatever the list order', () => {
    const layout = computeVersionLayout([
      v('d', ['a', 'c'], 'merge'),
      v('c', ['b'], 'scale'),
      v('b', ['a'], 'impute'),
      v('a', [], 'import'),
    ]);
    const depth = Object.fromEntries(layout.nodes.map((node) => [node.id, node.depth]));
    expect(depth).toEqual({ a: 0, b: 1, c: 2, d: 3 });
    expect(layout.edges).toHaveLength(4);
  });

  it('parents outside the list, duplicate ids and self-loops are ignored', () => {
    const layout = computeVersionLayout([
      v('b', ['gone'], 'impute'),
      v('b', [], 'import'),
      v('c', ['c', 'b'], 'scale'),
    ]);
    expect(layout.nodes.map((node) => [node.id, node.depth])).toEqual([
      ['b', 0],
      ['c', 1],
    ]);
    expect(layout.edges).toEqual([{ from: 'b', to: 'c', step: 'scale' }]);
  });

  it('an empty list gives an empty layout', () => {
    const layout = computeVersionLayout([]);
    expect(layout.nodes).toEqual([]);
    expect(layout.edges).toEqual([]);
  });
});
