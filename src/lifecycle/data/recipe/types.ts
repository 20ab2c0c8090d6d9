import type { ColumnRole, ColumnTable, ColumnType, DatasetSchema } from '../types';

/** A comparison in a row filter; `value` is a number, text, boolean or ISO date (by column type). */
export type ConditionOp =
  '==' | '!=' | '<' | '<=' | '>' | '>=' | 'is-missing' | 'not-missing' | 'in';

/** One condition of a row filter: never evaluated as code, only compared. */
export interface RowCondition {
  column: string;
  op: ConditionOp;
  /** Omitted for `is-missing`/`not-missing`; an array for `in`. */
  value?: number | string | boolean | readonly (number | string | boolean)[];
}

/** Ratios of the train, validation and test parts (each ≥ 0, summing to 1). */
export interface SplitRatios {
  train: number;
  validation?: number;
  test: number;
}

/** A recipe step as the user states it: plain JSON, declarative, never code. */
export type RecipeStep =
  | { kind: 'drop-columns'; columns: readonly string[] }
  | { kind: 'rename-columns'; renames: readonly { from: string; to: string }[] }
  | { kind: 'cast'; column: string; to: ColumnType }
  | { kind: 'set-roles'; roles: Readonly<Record<string, ColumnRole>> }
  | { kind: 'filter-rows'; match: 'all' | 'any'; conditions: readonly RowCondition[] }
  | { kind: 'drop-duplicates'; columns?: readonly string[] }
  | {
      kind: 'impute';
      columns: readonly string[];
      strategy: 'mean' | 'median' | 'mode' | 'constant';
      value?: number | string;
    }
  | {
      kind: 'clip-outliers';
      columns: readonly string[];
      method: 'iqr' | 'z-score';
      k?: number;
      z?: number;
    }
  | { kind: 'scale'; columns: readonly string[]; method: 'standard' | 'min-max' | 'robust' }
  | {
      kind: 'encode';
      column: string;
      method: 'one-hot' | 'ordinal';
      /** What a category unseen at fit time becomes: all zeros / missing ('ignore') or an error. */
      unknown?: 'ignore' | 'error';
    }
  | { kind: 'log-transform'; columns: readonly string[]; negative: 'error' | 'shift' }
  | { kind: 'bin'; column: string; method: 'equal-width' | 'quantile'; bins: number }
  | { kind: 'derive'; name: string; expression: string }
  | {
      kind: 'split';
      method: 'random' | 'stratified' | 'time';
      ratios: SplitRatios;
      seed: number;
      /** The class column (stratified) or the time column (time). */
      column?: string;
      /** Name of the added column (default "split"). */
      name?: string;
    }
  | {
      kind: 'label';
      /** The labelled column; created as a category column when the table has none. */
      column: string;
      /** Cells to set: 0-based row and its label (text, or a number for a number column). */
      assignments: readonly { row: number; value: string | number }[];
    };

/** The kinds of recipe step. */
export type RecipeStepKind = RecipeStep['kind'];

/** A step of one kind. */
export type StepOf<K extends RecipeStepKind> = Extract<RecipeStep, { kind: K }>;

/** Parameters learned by `fitStep`, per kind (plain JSON). */
export interface FittedParams {
  'drop-columns': Record<string, never>;
  'rename-columns': Record<string, never>;
  cast: Record<string, never>;
  'set-roles': Record<string, never>;
  'filter-rows': Record<string, never>;
  'drop-duplicates': Record<string, never>;
  impute: { fills: { column: string; value: number | string }[] };
  'clip-outliers': { bounds: { column: string; lower: number; upper: number }[] };
  scale: { scales: { column: string; center: number; scale: number }[] };
  encode: { categories: string[] };
  'log-transform': { shifts: { column: string; shift: number }[] };
  bin: { edges: number[] };
  derive: Record<string, never>;
  split: { counts: { train: number; validation: number; test: number } };
  label: Record<string, never>;
}

/** A step with its fitted parameters: what a version records and serving re-applies. */
export type FittedStep = {
  [K in RecipeStepKind]: StepOf<K> & { fitted: FittedParams[K] };
}[RecipeStepKind];

/** A table with its schema (column names in the same order). */
export interface RecipeTable {
  schema: DatasetSchema;
  table: ColumnTable;
}

/** Something the user should know about a step's result (e.g. cells made missing). */
export interface RecipeWarning {
  code: 'unparseable' | 'constant-column' | 'non-finite' | 'negative' | 'merged-bins';
  column: string;
  /** How many cells (or bins) it concerned. */
  count: number;
  message: string;
}

/** What applying a step gives: the new table and schema, and warnings. */
export interface RecipeResult extends RecipeTable {
  warnings: RecipeWarning[];
}
