import { computeRunSummary } from '../../../src/lifecycle/train/run-summary';
import { describe, expect, it } from 'vitest';
import { computeDownsampled, computeRunComparison } from '../../../src/lifecycle/train';
import type { RunInfo, TrainConfig } from '../../../src/lifecycle/train/run-types';
import { hyper, model } from './helpers';

const config: TrainConfig = {
  projectId: 'p1',
  versionId: 'v1',
  task: 'classification',
  target: 'y',
  features: ['a', 'b'],
  split: { source: 'column', column: 'split' },
  model,
  hyper: { ...hyper, earlyStopping: { metric: 'val_loss', patience: 8 } },
  seed: 42,
};

/** The run with the summary its epochs give (as the runs repository stores it). */
function withSummary(run: Omit<RunInfo, 'summary'>): RunInfo {
  return { ...run, summary: computeRunSummary(run.epochs) };
}

function run(id: string, patch: Partial<TrainConfig>, accuracy: number[]): RunInfo {
  return withSummary({
    id,
    projectId: patch.projectId ?? 'p1',
    versionId: 'v1',
    parentRunId: null,
    kind: 'train',
    name: id,
    tags: [],
    notes: '',
    config: { ...config, ...patch },
    search: null,
    status: 'done',
    error: null,
    epochs: accuracy.map((value, epoch) => ({
      epoch,
      metrics: {
        loss: 1 - value,
        val_loss: 1.1 - value,
        accuracy: value,
        val_accuracy: value - 0.05,
      },
      ms: 10,
      samplesPerSecond: 100,
    })),
    epochsPlanned: accuracy.length,
    preprocessing: null,
    notesFromData: [],
    environment: null,
    artifact: null,
    lastCheckpointEpoch: null,
    createdAt: 0,
    startedAt: null,
    finishedAt: null,
    trainMs: 0,
  });
}

describe('computeRunComparison', () => {
  const a = run('a', {}, [0.5, 0.9, 0.7]);
  const b = run(
    'b',
    {
      projectId: 'other',
      seed: 7,
      model: { ...model, hidden: [16, 8] },
      hyper: {
        ...config.hyper,
        learningRate: 0.1,
        earlyStopping: { metric: 'val_loss', patience: 3 },
      },
    },
    [0.6, 0.8],
  );
  const comparison = computeRunComparison([a, b], 'val_accuracy');

  it('lists exactly the differing config paths, leaving out projectId', () => {
    expect(comparison.differences).toEqual([
      { path: 'model.hidden', values: ['[8]', '[16,8]'] },
      { path: 'hyper.learningRate', values: [0.01, 0.1] },
      { path: 'hyper.earlyStopping.patience', values: [8, 3] },
      { path: 'seed', values: [42, 7] },
    ]);
  });

  it('overlays loss and accuracy curves per run', () => {
    expect(comparison.curves.map((c) => c.metric)).toEqual([
      'loss',
      'val_loss',
      'accuracy',
      'val_accuracy',
    ]);
    const accuracy = comparison.curves[2]!;
    expect(accuracy.series.map((s) => s.points.map((p) => p.value))).toEqual([
      [0.5, 0.9, 0.7],
      [0.6, 0.8],
    ]);
  });

  it('puts differing hyperparameters on axes and the best metric value last', () => {
    expect(comparison.parallel.dimensions).toEqual([
      { key: 'model.hidden', kind: 'category' },
      { key: 'hyper.learningRate', kind: 'number' },
      { key: 'hyper.earlyStopping.patience', kind: 'number' },
      { key: 'seed', kind: 'number' },
      { key: 'val_accuracy', kind: 'number' },
    ]);
    expect(comparison.parallel.rows[0]!.values.val_accuracy).toBeCloseTo(0.85, 10);
    expect(comparison.parallel.rows[1]!.values).toMatchObject({
      'model.hidden': '[16,8]',
      seed: 7,
    });
  });

  it('takes the lowest value of a loss metric', () => {
    const byLoss = computeRunComparison([a, b], 'val_loss');
    expect(byLoss.parallel.rows[0]!.values.val_loss).toBeCloseTo(0.2, 10);
  });
});

describe('computeDownsampled', () => {
  const points = Array.from({ length: 1000 }, (_, epoch) => ({
    epoch,
    value: epoch === 537 ? 50 : epoch === 801 ? -50 : Math.sin(epoch / 30),
  }));

  it('caps the points and keeps the first, the last and the extremes', () => {
    const kept = computeDownsampled(points, 200);
    expect(kept.length).toBeLessThanOrEqual(200);
    expect(kept[0]).toBe(points[0]);
    expect(kept[kept.length - 1]).toBe(points[999]);
    expect(kept.map((p) => p.epoch)).toEqual(expect.arrayContaining([537, 801]));
    const epochs = kept.map((p) => p.epoch);
    expect(epochs).toEqual([...epochs].sort((x, y) => x - y));
  });

  it('returns short series whole', () => {
    expect(computeDownsampled(points.slice(0, 150), 200)).toEqual(points.slice(0, 150));
  });
});
