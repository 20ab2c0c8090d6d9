import { computeRunSummary } from '../../../src/lifecycle/train/run-summary';
import type { RunInfo, RunStatus } from '../../../src/api/types';

/** A stored run for tests: only the fields the table reads are meaningful. */
/** The run with the summary its epochs give (as the runs repository stores it). */
function withSummary(run: Omit<RunInfo, 'summary'>): RunInfo {
  return { ...run, summary: computeRunSummary(run.epochs) };
}

export function makeRun(
  id: string,
  options: {
    name?: string;
    losses?: number[];
    metric?: string;
    rate?: number;
    createdAt?: number;
    parent?: string;
    kind?: 'train' | 'search';
    best?: string;
    tags?: string[];
    status?: RunStatus;
  },
): RunInfo {
  const metric = options.metric ?? 'val_loss';
  const losses = options.losses ?? [0.5];
  return withSummary({
    id,
    projectId: 'p',
    versionId: 'v',
    parentRunId: options.parent ?? null,
    kind: options.kind ?? 'train',
    name: options.name ?? id,
    tags: options.tags ?? [],
    notes: '',
    config: {
      projectId: 'p',
      versionId: 'v',
      task: 'classification',
      target: 'y',
      features: ['x'],
      split: { source: 'column', column: 'split' },
      model: { family: 'mlp', hidden: [8], activation: 'relu', dropout: 0, l2: 0 },
      hyper: {
        optimizer: 'adam',
        learningRate: options.rate ?? 0.01,
        batchSize: 32,
        epochs: 10,
        earlyStopping: { metric, patience: 3 },
        classWeights: 'none',
      },
      seed: 1,
    },
    search:
      options.kind === 'search'
        ? {
            spec: { strategy: 'grid', space: {}, budget: {}, metric, direction: 'min' },
            trials: 2,
            best: options.best
              ? { runId: options.best, metric, value: 0.1, why: 'lowest val_loss' }
              : null,
          }
        : null,
    status: options.status ?? 'done',
    error: null,
    epochs: losses.map((value, index) => ({
      epoch: index + 1,
      metrics: { loss: value, [metric]: value },
      ms: 10,
      samplesPerSecond: 100,
    })),
    epochsPlanned: 10,
    preprocessing: null,
    notesFromData: [],
    environment: null,
    artifact: null,
    lastCheckpointEpoch: null,
    createdAt: options.createdAt ?? 0,
    startedAt: null,
    finishedAt: null,
    trainMs: 0,
  });
}
