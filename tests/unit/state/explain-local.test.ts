import { describe, expect, it, vi } from 'vitest';
import type { EvaluationReport } from '../../../src/api/types';
import { LabError } from '../../../src/shared/lab-error';
import { ExplainLocal, parseRowNumber } from '../../../src/state/explain-local.svelte';
import type { FeatureRow, LocalExplanation } from '../../../src/state/explain-types';

const local = (row: number | null, features: FeatureRow, p: number): LocalExplanation => ({
  runId: 'r1',
  row,
  features,
  method: 'exact-shapley',
  output: 'yes',
  baseValue: 0.5,
  prediction: p,
  predicted: { label: p >= 0.5 ? 'yes' : 'no', probabilities: [1 - p, p], labels: ['no', 'yes'] },
  attributions: [],
  additivityGap: 0,
  background: 50,
  samples: null,
});

function makeLab() {
  const worstErrors = [
    { row: 7, truth: 'yes', prediction: 'no', loss: 0.9, features: { age: 30, city: 'Seoul' } },
  ];
  return {
    evaluate: {
      report: vi.fn(async () => ({ worstErrors }) as unknown as EvaluationReport),
    },
    explain: {
      local: vi.fn(async (_runId: string, row: number | FeatureRow) =>
        typeof row === 'number'
          ? local(row, { age: 30, city: 'Seoul' }, 0.3)
          : local(null, row, Number(row['age']) > 40 ? 0.8 : 0.3),
      ),
    },
  };
}

describe('ExplainLocal', () => {
  it('opening a run lists its worst test errors as rows to explain', async () => {
    const lab = makeLab();
    const state = new ExplainLocal(lab);
    await state.open('r1');
    expect(lab.evaluate.report).toHaveBeenCalledWith('r1', { split: 'test' });
    expect(state.errors.map((e) => e.row)).toEqual([7]);
    expect(state.errorsStatus).toBe('ready');
  });

  it('explaining a row fills the what-if form; an edited row predicts again', async () => {
    const lab = makeLab();
    const state = new ExplainLocal(lab);
    await state.open('r1');
    await state.explain(7);
    expect(lab.explain.local).toHaveBeenCalledWith('r1', 7);
    expect(state.draft).toEqual({ age: 30, city: 'Seoul' });
    state.edit('age', 55);
    await state.predict();
    expect(lab.explain.local).toHaveBeenLastCalledWith('r1', { age: 55, city: 'Seoul' });
    expect(state.whatIf?.prediction).toBe(0.8);
    state.restore();
    expect([state.draft['age'], state.whatIf]).toEqual([30, null]);
  });

  it('a typed row number is explained; text that is not a row asks nothing of the lab', async () => {
    const lab = makeLab();
    const state = new ExplainLocal(lab);
    await state.open('r1');
    await state.explain('-2');
    expect(state.invalidRow).toBe(true);
    expect(lab.explain.local).not.toHaveBeenCalled();
    await state.explain(' 12 ');
    expect([state.invalidRow, state.local?.row]).toEqual([false, 12]);
  });

  it('a failed explanation keeps its localised message', async () => {
    const lab = makeLab();
    lab.explain.local.mockRejectedValueOnce(new LabError('NOT_FOUND', 'No row 999'));
    const state = new ExplainLocal(lab);
    await state.open('r1');
    await state.explain(999);
    expect([state.status, state.error?.message]).toEqual(['error', 'No row 999']);
  });

  it('parseRowNumber accepts whole numbers from 0 and rejects the rest as INVALID_ARGUMENT', () => {
    expect(parseRowNumber('0')).toBe(0);
    for (const text of ['', '1.5', '-1', 'abc']) {
      expect(() => parseRowNumber(text)).toThrow(
        expect.objectContaining({ code: 'INVALID_ARGUMENT' }),
      );
    }
  });
});
