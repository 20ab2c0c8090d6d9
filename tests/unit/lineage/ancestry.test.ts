import { describe, expect, it } from 'vitest';
import {
  computeAncestry,
  computeCollapsedTrials,
  computeLineageGraph,
} from '../../../src/lifecycle/lineage';
import { computeLoopSources } from './lineage-fixture';

const ids = (keys: Set<string>) => [...keys].map((key) => key.slice(key.indexOf(':') + 1)).sort();

describe('computeAncestry', () => {
  const graph = computeLineageGraph(computeLoopSources());

  it('the retrained model descends from the whole first loop and the captured data', () => {
    expect(ids(computeAncestry(graph, 'model-version:m2'))).toEqual(
      [
        'm2',
        'r-challenger',
        'rt1',
        'v-merged',
        'v-capture',
        'v-stream',
        's1',
        'd1',
        'pkg1',
        'm1',
        'r-t2',
        'r-search',
        'v-split',
        'v-import',
      ].sort(),
    );
  });

  it('the first model descends only from its trial, the search and the data', () => {
    expect(ids(computeAncestry(graph, 'model-version:m1'))).toEqual(
      ['m1', 'r-t2', 'r-search', 'v-split', 'v-import'].sort(),
    );
  });

  it('an unknown key has no ancestry', () => {
    expect(computeAncestry(graph, 'model-version:nope').size).toBe(0);
  });
});

describe('computeCollapsedTrials', () => {
  const graph = computeLineageGraph(computeLoopSources());
  const { graph: collapsed, hiddenTrials } = computeCollapsedTrials(graph);

  it('folds the trials into their search and counts them', () => {
    expect(collapsed.nodes.map((n) => n.key)).not.toContain('run:r-t1');
    expect(collapsed.nodes).toHaveLength(graph.nodes.length - 3);
    expect(hiddenTrials).toEqual(new Map([['run:r-search', 3]]));
  });

  it('moves a trial’s model version onto the search, without self-loops', () => {
    expect(collapsed.edges.filter((e) => e.to === 'model-version:m1')).toEqual([
      { from: 'run:r-search', to: 'model-version:m1', kind: 'registered', detail: null },
    ]);
    expect(collapsed.edges.some((e) => e.kind === 'trial' || e.from === e.to)).toBe(false);
    expect(collapsed.edges).toHaveLength(graph.edges.length - 3);
  });

  it('keeps the ancestry of the retrained model, through the search', () => {
    expect(computeAncestry(collapsed, 'model-version:m2').has('run:r-search')).toBe(true);
  });

  it('leaves a graph without searches as it was', () => {
    const noSearch = computeLineageGraph({ ...computeLoopSources(), runs: [] });
    expect(computeCollapsedTrials(noSearch).graph).toEqual(noSearch);
  });
});
