import { describe, expect, it } from 'vitest';
import { fitRecipeStep, runRecipeStep } from '../../../../src/lifecycle/data/recipe';
import { cellsOf, makeTable } from './helpers';

const table = makeTable({
  text: ['free money', 'lunch at noon', 'win now', 'see you', 'call me'],
  size: [10, 20, null, 40, 50],
  label: ['spam', null, null, 'ham', null],
});

describe('label step', () => {
  it('label sets the given cells and leaves the others', () => {
    const { fitted, result } = runRecipeStep(
      {
        kind: 'label',
        column: 'label',
        assignments: [
          { row: 1, value: 'ham' },
          { row: 4, value: 'spam' },
        ],
      },
      table,
    );
    expect(cellsOf(result, 'label')).toEqual(['spam', 'ham', null, 'ham', 'spam']);
    expect(cellsOf(result, 'text')).toEqual(cellsOf(table, 'text'));
    expect(result.schema).toEqual(table.schema);
    expect(fitted).toEqual({
      kind: 'label',
      column: 'label',
      assignments: [
        { row: 1, value: 'ham' },
        { row: 4, value: 'spam' },
      ],
      fitted: {},
    });
  });

  it('a new label extends the dictionary after the existing ones', () => {
    const { result } = runRecipeStep(
      { kind: 'label', column: 'label', assignments: [{ row: 2, value: ' promo ' }] },
      table,
    );
    const column = result.table.columns[2]!;
    expect(column.kind === 'coded' && column.dictionary).toEqual(['spam', 'ham', 'promo']);
    expect(cellsOf(result, 'label')[2]).toBe('promo');
    const before = table.table.columns[2]!;
    expect(before.kind === 'coded' && before.dictionary).toEqual(['spam', 'ham']);
  });

  it('label of a column that does not exist adds it as a category target column', () => {
    const { result } = runRecipeStep(
      { kind: 'label', column: 'topic', assignments: [{ row: 0, value: 'money' }] },
      table,
    );
    expect(result.table.names).toEqual(['text', 'size', 'label', 'topic']);
    expect(result.schema.columns.at(-1)).toEqual({
      name: 'topic',
      type: 'category',
      role: 'target',
    });
    expect(cellsOf(result, 'topic')).toEqual(['money', null, null, null, null]);
  });

  it('label of a number column parses the values and refuses text', () => {
    const { result } = runRecipeStep(
      { kind: 'label', column: 'size', assignments: [{ row: 2, value: '30' }] },
      table,
    );
    expect(cellsOf(result, 'size')).toEqual([10, 20, 30, 40, 50]);
    expect(() =>
      runRecipeStep(
        { kind: 'label', column: 'size', assignments: [{ row: 2, value: 'big' }] },
        table,
      ),
    ).toThrow(expect.objectContaining({ code: 'INVALID_ARGUMENT', column: 'size' }));
  });

  it('label rejects rows out of range, repeated rows and empty values', () => {
    const bad = [
      [{ row: 5, value: 'ham' }],
      [{ row: -1, value: 'ham' }],
      [{ row: 1.5, value: 'ham' }],
      [
        { row: 1, value: 'ham' },
        { row: 1, value: 'spam' },
      ],
      [{ row: 1, value: '  ' }],
      [],
    ];
    for (const assignments of bad) {
      expect(() => fitRecipeStep({ kind: 'label', column: 'label', assignments }, table)).toThrow(
        expect.objectContaining({ code: 'INVALID_ARGUMENT' }),
      );
    }
  });
});
