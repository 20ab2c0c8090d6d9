import { describe, expect, it } from 'vitest';
import {
  applyRecipeStep,
  fitRecipeStep,
  runRecipeStep,
} from '../../../../src/lifecycle/data/recipe';
import { cellsOf, makeTable } from './helpers';

const table = makeTable({
  id: [1, 2, 3, 4, 5],
  size: [1.5, null, 3, 4.25, 3],
  colour: ['red', 'blue', null, 'red', 'blue'],
  raw: ['1', '2.5', 'oops', null, '7'],
});

describe('column and row steps', () => {
  it('drop-columns removes the named columns from table and schema', () => {
    const { result } = runRecipeStep({ kind: 'drop-columns', columns: ['id', 'raw'] }, table);
    expect(result.table.names).toEqual(['size', 'colour']);
    expect(result.schema.columns.map((c) => c.name)).toEqual(['size', 'colour']);
  });

  it('drop-columns of an unknown column is SCHEMA_MISMATCH naming it', () => {
    expect(() => runRecipeStep({ kind: 'drop-columns', columns: ['nope'] }, table)).toThrow(
      expect.objectContaining({ code: 'SCHEMA_MISMATCH', column: 'nope' }),
    );
  });

  it('rename-columns renames in place and refuses a clash', () => {
    const { result } = runRecipeStep(
      { kind: 'rename-columns', renames: [{ from: 'size', to: 'length' }] },
      table,
    );
    expect(result.table.names).toEqual(['id', 'length', 'colour', 'raw']);
    expect(() =>
      runRecipeStep({ kind: 'rename-columns', renames: [{ from: 'size', to: 'id' }] }, table),
    ).toThrow(expect.objectContaining({ code: 'INVALID_ARGUMENT' }));
  });

  it('cast text to number keeps parseable cells and counts the unparseable as missing', () => {
    const { result } = runRecipeStep({ kind: 'cast', column: 'raw', to: 'number' }, table);
    expect(cellsOf(result, 'raw')).toEqual([1, 2.5, null, null, 7]);
    expect(result.schema.columns[3]!.type).toBe('number');
    expect(result.warnings).toEqual([
      expect.objectContaining({ code: 'unparseable', column: 'raw', count: 1 }),
    ]);
  });

  it('cast number to integer keeps whole numbers, and to category writes the numbers as text', () => {
    expect(
      cellsOf(runRecipeStep({ kind: 'cast', column: 'size', to: 'integer' }, table).result, 'size'),
    ).toEqual([null, null, 3, null, 3]);
    expect(
      cellsOf(
        runRecipeStep({ kind: 'cast', column: 'size', to: 'category' }, table).result,
        'size',
      ),
    ).toEqual(['1.5', null, '3', '4.25', '3']);
  });

  it('filter-rows keeps rows matching all conditions; missing never passes a comparison', () => {
    const { result } = runRecipeStep(
      {
        kind: 'filter-rows',
        match: 'all',
        conditions: [
          { column: 'size', op: '>=', value: 3 },
          { column: 'colour', op: '!=', value: 'blue' },
        ],
      },
      table,
    );
    expect(cellsOf(result, 'id')).toEqual([4]);
  });

  it('filter-rows with any, in and is-missing', () => {
    const { result } = runRecipeStep(
      {
        kind: 'filter-rows',
        match: 'any',
        conditions: [
          { column: 'colour', op: 'in', value: ['blue'] },
          { column: 'size', op: 'is-missing' },
        ],
      },
      table,
    );
    expect(cellsOf(result, 'id')).toEqual([2, 5]);
  });

  it('filter-rows refuses an ordering on text, an unknown operator and a wrongly typed value', () => {
    const bad = [
      { column: 'colour', op: '<', value: 'red' },
      { column: 'size', op: 'like', value: 1 },
      { column: 'size', op: '==', value: 'three' },
    ];
    for (const condition of bad) {
      expect(() =>
        fitRecipeStep(
          { kind: 'filter-rows', match: 'all', conditions: [condition as never] },
          table,
        ),
      ).toThrow(expect.objectContaining({ code: 'INVALID_ARGUMENT' }));
    }
  });

  it('drop-duplicates keeps the first of equal rows, over all or some columns', () => {
    const dupes = makeTable({ a: [1, 1, 2, 1, null, null], b: ['x', 'x', 'x', 'y', null, null] });
    expect(cellsOf(runRecipeStep({ kind: 'drop-duplicates' }, dupes).result, 'b')).toEqual([
      'x',
      'x',
      'y',
      null,
    ]);
    expect(
      cellsOf(runRecipeStep({ kind: 'drop-duplicates', columns: ['b'] }, dupes).result, 'a'),
    ).toEqual([1, 1, null]);
  });

  it('a step of unknown kind is INVALID_ARGUMENT', () => {
    expect(() => applyRecipeStep({ kind: 'eval', fitted: {} } as never, table)).toThrow(
      expect.objectContaining({ code: 'INVALID_ARGUMENT' }),
    );
  });

  it('a fitted step is plain JSON: a JSON round trip re-applies the same way', () => {
    const step = {
      kind: 'filter-rows',
      match: 'all',
      conditions: [{ column: 'size', op: '<', value: 4 }],
    } as const;
    const { fitted, result } = runRecipeStep(step, table);
    const again = applyRecipeStep(JSON.parse(JSON.stringify(fitted)), table);
    expect(cellsOf(again, 'id')).toEqual(cellsOf(result, 'id'));
  });
});
