/**
 * The Train form as typed text (a draft), made from the lab's defaults, and the
 * `lab.train.start` options it states once parsed.
 */
import type {
  Activation,
  ModelFamily,
  OptimizerName,
  TrainDefaults,
  TrainStartOptions,
} from '../../../api/types';
import { formatHidden, parseHiddenLayers, parseNumberField, parseTags } from './parse-train-form';

/** Choices of the form's selects. */
export const familyChoices: Record<TrainDefaults['task'], readonly ModelFamily[]> = {
  classification: ['logistic', 'mlp'],
  regression: ['linear', 'mlp'],
};
export const activationChoices: readonly Activation[] = ['relu', 'tanh', 'sigmoid', 'elu'];
export const optimizerChoices: readonly OptimizerName[] = ['adam', 'sgd', 'rmsprop'];

/** What the user has typed in the Train form; numbers stay text until parsed. */
export interface TrainDraft {
  family: ModelFamily;
  hidden: string;
  activation: Activation;
  dropout: string;
  l2: string;
  optimizer: OptimizerName;
  learningRate: string;
  batchSize: string;
  epochs: string;
  earlyStopping: boolean;
  stopMetric: string;
  patience: string;
  classWeights: 'none' | 'balanced';
  seed: string;
  name: string;
  tags: string;
}

/** The form prefilled with the lab's defaults for a version. */
export function computeTrainDraft(defaults: TrainDefaults): TrainDraft {
  const { model, hyper } = defaults;
  return {
    family: model.family,
    hidden: formatHidden(model.hidden),
    activation: model.activation,
    dropout: String(model.dropout),
    l2: String(model.l2),
    optimizer: hyper.optimizer,
    learningRate: String(hyper.learningRate),
    batchSize: String(hyper.batchSize),
    epochs: String(hyper.epochs),
    earlyStopping: hyper.earlyStopping !== null,
    stopMetric: hyper.earlyStopping?.metric ?? 'val_loss',
    patience: String(hyper.earlyStopping?.patience ?? 5),
    classWeights: hyper.classWeights,
    seed: String(defaults.seed),
    name: '',
    tags: '',
  };
}

/** The `lab.train.start` options the draft states; throws INVALID_ARGUMENT on bad text. */
export function computeStartOptions(
  draft: TrainDraft,
  target: { projectId: string; versionId: string },
): TrainStartOptions {
  const rate = parseNumberField(draft.learningRate, 'learningRate', { positive: true });
  const options: TrainStartOptions = {
    projectId: target.projectId,
    versionId: target.versionId,
    model: {
      family: draft.family,
      hidden: draft.family === 'mlp' ? parseHiddenLayers(draft.hidden) : [],
      activation: draft.activation,
      dropout: parseNumberField(draft.dropout, 'dropout', { min: 0, max: 1, maxExclusive: true }),
      l2: parseNumberField(draft.l2, 'l2', { min: 0 }),
    },
    hyper: {
      optimizer: draft.optimizer,
      learningRate: rate,
      batchSize: parseNumberField(draft.batchSize, 'batchSize', { integer: true, positive: true }),
      epochs: parseNumberField(draft.epochs, 'epochs', { integer: true, positive: true }),
      earlyStopping: draft.earlyStopping
        ? {
            metric: draft.stopMetric,
            patience: parseNumberField(draft.patience, 'patience', { integer: true, min: 1 }),
          }
        : null,
      classWeights: draft.classWeights,
    },
    seed: parseNumberField(draft.seed, 'seed', { integer: true, min: 0 }),
    tags: parseTags(draft.tags),
  };
  if (draft.name.trim() !== '') options.name = draft.name.trim();
  return options;
}
