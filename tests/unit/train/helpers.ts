import type { RecipeTable } from '../../../src/lifecycle/data/recipe';
import type { TrainingInput } from '../../../src/lifecycle/train';
import type { ModelSpec, TrainHyper } from '../../../src/lifecycle/train/run-types';

/** A small MLP spec for tests. */
export const model: ModelSpec = {
  family: 'mlp',
  hidden: [8],
  activation: 'relu',
  dropout: 0,
  l2: 0,
};

/** Hyperparameters for tests (batch size 2 so tiny tables train). */
export const hyper: TrainHyper = {
  optimizer: 'adam',
  learningRate: 0.01,
  batchSize: 2,
  epochs: 5,
  earlyStopping: null,
  classWeights: 'none',
};

/** A preparation input over a test table that has a `split` column. */
export function inputOf(
  data: RecipeTable,
  config: Partial<TrainingInput['config']> & Pick<TrainingInput['config'], 'target' | 'features'>,
): TrainingInput {
  return {
    schema: data.schema,
    table: data.table,
    config: {
      task: 'classification',
      split: { source: 'column', column: 'split' },
      hyper,
      model,
      ...config,
    },
  };
}
