import type { RecipeStep, RowCondition } from '../../../../api/types';
import type { ColumnType, DatasetSchema } from '../../../../lifecycle/data/types';
import type { ConditionDraft, StepDraft } from './step-forms';

const numeric: readonly ColumnType[] = ['number', 'integer'];

type Scalar = number | string | boolean;

function parseScalar(text: string, type: ColumnType | undefined): Scalar {
  const trimmed = text.trim();
  if ((type === 'number' || type === 'integer') && trimmed !== '' && Number.isFinite(+trimmed)) {
    return Number(trimmed);
  }
  if (type === 'boolean' && (trimmed === 'true' || trimmed === 'false')) return trimmed === 'true';
  return trimmed;
}

/** A condition as the filter step takes it: the value typed by its column. */
export function buildCondition(draft: ConditionDraft, schema: DatasetSchema): RowCondition {
  const type = schema.columns.find((column) => column.name === draft.column)?.type;
  if (draft.op === 'is-missing' || draft.op === 'not-missing') {
    return { column: draft.column, op: draft.op };
  }
  if (draft.op === 'in') {
    const values = draft.value.split(',').filter((part) => part.trim() !== '');
    return { column: draft.column, op: 'in', value: values.map((v) => parseScalar(v, type)) };
  }
  return { column: draft.column, op: draft.op, value: parseScalar(draft.value, type) };
}

/** The impute constant: a number for number columns, else text. */
function parseConstant(text: string, columns: string[], schema: DatasetSchema): number | string {
  const types = columns.map((name) => schema.columns.find((c) => c.name === name)?.type);
  const allNumeric = types.length > 0 && types.every((type) => numeric.includes(type!));
  const parsed = allNumeric ? parseScalar(text, 'number') : text;
  return typeof parsed === 'boolean' ? text : parsed;
}

/** The recipe step a draft states: plain JSON, copied out of the draft. */
export function buildStep(draft: StepDraft, schema: DatasetSchema): RecipeStep {
  const { choices, numbers, texts } = draft;
  const columns = [...draft.columns];
  switch (draft.kind) {
    case 'drop-columns':
      return { kind: 'drop-columns', columns };
    case 'rename-columns':
      return {
        kind: 'rename-columns',
        renames: draft.renames
          .filter((r) => r.from !== '')
          .map((r) => ({ from: r.from, to: r.to })),
      };
    case 'cast':
      return { kind: 'cast', column: draft.column, to: choices.to };
    case 'set-roles':
      return {
        kind: 'set-roles',
        roles: Object.fromEntries(columns.map((column) => [column, choices.role])),
      };
    case 'filter-rows':
      return {
        kind: 'filter-rows',
        match: choices.match,
        conditions: draft.conditions
          .filter((c) => c.column !== '')
          .map((c) => buildCondition(c, schema)),
      };
    case 'drop-duplicates':
      return columns.length > 0
        ? { kind: 'drop-duplicates', columns }
        : { kind: 'drop-duplicates' };
    case 'impute':
      return choices.strategy === 'constant'
        ? {
            kind: 'impute',
            columns,
            strategy: 'constant',
            value: parseConstant(texts.value, columns, schema),
          }
        : { kind: 'impute', columns, strategy: choices.strategy };
    case 'clip-outliers':
      return choices.clipMethod === 'iqr'
        ? { kind: 'clip-outliers', columns, method: 'iqr', k: numbers.k }
        : { kind: 'clip-outliers', columns, method: 'z-score', z: numbers.z };
    case 'scale':
      return { kind: 'scale', columns, method: choices.scaleMethod };
    case 'encode':
      return {
        kind: 'encode',
        column: draft.column,
        method: choices.encodeMethod,
        unknown: choices.unknown,
      };
    case 'log-transform':
      return { kind: 'log-transform', columns, negative: choices.negative };
    case 'bin':
      return { kind: 'bin', column: draft.column, method: choices.binMethod, bins: numbers.bins };
    case 'derive':
      return { kind: 'derive', name: texts.name.trim(), expression: texts.expression };
    case 'split': {
      const method = choices.splitMethod;
      const ratios =
        numbers.validation > 0
          ? { train: numbers.train, validation: numbers.validation, test: numbers.test }
          : { train: numbers.train, test: numbers.test };
      const step = { kind: 'split', method, ratios, seed: numbers.seed } as const;
      return method === 'random' ? step : { ...step, column: draft.column };
    }
  }
}
