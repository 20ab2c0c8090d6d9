import { describe, expect, it } from 'vitest';
import { computeFeatureImportance } from '../../../../src/lifecycle/data/importance';
import { importanceCases } from './importance-reference';

describe('feature importance', () => {
  const penguins = importanceCases.find((c) => c.label.startsWith('penguins'))!.table;

  it('ranks every other column against the target by mutual information, highest first', () => {
    const ranked = computeFeatureImportance(penguins, 'Species');
    expect(ranked.map((row) => row.name).sort()).toEqual(
      penguins.names.filter((name) => name !== 'Species').sort(),
    );
    const scores = ranked.map((row) => row.mutualInformation);
    expect(scores).toEqual([...scores].sort((a, b) => b - a));
    expect(ranked.find((row) => row.name === 'Island')!.test.test).toBe('chi-square');
    expect(ranked.find((row) => row.name === 'Body Mass (g)')!.test.test).toBe('anova-f');
  });

  it('skips excluded columns', () => {
    const ranked = computeFeatureImportance(penguins, 'Body Mass (g)', { exclude: ['Sex'] });
    expect(ranked.map((row) => row.name)).not.toContain('Sex');
    expect(ranked.find((row) => row.name === 'Flipper Length (mm)')!.test.test).toBe(
      'correlation-f',
    );
  });

  it('an unknown target is NOT_FOUND naming the column', () => {
    expect(() => computeFeatureImportance(penguins, 'Wingspan')).toThrow(
      expect.objectContaining({ code: 'NOT_FOUND', column: 'Wingspan' }),
    );
  });
});
