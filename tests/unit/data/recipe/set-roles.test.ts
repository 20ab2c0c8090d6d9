import { describe, expect, it } from 'vitest';
import { recipeStepKinds, runRecipeStep } from '../../../../src/lifecycle/data/recipe';
import type { RecipeStep } from '../../../../src/lifecycle/data/recipe';
import { makeTable } from './helpers';

const table = makeTable({
  code: [10, 20, 30],
  label: ['a', 'b', 'a'],
  size: [1.5, 2, 3],
});

function withTarget(name: string) {
  return {
    ...table,
    schema: {
      ...table.schema,
      columns: table.schema.columns.map((column) =>
        column.name === name ? { ...column, role: 'target' as const } : column,
      ),
    },
  };
}

describe('set-roles step', () => {
  it('is a recipe step kind', () => {
    expect(recipeStepKinds).toContain('set-roles');
  });

  it('changes the named columns’ roles and nothing else', () => {
    const { fitted, result } = runRecipeStep(
      { kind: 'set-roles', roles: { code: 'id', label: 'target' } },
      table,
    );
    expect(fitted).toEqual({
      kind: 'set-roles',
      roles: { code: 'id', label: 'target' },
      fitted: {},
    });
    expect(result.schema.columns.map((c) => [c.name, c.type, c.role])).toEqual([
      ['code', 'number', 'id'],
      ['label', 'category', 'target'],
      ['size', 'number', 'feature'],
    ]);
    expect(result.table.columns).toEqual(table.table.columns);
    expect(result.warnings).toEqual([]);
  });

  it('moves the target when the old target is changed in the same step', () => {
    const { result } = runRecipeStep(
      { kind: 'set-roles', roles: { label: 'feature', size: 'target' } },
      withTarget('label'),
    );
    expect(result.schema.columns.map((c) => c.role)).toEqual(['feature', 'feature', 'target']);
  });

  it('refuses a second target', () => {
    expect(() =>
      runRecipeStep({ kind: 'set-roles', roles: { size: 'target' } }, withTarget('label')),
    ).toThrow(expect.objectContaining({ code: 'INVALID_ARGUMENT' }));
    expect(() =>
      runRecipeStep({ kind: 'set-roles', roles: { size: 'target', code: 'target' } }, table),
    ).toThrow(expect.objectContaining({ code: 'INVALID_ARGUMENT' }));
  });

  it('an unknown column is SCHEMA_MISMATCH naming it', () => {
    expect(() => runRecipeStep({ kind: 'set-roles', roles: { nope: 'id' } }, table)).toThrow(
      expect.objectContaining({ code: 'SCHEMA_MISMATCH', column: 'nope' }),
    );
  });

  it('refuses an unknown role and an empty mapping', () => {
    const bad = { kind: 'set-roles', roles: { code: 'boss' } } as unknown as RecipeStep;
    expect(() => runRecipeStep(bad, table)).toThrow(
      expect.objectContaining({ code: 'INVALID_ARGUMENT' }),
    );
    expect(() => runRecipeStep({ kind: 'set-roles', roles: {} }, table)).toThrow(
      expect.objectContaining({ code: 'INVALID_ARGUMENT' }),
    );
  });
});
