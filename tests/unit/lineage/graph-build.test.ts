import { describe, expect, it } from 'vitest';
import { computeLineageGraph } from '../../../src/lifecycle/lineage';
import { computeLoopSources } from './lineage-fixture';

const short = (key: string) => key.slice(key.indexOf(':') + 1);

describe('computeLineageGraph', () => {
  it('lists every entity of a retrain loop once, oldest first', () => {
    const graph = computeLineageGraph(computeLoopSources());
    expect(graph.projectId).toBe('p1');
    expect(graph.nodes.map((node) => node.key)).toEqual([
      'dataset-version:v-import',
      'dataset-version:v-split',
      'dataset-version:v-stream',
      'run:r-plain',
      'run:r-search',
      'run:r-t1',
      'run:r-t2',
      'run:r-t3',
      'model-version:m1',
      'package:pkg1',
      'deployment:d1',
      'monitor-session:s1',
      'retrain:rt1',
      'dataset-version:v-capture',
      'dataset-version:v-merged',
      'run:r-challenger',
      'model-version:m2',
      'package:pkg2',
      'deployment:d2',
      'deployment:d3',
    ]);
  });

  it('draws every edge kind of the loop, in node order of the target', () => {
    const graph = computeLineageGraph(computeLoopSources());
    const edges = graph.edges.map((e) => [short(e.from), short(e.to), e.kind, e.detail]);
    expect(edges).toEqual([
      ['v-import', 'v-split', 'step', 'split'],
      ['v-split', 'r-plain', 'trained-on', null],
      ['v-split', 'r-search', 'trained-on', null],
      ['r-search', 'r-t1', 'trial', null],
      ['r-search', 'r-t2', 'trial', null],
      ['r-search', 'r-t3', 'trial', null],
      ['r-t2', 'm1', 'registered', null],
      ['m1', 'pkg1', 'packaged', null],
      ['pkg1', 'd1', 'deployed', 'champion'],
      ['v-stream', 's1', 'replayed', 'source'],
      ['d1', 's1', 'replayed', 'endpoint'],
      ['s1', 'rt1', 'triggered', null],
      ['v-stream', 'v-capture', 'step', 'capture'],
      ['rt1', 'v-capture', 'captured', null],
      ['v-split', 'v-merged', 'step', 'merge'],
      ['v-capture', 'v-merged', 'step', 'merge'],
      ['rt1', 'r-challenger', 'retrained', null],
      ['v-merged', 'r-challenger', 'trained-on', null],
      ['rt1', 'm2', 'retrained', null],
      ['r-challenger', 'm2', 'registered', null],
      ['m2', 'pkg2', 'packaged', null],
      ['pkg1', 'd2', 'deployed', 'champion'],
      ['pkg2', 'd2', 'deployed', 'challenger'],
      ['pkg2', 'd3', 'deployed', 'champion'],
    ]);
  });

  it('labels and statuses say what each entity is and where it stands', () => {
    const nodes = new Map(
      computeLineageGraph(computeLoopSources()).nodes.map((node) => [node.key, node]),
    );
    expect(nodes.get('dataset-version:v-merged')).toMatchObject({ label: 'merge', status: null });
    expect(nodes.get('run:r-t3')).toMatchObject({ label: 'r-t3', status: 'failed' });
    expect(nodes.get('model-version:m1')).toMatchObject({ label: 'churn v1', status: 'champion' });
    expect(nodes.get('package:pkg2')).toMatchObject({ label: 'churn v2', status: null });
    expect(nodes.get('deployment:d1')?.status).toBe('replaced');
    expect(nodes.get('deployment:d3')).toMatchObject({ label: 'churn-api', status: 'serving' });
    expect(nodes.get('retrain:rt1')).toMatchObject({ label: 'churn', status: 'production' });
  });

  it('a session replays the deployment that served its endpoint when it started', () => {
    const sources = computeLoopSources();
    const late = { ...sources.sessions[0]!, id: 's2', createdAt: 116 };
    const graph = computeLineageGraph({ ...sources, sessions: [...sources.sessions, late] });
    const from = graph.edges.filter(
      (e) => e.to === 'monitor-session:s2' && e.detail === 'endpoint',
    );
    expect(from.map((e) => e.from)).toEqual(['deployment:d2']);
  });

  it('drops edges to entities the project does not hold and keeps duplicates once', () => {
    const sources = computeLoopSources();
    const graph = computeLineageGraph({
      ...sources,
      versions: [
        ...sources.versions,
        {
          id: 'v-orphan',
          parents: ['v-elsewhere', 'v-import', 'v-import'],
          step: { kind: 'filter' },
          createdAt: 5,
        },
        sources.versions[0]!,
      ],
    });
    expect(graph.nodes.filter((n) => n.key === 'dataset-version:v-import')).toHaveLength(1);
    expect(graph.edges.filter((e) => e.to === 'dataset-version:v-orphan')).toEqual([
      {
        from: 'dataset-version:v-import',
        to: 'dataset-version:v-orphan',
        kind: 'step',
        detail: 'filter',
      },
    ]);
  });

  it('gives the same graph whatever order the rows come in', () => {
    const sources = computeLoopSources();
    const reversed = {
      ...sources,
      versions: [...sources.versions].reverse(),
      runs: [...sources.runs].reverse(),
      deployments: [...sources.deployments].reverse(),
    };
    expect(computeLineageGraph(reversed)).toEqual(computeLineageGraph(sources));
  });

  it('an empty project has an empty graph', () => {
    const empty = computeLineageGraph({
      projectId: 'p0',
      versions: [],
      runs: [],
      models: [],
      packages: [],
      deployments: [],
      sessions: [],
      retrains: [],
    });
    expect(empty).toEqual({ projectId: 'p0', nodes: [], edges: [] });
  });
});
