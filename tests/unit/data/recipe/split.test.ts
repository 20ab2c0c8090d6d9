import { describe, expect, it } from 'vitest';
import { runRecipeStep, type RecipeStep } from '../../../../src/lifecycle/data/recipe';
import { cellsOf, makeTable } from './helpers';

const classes = Array.from({ length: 200 }, (_, i) =>
  i % 10 < 7 ? 'common' : i % 10 < 9 ? 'rare' : 'tiny',
);
const table = makeTable(
  {
    label: classes,
    when: Array.from({ length: 200 }, (_, i) => ((i * 37) % 200) * 86_400_000),
  },
  { when: 'datetime' },
);
const ratios = { train: 0.6, validation: 0.2, test: 0.2 };

function parts(step: RecipeStep) {
  const { fitted, result } = runRecipeStep(step, table);
  return { fitted, split: cellsOf(result, 'split'), result };
}

describe('split', () => {
  it('stratified split keeps each class in the ratios in every part', () => {
    const { split, fitted } = parts({
      kind: 'split',
      method: 'stratified',
      ratios,
      seed: 7,
      column: 'label',
    });
    expect(fitted).toMatchObject({ fitted: { counts: { train: 120, validation: 40, test: 40 } } });
    for (const label of ['common', 'rare', 'tiny']) {
      const rows = split.filter((_, i) => classes[i] === label);
      const share = (part: string) => rows.filter((p) => p === part).length / rows.length;
      expect(share('train')).toBeCloseTo(0.6, 5);
      expect(share('validation')).toBeCloseTo(0.2, 5);
      expect(share('test')).toBeCloseTo(0.2, 5);
    }
  });

  it('the same seed gives the same split; another seed a different one', () => {
    const step = { kind: 'split', method: 'stratified', ratios, seed: 7, column: 'label' } as const;
    expect(parts(step).split).toEqual(parts(step).split);
    expect(parts({ ...step, seed: 8 }).split).not.toEqual(parts(step).split);
  });

  it('random split has the ratio sizes and adds a category column with role ignore', () => {
    const { split, result } = parts({
      kind: 'split',
      method: 'random',
      ratios: { train: 0.75, test: 0.25 },
      seed: 1,
    });
    expect(split.filter((p) => p === 'train')).toHaveLength(150);
    expect(split.filter((p) => p === 'test')).toHaveLength(50);
    expect(result.schema.columns.at(-1)).toEqual({
      name: 'split',
      type: 'category',
      role: 'ignore',
    });
  });

  it('time split puts the oldest rows in train and the newest in test', () => {
    const { split } = parts({ kind: 'split', method: 'time', ratios, seed: 0, column: 'when' });
    const day = (i: number) => (i * 37) % 200;
    const days = (part: string) => split.flatMap((p, i) => (p === part ? [day(i)] : []));
    expect(Math.max(...days('train'))).toBeLessThan(Math.min(...days('validation')));
    expect(Math.max(...days('validation'))).toBeLessThan(Math.min(...days('test')));
  });

  it('ratios that do not sum to 1, a missing column, or an existing split column are refused', () => {
    expect(() =>
      parts({ kind: 'split', method: 'random', ratios: { train: 0.6, test: 0.6 }, seed: 1 }),
    ).toThrow(expect.objectContaining({ code: 'INVALID_ARGUMENT' }));
    expect(() =>
      parts({ kind: 'split', method: 'stratified', ratios, seed: 1, column: 'nope' }),
    ).toThrow(expect.objectContaining({ code: 'SCHEMA_MISMATCH', column: 'nope' }));
    expect(() =>
      parts({ kind: 'split', method: 'random', ratios, seed: 1, name: 'label' }),
    ).toThrow(expect.objectContaining({ code: 'INVALID_ARGUMENT', column: 'label' }));
  });
});
