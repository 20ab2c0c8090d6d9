import { describe, expect, it, vi } from 'vitest';
import type { RunInfo } from '../../../src/api/types';
import { LabError } from '../../../src/shared/lab-error';
import { ExplainSession } from '../../../src/state/explain-session.svelte';
import type { ExplainGlobalOptions, GlobalExplanation } from '../../../src/state/explain-types';

const run = (id: string, createdAt: number, patch: Partial<RunInfo> = {}): RunInfo =>
  ({ id, name: id, kind: 'train', status: 'done', createdAt, ...patch }) as RunInfo;

const pd = (feature: string) => ({
  feature,
  kind: 'numeric' as const,
  grid: [0, 1],
  average: [[0.2, 0.8]],
  outputs: ['yes'],
  ice: [],
  iceOutput: 0,
});

const explanation = (runId: string): GlobalExplanation => ({
  runId,
  split: 'test',
  importance: {
    metric: 'accuracy',
    baseline: 0.9,
    repeats: 5,
    seed: 1,
    features: [
      { feature: 'income', mean: 0.2, std: 0.01, drops: [] },
      { feature: 'age', mean: 0.1, std: 0.02, drops: [] },
    ],
  },
  dependence: [pd('age'), pd('income')],
  coefficients: null,
  structure: [],
  createdAt: 5,
});

function makeLab(runs: RunInfo[], stored: Record<string, GlobalExplanation> = {}) {
  return {
    runs: { list: vi.fn(async () => runs) },
    explain: {
      stored: vi.fn(async (runId: string) => stored[runId] ?? null),
      global: vi.fn(async (runId: string, options?: ExplainGlobalOptions) => {
        options?.onProgress?.({ done: 1, total: 4, phase: 'importance' });
        return explanation(runId);
      }),
    },
  };
}

describe('ExplainSession', () => {
  it('opens the run chosen on the Evaluate page and shows its stored explanation', async () => {
    const lab = makeLab([run('a', 1), run('b', 2), run('s', 3, { kind: 'search' })], {
      a: explanation('a'),
    });
    const store = { getItem: vi.fn(() => 'a'), setItem: vi.fn() };
    const session = new ExplainSession(lab, store);
    await session.load('p1');
    expect(store.getItem).toHaveBeenCalledWith('lab.evaluate.run.p1');
    expect(session.runs.map((r) => r.id)).toEqual(['b', 'a']);
    expect([session.runId, session.globalStatus]).toEqual(['a', 'ready']);
    expect(lab.explain.global).not.toHaveBeenCalled();
    expect(session.pdFeature).toBe('income');
    expect(session.dependence?.feature).toBe('income');
  });

  it('a run without a stored explanation waits for the user; explain computes it with progress', async () => {
    const lab = makeLab([run('a', 1)]);
    const session = new ExplainSession(lab, null);
    await session.load('p1');
    expect([session.globalStatus, session.global]).toEqual(['idle', null]);
    const pending = session.explain();
    expect(session.busy).toBe(true);
    expect(session.progress).toEqual({ done: 1, total: 4, phase: 'importance' });
    await pending;
    expect(lab.explain.global).toHaveBeenCalledWith('a', expect.objectContaining({}));
    expect([session.globalStatus, session.progress, session.global?.runId]).toEqual([
      'ready',
      null,
      'a',
    ]);
  });

  it('cancel aborts the signal and leaves no explanation and no error', async () => {
    const lab = makeLab([run('a', 1)]);
    lab.explain.global.mockImplementationOnce(
      (_runId: string, options?: ExplainGlobalOptions) =>
        new Promise((_, reject) =>
          options?.signal?.addEventListener('abort', () =>
            reject(new LabError('CANCELLED', 'Cancelled')),
          ),
        ),
    );
    const session = new ExplainSession(lab, null);
    await session.load('p1');
    const pending = session.explain();
    session.cancel();
    await pending;
    expect([session.globalStatus, session.global, session.globalError]).toEqual([
      'cancelled',
      null,
      null,
    ]);
  });

  it('a failed explanation keeps the localised message; choosing a feature switches the curves', async () => {
    const lab = makeLab([run('a', 1), run('b', 2)], { b: explanation('b') });
    lab.explain.global.mockRejectedValueOnce(new LabError('NOT_FOUND', 'Run a has no weights'));
    const store = { getItem: () => null, setItem: vi.fn() };
    const session = new ExplainSession(lab, store);
    await session.load('p1');
    session.choose('age');
    expect(session.dependence?.feature).toBe('age');
    await session.select('a');
    expect(store.setItem).toHaveBeenCalledWith('lab.evaluate.run.p1', 'a');
    await session.explain();
    expect(session.globalStatus).toBe('error');
    expect(session.globalError?.message).toBe('Run a has no weights');
  });
});
