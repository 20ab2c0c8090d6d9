/**
 * Sensible starting settings for a version, from its schema and size. The rules:
 * - features: every column whose role is `feature`, except text columns, the target and the
 *   split column;
 * - split: the version's `split` column when it has one, else a seeded 70 / 15 / 15 split;
 * - model: an MLP with one hidden layer of clamp(2 × inputs, 8, 64) units rounded to the nearest
 *   power of 2, relu, no dropout, L2 1e-4;
 * - hyper: Adam at 0.01; batch 32 under 2,000 rows, 64 under 50,000, else 128, never above the
 *   training rows (rounded down to a power of 2); 60 epochs, 30 from 50,000 rows, 15 from
 *   200,000; early stopping on val_loss with patience 8; balanced class weights when the
 *   largest class is more than 3 × the smallest;
 * - seed 42.
 */
import { defaultSplitColumn } from '../data/recipe/defaults';
import type { DatasetSchema } from '../data/types';
import type { Task } from '../plan/types';
import type { TrainConfig } from './run-types';

/** Default settings of a run: the facade's `TrainDefaults` without the data notes. */
export type TrainDefaultSettings = Pick<
  TrainConfig,
  'target' | 'task' | 'features' | 'split' | 'model' | 'hyper' | 'seed'
>;

/** Seed of a run unless the user gives one. */
export const defaultTrainSeed = 42;

/** Part ratios of the seeded split when a version has no split column. */
export const defaultSplitRatios = { train: 0.7, validation: 0.15, test: 0.15 } as const;

/** Largest over smallest class count above which classes are weighted (balanced). */
export const imbalanceRatio = 3;

/** What the defaults read from a version and the project's plan. */
export interface TrainDefaultsInput {
  schema: DatasetSchema;
  /** Rows of the version. */
  rows: number;
  task: Task;
  target: string;
  /** Classes of the target (classification), else null. */
  classCount: number | null;
  /** Rows per class (classification), for the class-weight rule; optional. */
  classCounts?: readonly number[];
  /** Model input width when known (one-hot columns widen it); default the feature count. */
  inputWidth?: number;
}

function clamp(value: number, low: number, high: number): number {
  return Math.min(Math.max(value, low), high);
}

/** The power of 2 nearest to `value` on a log scale (at least 1). */
export function computeNearestPowerOfTwo(value: number): number {
  return 2 ** Math.max(0, Math.round(Math.log2(Math.max(1, value))));
}

/** Hidden units of the default MLP for a model input width. */
export function computeDefaultUnits(inputWidth: number): number {
  return computeNearestPowerOfTwo(clamp(2 * inputWidth, 8, 64));
}

/** Batch size for a version's rows, never above its (estimated) training rows. */
export function computeDefaultBatchSize(rows: number, trainShare: number): number {
  const base = rows < 2000 ? 32 : rows < 50_000 ? 64 : 128;
  const trainRows = Math.max(1, Math.floor(rows * trainShare));
  return Math.min(base, 2 ** Math.floor(Math.log2(trainRows)));
}

/** Epochs for a version's rows: fewer passes over bigger data. */
export function computeDefaultEpochs(rows: number): number {
  return rows >= 200_000 ? 15 : rows >= 50_000 ? 30 : 60;
}

/** Defaults of a run for a version (everything but the notes, which need the data). */
export function computeTrainDefaults(input: TrainDefaultsInput): TrainDefaultSettings {
  const { schema, rows, task, target } = input;
  const features = schema.columns
    .filter((c) => c.role === 'feature' && c.type !== 'text')
    .map((c) => c.name)
    .filter((name) => name !== target && name !== defaultSplitColumn);
  const hasSplit = schema.columns.some((c) => c.name === defaultSplitColumn);
  const split: TrainConfig['split'] = hasSplit
    ? { source: 'column', column: defaultSplitColumn }
    : { source: 'seeded', ratios: { ...defaultSplitRatios }, seed: defaultTrainSeed };
  const counts = (input.classCounts ?? []).filter((n) => n > 0);
  const imbalanced =
    task === 'classification' &&
    counts.length >= 2 &&
    Math.max(...counts) > imbalanceRatio * Math.min(...counts);
  return {
    target,
    task,
    features,
    split,
    model: {
      family: 'mlp',
      hidden: [computeDefaultUnits(input.inputWidth ?? features.length)],
      activation: 'relu',
      dropout: 0,
      l2: 1e-4,
    },
    hyper: {
      optimizer: 'adam',
      learningRate: 0.01,
      batchSize: computeDefaultBatchSize(rows, hasSplit ? 0.6 : defaultSplitRatios.train),
      epochs: computeDefaultEpochs(rows),
      earlyStopping: { metric: 'val_loss', patience: 8 },
      classWeights: imbalanced ? 'balanced' : 'none',
    },
    seed: defaultTrainSeed,
  };
}
