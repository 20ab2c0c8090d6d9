/**
 * The Search form as typed text: one editable list per hyperparameter, a strategy and a budget,
 * and the `lab.train.search` options it states on top of the Train form.
 */
import type { TrainSearchOptions } from '../../../api/types';
import { LabError } from '../../../shared/lab-error';
import { parseHiddenList, parseNumberField, parseNumberList } from './parse-train-form';
import { computeStartOptions, type TrainDraft } from './train-form';

/** Search strategies offered. */
export const strategyChoices = ['grid', 'random', 'halving'] as const;

/** What the user has typed in the Search form: one editable list per hyperparameter. */
export interface SearchDraft {
  strategy: (typeof strategyChoices)[number];
  learningRate: string;
  hidden: string;
  dropout: string;
  l2: string;
  batchSize: string;
  runs: string;
  minutes: string;
  metric: string;
  direction: 'min' | 'max';
}

/** A search form prefilled around the train form's values. */
export function computeSearchDraft(draft: TrainDraft): SearchDraft {
  return {
    strategy: 'random',
    learningRate: '0.001, 0.01, 0.1',
    hidden: draft.family === 'mlp' ? '16; 32; 64, 32' : '',
    dropout: '',
    l2: '',
    batchSize: '',
    runs: '8',
    minutes: '',
    metric: 'val_loss',
    direction: 'min',
  };
}

/** The `lab.train.search` options: the train form as the base, plus space, strategy, budget. */
export function computeSearchOptions(
  draft: TrainDraft,
  search: SearchDraft,
  target: { projectId: string; versionId: string },
): TrainSearchOptions {
  const base = computeStartOptions(draft, target);
  const space: TrainSearchOptions['space'] = {};
  const lists: [keyof SearchDraft & string, () => (number | number[])[]][] = [
    [
      'learningRate',
      () => parseNumberList(search.learningRate, 'learningRate', { positive: true }),
    ],
    ['hidden', () => (draft.family === 'mlp' ? parseHiddenList(search.hidden) : [])],
    [
      'dropout',
      () => parseNumberList(search.dropout, 'dropout', { min: 0, max: 1, maxExclusive: true }),
    ],
    ['l2', () => parseNumberList(search.l2, 'l2', { min: 0 })],
    [
      'batchSize',
      () => parseNumberList(search.batchSize, 'batchSize', { integer: true, positive: true }),
    ],
  ];
  for (const [key, parse] of lists) {
    const values = parse();
    if (values.length > 0) space[key] = values;
  }
  if (Object.keys(space).length === 0) {
    throw new LabError('INVALID_ARGUMENT', 'The search space is empty.', {
      params: { field: 'space', reason: 'required' },
    });
  }
  const budget: TrainSearchOptions['budget'] = {};
  if (search.runs.trim() !== '') {
    budget.runs = parseNumberField(search.runs, 'runs', { integer: true, positive: true });
  }
  if (search.minutes.trim() !== '') {
    budget.minutes = parseNumberField(search.minutes, 'minutes', { positive: true });
  }
  return {
    ...base,
    space,
    strategy: search.strategy,
    budget,
    metric: search.metric.trim() === '' ? 'val_loss' : search.metric.trim(),
    direction: search.direction,
  };
}
