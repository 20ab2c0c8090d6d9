import { describe, expect, it, vi } from 'vitest';
import type { RecipeApplyReport, RunPredictions, VersionRows } from '../../../src/api/types';
import { LabError } from '../../../src/shared/lab-error';
import {
  EvaluateErrors,
  cellRowLimit,
  computeCellMatches,
} from '../../../src/state/evaluate-errors.svelte';

const labels = ['cat', 'dog'];

const predictions: RunPredictions = {
  runId: 'r1',
  split: 'test',
  rows: [10, 11, 12, 13, 14],
  truth: ['cat', 'dog', 'cat', null, 'cat'],
  prediction: ['dog', 'dog', 'dog', 'dog', 'cat'],
  probabilities: null,
  labels,
};

function makeLab(preds: RunPredictions = predictions) {
  const rows = vi.fn(
    async (_id: string, window?: { offset?: number; limit?: number }): Promise<VersionRows> => ({
      versionId: 'v1',
      columns: ['weight', 'animal'],
      offset: window?.offset ?? 0,
      total: 100,
      rows: [[(window?.offset ?? 0) * 2, 'x']],
    }),
  );
  const label = vi.fn(async () => ({ versionId: 'v2' }) as RecipeApplyReport);
  const predictionsCall = vi.fn(async () => preds);
  return { evaluate: { predictions: predictionsCall }, data: { rows, label } };
}

const target = { runId: 'r1', versionId: 'v1', split: 'test' as const, labels };

describe('computeCellMatches', () => {
  it('finds the rows whose truth and prediction fall in the cell, skipping missing truth', () => {
    expect(computeCellMatches(predictions, labels, { truth: 0, predicted: 1 })).toEqual([0, 2]);
    expect(computeCellMatches(predictions, labels, { truth: 1, predicted: 1 })).toEqual([1]);
    expect(computeCellMatches(predictions, labels, { truth: 1, predicted: 0 })).toEqual([]);
    expect(computeCellMatches(predictions, labels, { truth: 5, predicted: 0 })).toEqual([]);
  });

  it('matches numeric class values against their label text', () => {
    const numeric = { truth: [1, 0, 1], prediction: [0, 0, 0] };
    expect(computeCellMatches(numeric, ['0', '1'], { truth: 1, predicted: 0 })).toEqual([0, 2]);
  });
});

describe('EvaluateErrors', () => {
  it('opens a cell with each row fetched by its version row and keeps the predictions for the next cell', async () => {
    const lab = makeLab();
    const errors = new EvaluateErrors(lab);
    await errors.open(target, { truth: 0, predicted: 1 });
    expect(errors.status).toBe('ready');
    expect(errors.total).toBe(2);
    expect(errors.columns).toEqual(['weight', 'animal']);
    expect(errors.rows).toEqual([
      { row: 10, truth: 'cat', prediction: 'dog', values: [20, 'x'] },
      { row: 12, truth: 'cat', prediction: 'dog', values: [24, 'x'] },
    ]);
    expect(lab.data.rows).toHaveBeenCalledWith('v1', { offset: 12, limit: 1 });
    await errors.open(target, { truth: 0, predicted: 0 });
    expect(errors.rows.map((r) => r.row)).toEqual([14]);
    expect(lab.evaluate.predictions).toHaveBeenCalledTimes(1);
    expect(lab.evaluate.predictions).toHaveBeenCalledWith('r1', { split: 'test' });
  });

  it(`shows at most ${cellRowLimit} rows of a large cell but counts them all`, async () => {
    const n = 120;
    const big: RunPredictions = {
      ...predictions,
      rows: Array.from({ length: n }, (_, i) => i),
      truth: Array.from({ length: n }, () => 'cat'),
      prediction: Array.from({ length: n }, () => 'dog'),
    };
    const lab = makeLab(big);
    const errors = new EvaluateErrors(lab);
    await errors.open(target, { truth: 0, predicted: 1 });
    expect([errors.total, errors.rows.length]).toEqual([120, 50]);
    expect(lab.data.rows).toHaveBeenCalledTimes(50);
  });

  it('collects corrections, drops one set back to the truth, and saves them as one new version', async () => {
    const lab = makeLab();
    const errors = new EvaluateErrors(lab);
    await errors.open(target, { truth: 0, predicted: 1 });
    errors.correct(12, 'dog', 'cat');
    errors.correct(10, 'dog', 'cat');
    errors.correct(10, 'cat', 'cat');
    errors.correct(10, 'dog', 'cat');
    expect(errors.corrections.length).toBe(2);
    expect(await errors.save('v1', 'animal')).toBe('v2');
    expect(lab.data.label).toHaveBeenCalledWith('v1', {
      column: 'animal',
      assignments: [
        { row: 10, value: 'dog' },
        { row: 12, value: 'dog' },
      ],
    });
    expect(errors.savedVersionId).toBe('v2');
    expect(errors.corrections.length).toBe(0);
  });

  it('saving with no corrections calls nothing; a failed save keeps the corrections and the message', async () => {
    const lab = makeLab();
    const errors = new EvaluateErrors(lab);
    expect(await errors.save('v1', 'animal')).toBeNull();
    expect(lab.data.label).not.toHaveBeenCalled();
    lab.data.label.mockRejectedValueOnce(new LabError('READ_ONLY', 'storage is read-only'));
    errors.correct(10, 'dog', 'cat');
    expect(await errors.save('v1', 'animal')).toBeNull();
    expect(errors.saveError?.message).toBe('storage is read-only');
    expect(errors.correctionOf(10)).toBe('dog');
  });

  it('a failed predictions call is an error state, and the next open asks again', async () => {
    const lab = makeLab();
    lab.evaluate.predictions.mockRejectedValueOnce(new LabError('NOT_FOUND', 'no report'));
    const errors = new EvaluateErrors(lab);
    await errors.open(target, { truth: 0, predicted: 1 });
    expect([errors.status, errors.error?.message]).toEqual(['error', 'no report']);
    await errors.open(target, { truth: 0, predicted: 1 });
    expect(errors.status).toBe('ready');
    expect(lab.evaluate.predictions).toHaveBeenCalledTimes(2);
  });

  it('reset forgets the cell, rows and corrections', async () => {
    const errors = new EvaluateErrors(makeLab());
    await errors.open(target, { truth: 0, predicted: 1 });
    errors.correct(10, 'dog', 'cat');
    errors.reset();
    expect([errors.cell, errors.rows, errors.corrections.length, errors.status]).toEqual([
      null,
      [],
      0,
      'idle',
    ]);
  });
});
