import { describe, expect, it, vi } from 'vitest';
import type { EvaluationReport, RunInfo } from '../../../src/api/types';
import { LabError } from '../../../src/shared/lab-error';
import {
  EvaluateSession,
  type EvaluateSessionLab,
} from '../../../src/state/evaluate-session.svelte';
import { evaluateRunKey } from '../../../src/state/finished-runs.svelte';

const run = (id: string, createdAt: number, patch: Partial<RunInfo> = {}): RunInfo =>
  ({
    id,
    name: id,
    kind: 'train',
    status: 'done',
    createdAt,
    versionId: 'v1',
    ...patch,
  }) as RunInfo;

const report = (runId: string, split: EvaluationReport['split'], accuracy: number) =>
  ({ runId, split, metrics: { accuracy }, createdAt: 1 }) as unknown as EvaluationReport;

function memoryStore(initial: Record<string, string> = {}) {
  const values = new Map(Object.entries(initial));
  return {
    getItem: (key: string) => values.get(key) ?? null,
    setItem: (key: string, value: string) => void values.set(key, value),
    values,
  };
}

function makeLab(runs: RunInfo[], stored: Record<string, EvaluationReport> = {}) {
  const lab = {
    runs: { list: vi.fn(async () => runs) },
    evaluate: {
      report: vi.fn(async (runId: string, options?: { split?: string }) => {
        return stored[`${runId}/${options?.split ?? 'test'}`] ?? null;
      }),
      run: vi.fn(
        async (runId: string, options?: Parameters<EvaluateSessionLab['evaluate']['run']>[1]) => {
          options?.onProgress?.({ done: 1, total: 2, phase: 'predict' });
          return report(runId, options?.split ?? 'test', 0.9);
        },
      ),
    },
  };
  return lab;
}

describe('EvaluateSession', () => {
  it('lists only finished training runs, newest first, and opens the newest with its stored report', async () => {
    const runs = [
      run('old', 1),
      run('new', 3),
      run('failed', 4, { status: 'failed' }),
      run('search', 5, { kind: 'search' }),
    ];
    const lab = makeLab(runs, { 'new/test': report('new', 'test', 0.8) });
    const session = new EvaluateSession(lab, memoryStore());
    await session.load('p1');
    expect(session.runs.map((r) => r.id)).toEqual(['new', 'old']);
    expect(session.runId).toBe('new');
    expect(session.report?.metrics['accuracy']).toBe(0.8);
    expect(session.reportStatus).toBe('ready');
    expect(lab.evaluate.report).toHaveBeenCalledWith('new', { split: 'test' });
  });

  it('opens the run remembered in session storage for the project and remembers a new choice', async () => {
    const store = memoryStore({ [evaluateRunKey('p1')]: 'old' });
    const session = new EvaluateSession(makeLab([run('old', 1), run('new', 2)]), store);
    await session.load('p1');
    expect(session.runId).toBe('old');
    expect(session.reportStatus).toBe('idle');
    await session.select('new');
    expect(store.values.get('lab.evaluate.run.p1')).toBe('new');
  });

  it('evaluate scores the chosen split, passes the fairness choice and shows the new report', async () => {
    const lab = makeLab([run('r1', 1)]);
    const session = new EvaluateSession(lab, null);
    await session.load('p1');
    await session.setSplit('validation');
    const seen: (number | undefined)[] = [];
    const pending = session.evaluate({ sensitive: 'sex', positive: 'yes' });
    expect(session.busy).toBe(true);
    seen.push(session.progress?.done);
    await pending;
    expect(seen).toEqual([1]);
    expect(lab.evaluate.run).toHaveBeenCalledWith(
      'r1',
      expect.objectContaining({ split: 'validation', sensitive: 'sex', positive: 'yes' }),
    );
    expect(session.report?.split).toBe('validation');
    expect([session.reportStatus, session.progress, session.busy]).toEqual(['ready', null, false]);
  });

  it('a failed evaluation keeps its localised message for the page to show', async () => {
    const lab = makeLab([run('r1', 1)]);
    lab.evaluate.run.mockRejectedValueOnce(new LabError('NOT_FOUND', 'Run r1 has no weights'));
    const session = new EvaluateSession(lab, null);
    await session.load('p1');
    await session.evaluate();
    expect(session.reportStatus).toBe('error');
    expect(session.reportError?.message).toBe('Run r1 has no weights');
  });

  it('a project without finished runs has no run and no report', async () => {
    const session = new EvaluateSession(makeLab([run('r', 1, { status: 'running' })]), null);
    await session.load('p1');
    expect([session.status, session.runId, session.report]).toEqual(['ready', null, null]);
    await session.evaluate();
    expect(session.reportStatus).toBe('idle');
  });

  it('a list failure is an error state with the message', async () => {
    const lab = makeLab([]);
    lab.runs.list.mockRejectedValueOnce(new LabError('INTERNAL', 'database closed'));
    const session = new EvaluateSession(lab, null);
    await session.load('p1');
    expect(session.status).toBe('error');
    expect(session.error?.message).toBe('database closed');
  });
});
