import { describe, expect, it } from 'vitest';
import type { RunInfo } from '../../../src/api/types';
import {
  computeBestMetric,
  computeRunRows,
  type RunFilter,
  type RunSort,
} from '../../../src/ui/stages/train/runs-view';
import { makeRun } from './train-run-fixture';

const all: RunFilter = { text: '', status: 'all', tag: '', parent: 'all' };
const newest: RunSort = { key: 'createdAt', direction: 'descending' };

describe('runs-view', () => {
  it('the best val_loss is the smallest over the epochs', () => {
    const run = makeRun('a', { losses: [0.9, 0.4, 0.6] });
    expect(computeBestMetric(run)).toEqual({ metric: 'val_loss', value: 0.4 });
  });

  it('the best val_accuracy under early stopping on it is the largest', () => {
    const run = makeRun('a', { metric: 'val_accuracy', losses: [0.7, 0.9, 0.8] });
    expect(computeBestMetric(run)).toEqual({ metric: 'val_accuracy', value: 0.9 });
  });

  it('a run with no epochs has no best metric and sorts last either way', () => {
    const runs = [makeRun('empty', { losses: [] }), makeRun('b', { losses: [0.3] })];
    const up = computeRunRows(runs, { key: 'metric', direction: 'ascending' }, all);
    const down = computeRunRows(runs, { key: 'metric', direction: 'descending' }, all);
    expect(up.map((row) => row.run.id)).toEqual(['b', 'empty']);
    expect(down.map((row) => row.run.id)).toEqual(['b', 'empty']);
  });

  it('sorting by learning rate ascending orders runs by it', () => {
    const runs = [
      makeRun('a', { rate: 0.1 }),
      makeRun('b', { rate: 0.001 }),
      makeRun('c', { rate: 0.01 }),
    ];
    const rows = computeRunRows(runs, { key: 'learningRate', direction: 'ascending' }, all);
    expect(rows.map((row) => row.run.id)).toEqual(['b', 'c', 'a']);
  });

  it('trials follow their search parent, and the best trial carries the why', () => {
    const parent = makeRun('s', { createdAt: 10, kind: 'search', best: 't2' });
    const runs = [
      makeRun('t1', { parent: 's', createdAt: 11 }),
      makeRun('plain', { createdAt: 5 }),
      makeRun('t2', { parent: 's', createdAt: 12 }),
      parent,
    ];
    const rows = computeRunRows(runs, newest, all);
    expect(rows.map((row) => [row.run.id, row.depth])).toEqual([
      ['s', 0],
      ['t2', 1],
      ['t1', 1],
      ['plain', 0],
    ]);
    expect(rows.find((row) => row.run.id === 't2')?.bestWhy).toBe('lowest val_loss');
    expect(rows.find((row) => row.run.id === 't1')?.bestWhy).toBeNull();
  });

  it('filtering by parent keeps only the search and its trials', () => {
    const runs = [
      makeRun('s', { kind: 'search' }),
      makeRun('t1', { parent: 's' }),
      makeRun('plain', {}),
    ];
    const rows = computeRunRows(runs, newest, { ...all, parent: 's' });
    expect(rows.map((row) => row.run.id).sort()).toEqual(['s', 't1']);
  });

  it('text, status and tag filters combine', () => {
    const runs: RunInfo[] = [
      makeRun('a', { name: 'Wide net', tags: ['keep'], status: 'done' }),
      makeRun('b', { name: 'Wide too', tags: [], status: 'done' }),
      makeRun('c', { name: 'Narrow', tags: ['keep'], status: 'failed' }),
    ];
    const rows = computeRunRows(runs, newest, {
      ...all,
      text: 'wide',
      status: 'done',
      tag: 'keep',
    });
    expect(rows.map((row) => row.run.id)).toEqual(['a']);
  });

  it('sorting 1,000 runs of 100 epochs by best metric keeps every run, best first', () => {
    const runs = Array.from({ length: 1000 }, (_, i) =>
      makeRun(`r${i}`, { losses: Array.from({ length: 100 }, (_, e) => 1 / (e + 1 + (i % 7))) }),
    );
    const rows = computeRunRows(runs, { key: 'metric', direction: 'ascending' }, all);
    expect(rows).toHaveLength(1000);
    expect(rows[0]?.best?.value).toBeLessThanOrEqual(rows[999]?.best?.value ?? 0);
  });
});
