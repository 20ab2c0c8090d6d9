import { recipeStepKinds } from '../../../../lifecycle/data/recipe/defaults';
import type { ConditionOp, RecipeStepKind } from '../../../../lifecycle/data/recipe/types';
import type { ColumnSchema, ColumnType, DatasetSchema } from '../../../../lifecycle/data/types';

/** Building the step from a draft lives in `build-step.ts`. */
export { buildCondition, buildStep } from './build-step';

/** A step kind this panel offers (labelling has its own panel). */
export type OfferedKind = Exclude<RecipeStepKind, 'label'>;

/** The step kinds offered, in the core's order (labelling has its own panel). */
export const stepKinds: readonly OfferedKind[] = recipeStepKinds.filter(
  (kind): kind is OfferedKind => kind !== 'label',
);

/** Select fields and their options. */
export const choiceOptions = {
  to: ['number', 'integer', 'category', 'boolean', 'datetime', 'text'],
  role: ['feature', 'target', 'id', 'time', 'ignore'],
  match: ['all', 'any'],
  strategy: ['mean', 'median', 'mode', 'constant'],
  clipMethod: ['iqr', 'z-score'],
  scaleMethod: ['standard', 'min-max', 'robust'],
  encodeMethod: ['one-hot', 'ordinal'],
  unknown: ['ignore', 'error'],
  negative: ['error', 'shift'],
  binMethod: ['equal-width', 'quantile'],
  splitMethod: ['random', 'stratified', 'time'],
} as const;

export type ChoiceKey = keyof typeof choiceOptions;
export type NumberKey = 'k' | 'z' | 'bins' | 'seed' | 'train' | 'validation' | 'test';
export type TextKey = 'value' | 'name' | 'expression';

/** Condition operators of the row filter builder. */
export const conditionOps: readonly ConditionOp[] = [
  '==',
  '!=',
  '<',
  '<=',
  '>',
  '>=',
  'in',
  'is-missing',
  'not-missing',
];

/** One row of the condition builder; `value` is typed text, converted by the column's type. */
export interface ConditionDraft {
  column: string;
  op: ConditionOp;
  value: string;
}

/** What the user has filled in so far, for any kind (only the kind's fields are read). */
export interface StepDraft {
  kind: OfferedKind;
  columns: string[];
  column: string;
  choices: { [K in ChoiceKey]: (typeof choiceOptions)[K][number] };
  numbers: Record<NumberKey, number>;
  texts: Record<TextKey, string>;
  renames: { from: string; to: string }[];
  conditions: ConditionDraft[];
}

/** Shown only while a select field has one of the given values. */
interface Shown {
  when?: { key: ChoiceKey; is: readonly string[] };
}

/** One control of a step's form, described as data. */
export type FieldSpec = Shown &
  (
    | { kind: 'columns'; types: readonly ColumnType[] | null; optional?: boolean }
    | { kind: 'column'; types: readonly ColumnType[] | null }
    | { kind: 'choice'; key: ChoiceKey }
    | { kind: 'number'; key: NumberKey; min: number; max?: number; step: number }
    | { kind: 'text'; key: TextKey; hint?: boolean }
    | { kind: 'renames' }
    | { kind: 'conditions' }
  );

const numeric: readonly ColumnType[] = ['number', 'integer'];
const categorical: readonly ColumnType[] = ['category', 'boolean', 'text', 'integer'];
const ratio = (key: NumberKey): FieldSpec => ({ kind: 'number', key, min: 0, max: 1, step: 0.05 });

/** The form of each step kind, in display order. */
export function describeStepFields(kind: OfferedKind, draft?: StepDraft): FieldSpec[] {
  switch (kind) {
    case 'drop-columns':
      return [{ kind: 'columns', types: null }];
    case 'rename-columns':
      return [{ kind: 'renames' }];
    case 'cast':
      return [
        { kind: 'column', types: null },
        { kind: 'choice', key: 'to' },
      ];
    case 'set-roles':
      return [
        { kind: 'columns', types: null },
        { kind: 'choice', key: 'role' },
      ];
    case 'filter-rows':
      return [{ kind: 'choice', key: 'match' }, { kind: 'conditions' }];
    case 'drop-duplicates':
      return [{ kind: 'columns', types: null, optional: true }];
    case 'impute': {
      const fillsNumbers = ['mean', 'median'].includes(draft?.choices.strategy ?? 'mean');
      return [
        { kind: 'choice', key: 'strategy' },
        { kind: 'columns', types: fillsNumbers ? numeric : null },
        { kind: 'text', key: 'value', when: { key: 'strategy', is: ['constant'] } },
      ];
    }
    case 'clip-outliers':
      return [
        { kind: 'columns', types: numeric },
        { kind: 'choice', key: 'clipMethod' },
        { kind: 'number', key: 'k', min: 0, step: 0.1, when: { key: 'clipMethod', is: ['iqr'] } },
        {
          kind: 'number',
          key: 'z',
          min: 0,
          step: 0.1,
          when: { key: 'clipMethod', is: ['z-score'] },
        },
      ];
    case 'scale':
      return [
        { kind: 'columns', types: numeric },
        { kind: 'choice', key: 'scaleMethod' },
      ];
    case 'encode':
      return [
        { kind: 'column', types: categorical },
        { kind: 'choice', key: 'encodeMethod' },
        { kind: 'choice', key: 'unknown' },
      ];
    case 'log-transform':
      return [
        { kind: 'columns', types: numeric },
        { kind: 'choice', key: 'negative' },
      ];
    case 'bin':
      return [
        { kind: 'column', types: numeric },
        { kind: 'choice', key: 'binMethod' },
        { kind: 'number', key: 'bins', min: 2, max: 100, step: 1 },
      ];
    case 'derive':
      return [
        { kind: 'text', key: 'name' },
        { kind: 'text', key: 'expression', hint: true },
      ];
    case 'split': {
      const time = draft?.choices.splitMethod === 'time';
      return [
        { kind: 'choice', key: 'splitMethod' },
        {
          kind: 'column',
          types: time ? ['datetime', 'number', 'integer'] : categorical,
          when: { key: 'splitMethod', is: ['stratified', 'time'] },
        },
        ratio('train'),
        ratio('validation'),
        ratio('test'),
        { kind: 'number', key: 'seed', min: 0, step: 1 },
      ];
    }
  }
}

/** Whether a field is shown for the draft's current choices. */
export function isFieldShown(field: FieldSpec, draft: StepDraft): boolean {
  return !field.when || field.when.is.includes(draft.choices[field.when.key]);
}

/** The schema's columns a column picker offers (all when `types` is null). */
export function listSuitableColumns(
  schema: DatasetSchema,
  types: readonly ColumnType[] | null,
): ColumnSchema[] {
  return schema.columns.filter((column) => types === null || types.includes(column.type));
}

/** A fresh draft of `kind` with the lab's defaults; a split stratifies by the target. */
export function createDraft(kind: OfferedKind, target: string | null = null): StepDraft {
  return {
    kind,
    columns: [],
    column: kind === 'split' && target !== null ? target : '',
    choices: {
      to: 'number',
      role: 'feature',
      match: 'all',
      strategy: 'mean',
      clipMethod: 'iqr',
      scaleMethod: 'standard',
      encodeMethod: 'one-hot',
      unknown: 'ignore',
      negative: 'error',
      binMethod: 'equal-width',
      splitMethod: target !== null ? 'stratified' : 'random',
    },
    numbers: { k: 1.5, z: 3, bins: 5, seed: 42, train: 0.7, validation: 0.15, test: 0.15 },
    texts: { value: '', name: '', expression: '' },
    renames: [{ from: '', to: '' }],
    conditions: [{ column: '', op: '==', value: '' }],
  };
}

/** Whether every required control of the draft has a value (so Preview can run). */
export function isDraftComplete(draft: StepDraft): boolean {
  for (const field of describeStepFields(draft.kind, draft)) {
    if (!isFieldShown(field, draft)) continue;
    if (field.kind === 'columns' && !field.optional && draft.columns.length === 0) return false;
    if (field.kind === 'column' && draft.column === '') return false;
    if (field.kind === 'number' && !Number.isFinite(draft.numbers[field.key])) return false;
    if (field.kind === 'text' && field.key !== 'value' && draft.texts[field.key].trim() === '') {
      return false;
    }
    if (field.kind === 'renames' && !draft.renames.some((r) => r.from !== '' && r.to !== '')) {
      return false;
    }
    if (field.kind === 'conditions' && !draft.conditions.some((c) => c.column !== '')) return false;
  }
  return true;
}
