import { describe, expect, it } from 'vitest';
import {
  computeInputSchema,
  computeRequestTable,
  validateRequestRows,
  type RequestRow,
} from '../../../src/lifecycle/deploy';
import { applyPreprocessing } from '../../../src/lifecycle/train/apply-preprocessing';
import { fitFeatures } from '../../../src/lifecycle/train/fit-preprocessing';
import type { FittedPreprocessing } from '../../../src/lifecycle/train/run-types';
import { sameRows, trainRows, trainSchema, trainTable } from './training-table';

const features = ['age', 'visits', 'plan', 'vip', 'joined'];
const fields = computeInputSchema(trainSchema, trainTable, trainRows, features);
const fitted: FittedPreprocessing = {
  features: fitFeatures(trainSchema, trainTable, trainRows, features).features,
  inputWidth: 1 + 1 + 3 + 2 + 1,
  target: { kind: 'classes', column: 'churned', classes: ['no', 'yes'] },
};

describe('computeRequestTable', () => {
  it('request rows give the same model inputs as the training rows with the same values', () => {
    const request = computeRequestTable(sameRows, [0, 1, 2], fields);
    const served = applyPreprocessing(request.schema, request.table, [0, 1, 2], fitted);
    const trained = applyPreprocessing(trainSchema, trainTable, [0, 1, 3], fitted);
    expect([...served]).toEqual([...trained]);
    // Independent check of row 0: age (30 − mean) / std over 30, 45.5, 60, 22 (population std).
    const ages = [30, 45.5, 60, 22];
    const mean = ages.reduce((a, b) => a + b) / 4;
    const std = Math.sqrt(ages.reduce((s, a) => s + (a - mean) ** 2, 0) / 4);
    expect(served[0]).toBeCloseTo((30 - mean) / std, 5);
    // plan one-hot over [Team, basic, pro] and vip over [0, 1]: pro → [0, 0, 1], true → [0, 1].
    expect([...served.subarray(2, 7)]).toEqual([0, 0, 1, 0, 1]);
  });

  it('keeps only the valid rows, in order, and codes categories into the training categories', () => {
    const rows: RequestRow[] = [
      { ...sameRows[2]!, vip: false } as RequestRow,
      { ...(sameRows[0] as RequestRow), plan: 'zeta' },
      { ...(sameRows[1] as RequestRow), age: null },
    ];
    const { rows: valid } = validateRequestRows(rows, fields);
    expect(valid).toEqual([0, 2]);
    const { schema, table } = computeRequestTable(rows, valid, fields);
    expect(table.rowCount).toBe(2);
    expect(table.names).toEqual(features);
    expect(schema.columns.map((c) => c.type)).toEqual([
      'number',
      'integer',
      'category',
      'boolean',
      'datetime',
    ]);
    expect(table.columns[2]).toEqual({
      kind: 'coded',
      codes: new Int32Array([0, 1]),
      dictionary: ['Team', 'basic', 'pro'],
    });
    const age = table.columns[0];
    expect(age?.kind === 'numeric' && [...age.values]).toEqual([60, NaN]);
    const joined = table.columns[4];
    expect(joined?.kind === 'numeric' && [...joined.values]).toEqual([
      Date.UTC(2024, 0, 31),
      Date.UTC(2024, 0, 11),
    ]);
  });

  it('a missing nullable number becomes the training mean (input 0) after preprocessing', () => {
    const row = { ...(sameRows[0] as RequestRow), age: null };
    const { schema, table } = computeRequestTable([row], [0], fields);
    expect(applyPreprocessing(schema, table, [0], fitted)[0]).toBe(0);
  });
});
