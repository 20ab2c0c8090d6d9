import { describe, expect, it } from 'vitest';
import { parseExpression, runRecipeStep } from '../../../../src/lifecycle/data/recipe';
import { cellsOf, makeTable } from './helpers';

const table = makeTable({
  'bill length': [40, 50, null, 30],
  depth: [20, 0, 10, 15],
  colour: ['a', 'b', 'a', 'b'],
});

describe('derived columns and the expression parser', () => {
  it('derive computes arithmetic over columns with precedence, unary minus and parentheses', () => {
    const { result } = runRecipeStep(
      { kind: 'derive', name: 'ratio', expression: '-(`bill length` + 10) / [depth] * 2 - 1.5e0' },
      table,
    );
    expect(result.table.names.at(-1)).toBe('ratio');
    expect(result.schema.columns.at(-1)).toEqual({
      name: 'ratio',
      type: 'number',
      role: 'feature',
    });
    expect(cellsOf(result, 'ratio')).toEqual([-6.5, null, null, (-40 / 15) * 2 - 1.5]);
    expect(result.warnings).toEqual([expect.objectContaining({ code: 'non-finite', count: 1 })]);
  });

  it('parseExpression builds an AST and never evaluates text', () => {
    expect(parseExpression('1 + [a] * 2')).toEqual({
      kind: 'binary',
      op: '+',
      left: { kind: 'number', value: 1 },
      right: {
        kind: 'binary',
        op: '*',
        left: { kind: 'column', name: 'a' },
        right: { kind: 'number', value: 2 },
      },
    });
  });

  const rejected = [
    'constructor',
    '__proto__',
    'Math.max(1, 2)',
    'alert(1)',
    '[a](1)',
    '`a`.length',
    "'text'",
    '1 +',
    '(1 + 2',
    '1 2',
    '2 ** 3',
    '[a] % 2',
    'this',
    '',
  ];
  for (const text of rejected) {
    it(`parseExpression rejects ${JSON.stringify(text)} with INVALID_ARGUMENT`, () => {
      expect(() => parseExpression(text)).toThrow(
        expect.objectContaining({ code: 'INVALID_ARGUMENT' }),
      );
    });
  }

  it('the error says what is allowed and where', () => {
    expect(() => parseExpression('2 * constructor')).toThrow(
      /"constructor" is not allowed.*position 5/,
    );
  });

  it('a column reference to a missing or text column is SCHEMA_MISMATCH naming it', () => {
    for (const [expression, column] of [
      ['`constructor` + 1', 'constructor'],
      ['[__proto__]', '__proto__'],
      ['[colour] * 2', 'colour'],
    ]) {
      expect(() =>
        runRecipeStep({ kind: 'derive', name: 'x', expression: expression! }, table),
      ).toThrow(expect.objectContaining({ code: 'SCHEMA_MISMATCH', column }));
    }
  });

  it('derive refuses an existing column name', () => {
    expect(() => runRecipeStep({ kind: 'derive', name: 'depth', expression: '1' }, table)).toThrow(
      expect.objectContaining({ code: 'INVALID_ARGUMENT', column: 'depth' }),
    );
  });
});
