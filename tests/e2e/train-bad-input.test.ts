import { describe, expect, it } from 'vitest';
import { useLab, type LabTab } from './harness';

const lab = useLab();

/** Imports CSV text into a new project; returns ids. */
async function project(tab: LabTab, csv: string, plan: Record<string, unknown>) {
  return tab.run(
    async (lab, { csv, plan }) => {
      const project = await lab.projects.create({ name: 'Bad input', ...plan });
      const imported = await lab.data.importFile(
        project.id,
        new Blob([csv], { type: 'text/csv' }),
        {
          name: 'bad.csv',
        },
      );
      return { projectId: project.id, versionId: imported.versionId };
    },
    { csv, plan },
  );
}

/** Starts a run and returns how it was refused, and how many runs the project then has. */
async function refusal(tab: LabTab, ids: { projectId: string; versionId: string }, extra = {}) {
  return tab.run(
    async (lab, { ids, extra }) => {
      const error = await lab.train.start({ ...ids, backend: 'cpu', ...extra }).then(
        () => null,
        (e: { code: string; message: string; params: Record<string, unknown> }) => e,
      );
      return {
        code: error?.code,
        reason: error?.params?.reason,
        column: error?.params?.column,
        message: error?.message,
        runs: (await lab.runs.list(ids.projectId)).length,
      };
    },
    { ids, extra },
  );
}

const rows = (n: number, row: (i: number) => string) =>
  Array.from({ length: n }, (_, i) => row(i)).join('\n');

describe('training refuses bad input before it starts', () => {
  it('refuses a version with no target, a single class, an all-missing column and too few rows, writing nothing', async () => {
    const tab = await lab.openTab();
    const noTarget = await project(tab, `a,b\n${rows(40, (i) => `${i},${i % 3}`)}`, {
      task: 'classification',
    });
    expect(await refusal(tab, noTarget)).toMatchObject({
      code: 'INVALID_ARGUMENT',
      reason: 'no-target',
      runs: 0,
    });

    const oneClass = await project(tab, `a,y\n${rows(40, (i) => `${i},yes`)}`, {
      task: 'classification',
      target: 'y',
    });
    expect(await refusal(tab, oneClass)).toMatchObject({ reason: 'single-class', runs: 0 });

    const allMissing = await project(
      tab,
      `a,b,y\n${rows(40, (i) => `${i},,${i % 2 ? 'x' : 'z'}`)}`,
      {
        task: 'classification',
        target: 'y',
      },
    );
    const missing = await refusal(tab, allMissing, { features: ['a', 'b'] });
    expect(missing).toMatchObject({ reason: 'all-missing', column: 'b', runs: 0 });
    expect(missing.message).toContain('b');

    const few = await project(tab, `a,y\n${rows(40, (i) => `${i},${i % 2 ? 'x' : 'z'}`)}`, {
      task: 'classification',
      target: 'y',
    });
    expect(await refusal(tab, few, { hyper: { batchSize: 64 } })).toMatchObject({
      reason: 'too-few-rows',
      runs: 0,
    });
  }, 120_000);

  it('stops a diverging run with a message and keeps its last good checkpoint', async () => {
    const tab = await lab.openTab();
    const ids = await project(tab, `x,y\n${rows(400, (i) => `${i},${(i * 1e6).toFixed(0)}`)}`, {
      task: 'regression',
      target: 'y',
    });
    const outcome = await tab.run(async (lab, ids) => {
      const handle = await lab.train.start({
        ...ids,
        backend: 'cpu',
        model: { family: 'linear' },
        hyper: {
          optimizer: 'sgd',
          learningRate: 1.2,
          epochs: 50,
          batchSize: 8,
          earlyStopping: null,
        },
      });
      const error = await handle.done.then(
        () => null,
        (e: { code: string; message: string }) => ({ code: e.code, message: e.message }),
      );
      return { error, run: await lab.runs.get(handle.id) };
    }, ids);
    expect(outcome.error?.code).toBe('TRAINING_DIVERGED');
    expect(outcome.run.status).toBe('failed');
    expect(outcome.run.artifact).toBeNull();
    expect(outcome.run.lastCheckpointEpoch).toBeGreaterThanOrEqual(1);
    expect(outcome.run.lastCheckpointEpoch).toBe(outcome.run.epochs.length);
    expect(outcome.error?.message).toMatch(/learning rate/);
  }, 120_000);
});
