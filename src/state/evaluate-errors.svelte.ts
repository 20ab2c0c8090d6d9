import type { EvaluationSplit, Lab, RowValue, RunPredictions } from '../api/types';
import { toLabError, type LabError } from '../shared/lab-error';

/** Most rows of one confusion-matrix cell shown (each fetched with its feature values). */
export const cellRowLimit = 50;

/** A cell of the confusion matrix: class indices of the truth (row) and prediction (column). */
export interface MatrixCell {
  truth: number;
  predicted: number;
}

/** One scored row of a cell, with the version's column names and its values. */
export interface CellRow {
  row: number;
  truth: string;
  prediction: string;
  values: RowValue[];
}

/** A label the user corrected: the version row and its right value. */
export interface LabelCorrection {
  row: number;
  value: string;
}

/** The part of the facade the error analysis calls. */
export interface EvaluateErrorsLab {
  evaluate: Pick<Lab['evaluate'], 'predictions'>;
  data: Pick<Lab['data'], 'rows' | 'label'>;
}

/** Positions (in the predictions) of the rows whose truth and prediction fall in `cell`. */
export function computeCellMatches(
  predictions: Pick<RunPredictions, 'truth' | 'prediction'>,
  labels: readonly string[],
  cell: MatrixCell,
): number[] {
  const truth = labels[cell.truth];
  const predicted = labels[cell.predicted];
  if (truth === undefined || predicted === undefined) return [];
  const matches: number[] = [];
  predictions.truth.forEach((value, i) => {
    const prediction = predictions.prediction[i];
    if (value !== null && String(value) === truth && String(prediction) === predicted) {
      matches.push(i);
    }
  });
  return matches;
}

/**
 * Error analysis on the Evaluate page: the rows of one confusion-matrix cell with their
 * feature values, label corrections the user collects, and saving them as a new version.
 */
export class EvaluateErrors {
  cell = $state.raw<MatrixCell | null>(null);
  status = $state<'idle' | 'loading' | 'ready' | 'error'>('idle');
  error = $state.raw<LabError | null>(null);
  columns = $state.raw<string[]>([]);
  rows = $state.raw<CellRow[]>([]);
  /** Rows of the version in the cell (more than shown when above `cellRowLimit`). */
  total = $state(0);
  /** Corrected labels by version row, in row order. */
  corrections = $state.raw<readonly LabelCorrection[]>([]);
  saving = $state(false);
  saveError = $state.raw<LabError | null>(null);
  /** The version the last save made. */
  savedVersionId = $state<string | null>(null);
  readonly #lab: EvaluateErrorsLab;
  #predictions: { key: string; value: Promise<RunPredictions> } | null = null;
  #request = 0;

  constructor(lab: EvaluateErrorsLab) {
    this.#lab = lab;
  }

  /** Forgets the cell, the rows and the corrections (another run or split). */
  reset(): void {
    this.#request += 1;
    this.#predictions = null;
    this.cell = null;
    this.status = 'idle';
    this.error = null;
    this.columns = [];
    this.rows = [];
    this.total = 0;
    this.corrections = [];
    this.saveError = null;
    this.savedVersionId = null;
  }

  /** Shows the first rows of `cell` of the run's predictions on `split`, with their features. */
  async open(
    target: { runId: string; versionId: string; split: EvaluationSplit; labels: readonly string[] },
    cell: MatrixCell,
  ): Promise<void> {
    const request = ++this.#request;
    this.cell = cell;
    this.status = 'loading';
    this.error = null;
    try {
      const predictions = await this.#loadPredictions(target.runId, target.split);
      const matches = computeCellMatches(predictions, target.labels, cell);
      const shown = matches.slice(0, cellRowLimit);
      const windows = await Promise.all(
        shown.map((i) =>
          this.#lab.data.rows(target.versionId, { offset: predictions.rows[i] ?? 0, limit: 1 }),
        ),
      );
      if (request !== this.#request) return;
      this.columns = windows[0]?.columns ?? [];
      this.rows = shown.map((i, k) => ({
        row: predictions.rows[i] ?? 0,
        truth: String(predictions.truth[i]),
        prediction: String(predictions.prediction[i]),
        values: windows[k]?.rows[0] ?? [],
      }));
      this.total = matches.length;
      this.status = 'ready';
    } catch (thrown) {
      if (request !== this.#request) return;
      this.status = 'error';
      this.error = toLabError(thrown);
    }
  }

  /** Records `value` as the right label of `row`; its own truth removes the correction. */
  correct(row: number, value: string, truth: string): void {
    const others = this.corrections.filter((correction) => correction.row !== row);
    this.corrections =
      value === truth ? others : [...others, { row, value }].sort((a, b) => a.row - b.row);
    this.savedVersionId = null;
  }

  /** The corrected label of `row`, if the user gave one. */
  correctionOf(row: number): string | undefined {
    return this.corrections.find((correction) => correction.row === row)?.value;
  }

  /** Saves every correction as one new version of `versionId`; its id, or null. */
  async save(versionId: string, column: string): Promise<string | null> {
    if (this.saving || this.corrections.length === 0) return null;
    const assignments = this.corrections.map(({ row, value }) => ({ row, value }));
    this.saving = true;
    this.saveError = null;
    try {
      const report = await this.#lab.data.label(versionId, { column, assignments });
      this.savedVersionId = report.versionId;
      this.corrections = [];
      return report.versionId;
    } catch (thrown) {
      this.saveError = toLabError(thrown);
      return null;
    } finally {
      this.saving = false;
    }
  }

  #loadPredictions(runId: string, split: EvaluationSplit): Promise<RunPredictions> {
    const key = `${runId}\u0000${split}`;
    if (this.#predictions?.key !== key) {
      const value = this.#lab.evaluate.predictions(runId, { split });
      value.catch(() => {
        if (this.#predictions?.value === value) this.#predictions = null;
      });
      this.#predictions = { key, value };
    }
    return this.#predictions.value;
  }
}
