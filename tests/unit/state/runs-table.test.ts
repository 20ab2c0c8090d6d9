import { describe, expect, it, vi } from 'vitest';
import type { BackendChoice, RunComparison, RunInfo } from '../../../src/api/types';
import { LabError } from '../../../src/shared/lab-error';
import { RunsCompare } from '../../../src/state/runs-compare.svelte';
import { maxCompared, RunsTable } from '../../../src/state/runs-table.svelte';
import { makeRun } from '../ui/train-run-fixture';

const choice = {
  device: { key: 'd', userAgent: 'ua', adapter: null, hardwareConcurrency: 2 },
  table: [
    {
      id: 'webgpu',
      backend: 'webgpu',
      threads: 1,
      available: false,
      msPerStep: null,
      reason: 'no',
    },
    { id: 'wasm-2', backend: 'wasm', threads: 2, available: true, msPerStep: 3, reason: null },
    { id: 'cpu', backend: 'cpu', threads: 1, available: true, msPerStep: 9, reason: null },
  ],
  fastest: 'wasm-2',
  chosen: 'wasm-2',
  override: null,
  measuredAt: 1,
} satisfies BackendChoice;

function fakeLab(runs: RunInfo[]) {
  let stored = runs;
  const update = vi.fn(async (id: string, patch: { tags?: string[]; notes?: string }) => {
    const run = { ...stored.find((r) => r.id === id)!, ...patch };
    stored = stored.map((r) => (r.id === id ? run : r));
    return run;
  });
  return {
    runs: { list: vi.fn(async () => stored), update },
    backend: { current: async () => choice },
    setRuns: (next: RunInfo[]) => (stored = next),
  };
}

describe('RunsTable', () => {
  it('clicking a column header sorts ascending, clicking again descending', async () => {
    const lab = fakeLab([makeRun('a', { rate: 0.1 }), makeRun('b', { rate: 0.001 })]);
    const table = new RunsTable(lab);
    await table.load('p');
    table.sortBy('learningRate');
    expect(table.rows.map((row) => row.run.id)).toEqual(['b', 'a']);
    table.sortBy('learningRate');
    expect(table.sort.direction).toBe('descending');
    expect(table.rows.map((row) => row.run.id)).toEqual(['a', 'b']);
  });

  it('a tag edit is saved through lab.runs.update and shown in the row', async () => {
    const lab = fakeLab([makeRun('a', {})]);
    const table = new RunsTable(lab);
    await table.load('p');
    expect(await table.update('a', { tags: ['keep'] })).toBe(true);
    expect(lab.runs.update).toHaveBeenCalledWith('a', { tags: ['keep'] });
    expect(table.rows[0]?.run.tags).toEqual(['keep']);
    expect(table.tags).toEqual(['keep']);
  });

  it('a failed update keeps the run and shows the error', async () => {
    const lab = fakeLab([makeRun('a', {})]);
    lab.runs.update.mockRejectedValueOnce(new LabError('READ_ONLY', 'Read only.'));
    const table = new RunsTable(lab);
    await table.load('p');
    expect(await table.update('a', { notes: 'x' })).toBe(false);
    expect(table.error?.code).toBe('READ_ONLY');
  });

  it('selection toggles, is capped, and drops runs that were deleted', async () => {
    const runs = Array.from({ length: maxCompared + 2 }, (_, i) => makeRun(`r${i}`, {}));
    const lab = fakeLab(runs);
    const table = new RunsTable(lab);
    await table.load('p');
    for (const run of runs) table.toggle(run.id);
    expect(table.selected).toHaveLength(maxCompared);
    table.toggle('r0');
    expect(table.selected).not.toContain('r0');
    lab.setRuns(runs.filter((run) => run.id !== 'r1'));
    await table.load('p');
    expect(table.selected).not.toContain('r1');
  });

  it('the resume backends are the available rows, the chosen one preselected', async () => {
    const table = new RunsTable(fakeLab([]));
    await table.loadBackends();
    expect(table.backends.map((row) => row.id)).toEqual(['wasm-2', 'cpu']);
    expect(table.chosenBackend).toBe('wasm-2');
  });
});

describe('RunsCompare', () => {
  it('compares two or more runs with the chosen metric and clears below two', async () => {
    const result = { runIds: ['a', 'b'], differences: [], curves: [] } as unknown as RunComparison;
    const compare = vi.fn(async () => result);
    const state = new RunsCompare({ compare });
    state.metric = 'val_accuracy';
    await state.compare(['a', 'b']);
    expect(compare).toHaveBeenCalledWith(['a', 'b'], { metric: 'val_accuracy' });
    expect(state.result).toBe(result);
    await state.compare(['a']);
    expect(state.result).toBeNull();
    expect(compare).toHaveBeenCalledOnce();
  });
});

describe('RunsTable.trialProgress', () => {
  it('counts the finished trials of a search against its planned trials', async () => {
    const runs = [
      makeRun('s', { kind: 'search' }),
      makeRun('t1', { parent: 's', status: 'done' }),
      makeRun('t2', { parent: 's', status: 'running' }),
      makeRun('other', { status: 'done' }),
    ];
    const table = new RunsTable(fakeLab(runs));
    await table.load('p');
    expect(table.trialProgress('s')).toEqual({ done: 1, planned: 2 });
    expect(table.trialProgress('other')).toBeNull();
  });
});
