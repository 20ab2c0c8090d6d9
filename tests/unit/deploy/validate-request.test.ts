import { describe, expect, it } from 'vitest';
import { computeInputSchema, validateRequestRows } from '../../../src/lifecycle/deploy';
import { sameRows, trainRows, trainSchema, trainTable } from './training-table';

const fields = computeInputSchema(trainSchema, trainTable, trainRows, [
  'age',
  'visits',
  'plan',
  'vip',
  'joined',
]);
const good = { age: 30, visits: 1, plan: 'pro', vip: true, joined: '2024-01-01' };

function errorsOf(patch: Record<string, unknown>) {
  return validateRequestRows([good, { ...good, ...patch }], fields);
}

describe('validateRequestRows', () => {
  it('accepts rows shaped like training data, in any of the accepted spellings', () => {
    expect(validateRequestRows(sameRows, fields)).toEqual({ rows: [0, 1, 2], errors: [] });
  });

  it('a missing value of a field training never saw missing is `missing`; a nullable one passes', () => {
    const { visits: _v, ...noVisits } = good;
    const result = validateRequestRows(
      [noVisits, { ...good, age: null }, { ...good, plan: '' }],
      fields,
    );
    expect(result.rows).toEqual([1]);
    expect(result.errors.map((e) => [e.row, e.field, e.reason])).toEqual([
      [0, 'visits', 'missing'],
      [2, 'plan', 'missing'],
    ]);
  });

  it('a value that is not of the field type is `wrong-type`, with the value as text', () => {
    const result = validateRequestRows(
      [
        { ...good, age: 'forty' },
        { ...good, visits: 2.5 },
        { ...good, vip: 'yes' },
        { ...good, joined: '2024-02-30' },
        { ...good, plan: { name: 'pro' } },
      ],
      fields,
    );
    expect(result.rows).toEqual([]);
    expect(result.errors.map((e) => [e.row, e.field, e.reason, e.value])).toEqual([
      [0, 'age', 'wrong-type', 'forty'],
      [1, 'visits', 'wrong-type', '2.5'],
      [2, 'vip', 'wrong-type', 'yes'],
      [3, 'joined', 'wrong-type', '2024-02-30'],
      [4, 'plan', 'wrong-type', '{"name":"pro"}'],
    ]);
  });

  it('a category not seen in training is `unknown-category`, naming row and field', () => {
    const { rows, errors } = errorsOf({ plan: 'zeta' });
    expect(rows).toEqual([0]);
    expect(errors).toEqual([
      expect.objectContaining({ row: 1, field: 'plan', reason: 'unknown-category', value: 'zeta' }),
    ]);
    expect(errors[0]?.message).toMatch(/row 1, field "plan": "zeta" is not a category seen/);
  });

  it('a number or date outside the training range [min, max] is `out-of-range`; the bounds pass', () => {
    expect(errorsOf({ age: 22 }).rows).toEqual([0, 1]);
    expect(errorsOf({ age: 60 }).rows).toEqual([0, 1]);
    const low = errorsOf({ age: 21.99 }).errors;
    expect(low.map((e) => [e.row, e.field, e.reason])).toEqual([[1, 'age', 'out-of-range']]);
    expect(low[0]?.message).toContain('22 to 60');
    expect(errorsOf({ joined: '2024-03-01' }).errors[0]).toMatchObject({
      field: 'joined',
      reason: 'out-of-range',
    });
  });

  it('a field the model does not take is `unknown-field`, even __proto__ or constructor', () => {
    const row = JSON.parse(
      '{"age":30,"visits":1,"plan":"pro","vip":true,"joined":"2024-01-01","__proto__":{"x":1},"height":2}',
    );
    const { rows, errors } = validateRequestRows([row], fields);
    expect(rows).toEqual([]);
    expect(errors.map((e) => [e.field, e.reason])).toEqual([
      ['__proto__', 'unknown-field'],
      ['height', 'unknown-field'],
    ]);
    const inherited = validateRequestRows(
      [{ ...good }],
      [
        ...fields,
        {
          name: 'constructor',
          type: 'text',
          nullable: false,
          categories: [],
          min: null,
          max: null,
        },
      ],
    );
    expect(inherited.errors.map((e) => [e.field, e.reason])).toEqual([['constructor', 'missing']]);
  });

  it('reports every failing field of a row, and only failing rows are left out', () => {
    const { rows, errors } = validateRequestRows(
      [{ ...good, age: 'x', plan: 'zeta' }, good],
      fields,
    );
    expect(rows).toEqual([1]);
    expect(errors.map((e) => e.field)).toEqual(['age', 'plan']);
  });

  it('rows that are not an array of plain objects are refused with INVALID_ARGUMENT', () => {
    const refused = expect.objectContaining({ code: 'INVALID_ARGUMENT' });
    expect(() => validateRequestRows({ age: 1 }, fields)).toThrow(refused);
    expect(() => validateRequestRows([good, [1, 2]], fields)).toThrow(
      expect.objectContaining({
        code: 'INVALID_ARGUMENT',
        params: { field: 'rows.1', reason: 'not-rows' },
      }),
    );
    expect(() => validateRequestRows([null], fields)).toThrow(refused);
    expect(() => validateRequestRows([new Date()], fields)).toThrow(refused);
  });
});
