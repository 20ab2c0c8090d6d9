import { describe, expect, it, vi } from 'vitest';
import type { DatasetVersionInfo, RecipeApplyReport, RecipePreview } from '../../../src/api/types';
import { LabError } from '../../../src/shared/lab-error';
import { RecipeState } from '../../../src/state/recipe.svelte';

const version = (id: string): DatasetVersionInfo => ({
  id,
  parents: [],
  step: { kind: 'import' } as DatasetVersionInfo['step'],
  schema: {
    columns: [
      { name: 'Species', type: 'category', role: 'target' },
      { name: 'mass', type: 'number', role: 'feature' },
    ],
    missingTokens: [],
  },
  rows: 3,
  bytes: 8,
  createdAt: 1,
});

const report = (versionId: string): RecipeApplyReport =>
  ({ versionId, parents: ['v1'], rows: 3, storedNew: true, warnings: [] }) as never;

function fakeData() {
  return {
    preview: vi.fn(async () => ({ versionId: 'v1' }) as RecipePreview),
    apply: vi.fn(async () => report('v2')),
    split: vi.fn(async () => report('v3')),
  };
}

describe('RecipeState', () => {
  it('runPreview sends the drafted step of the current version as plain data', async () => {
    const data = fakeData();
    const recipe = new RecipeState(data);
    recipe.useVersion(version('v1'), 'Species');
    recipe.chooseKind('impute');
    recipe.draft.columns.push('mass');
    await recipe.runPreview();
    expect(data.preview).toHaveBeenCalledWith('v1', {
      kind: 'impute',
      columns: ['mass'],
      strategy: 'mean',
    });
    expect(recipe.status).toBe('previewed');
    expect(recipe.preview?.versionId).toBe('v1');
  });

  it('runApply of a split calls lab.data.split and keeps the report for the new version', async () => {
    const data = fakeData();
    const recipe = new RecipeState(data);
    recipe.useVersion(version('v1'), 'Species');
    recipe.chooseKind('split');
    recipe.draft.numbers.seed = 7;
    expect(await recipe.runApply()).toBe('v3');
    expect(data.split).toHaveBeenCalledWith('v1', {
      kind: 'stratified',
      ratios: { train: 0.7, validation: 0.15, test: 0.15 },
      seed: 7,
      column: 'Species',
    });
    recipe.useVersion(version('v3'), 'Species');
    expect(recipe.status).toBe('applied');
    expect(recipe.applied?.versionId).toBe('v3');
    expect(recipe.draft.kind).toBe('split');
  });

  it('a failed apply keeps the LabError with its column and resolves null', async () => {
    const data = fakeData();
    data.apply.mockRejectedValueOnce(
      new LabError('SCHEMA_MISMATCH', 'mass is not a number', { column: 'mass' }),
    );
    const recipe = new RecipeState(data);
    recipe.useVersion(version('v1'), null);
    recipe.chooseKind('scale');
    recipe.draft.columns.push('mass');
    expect(await recipe.runApply()).toBeNull();
    expect(recipe.status).toBe('failed');
    expect(recipe.error?.column).toBe('mass');
    recipe.clearResult();
    expect(recipe.error).toBeNull();
    expect(recipe.status).toBe('idle');
  });

  it('another version drops an old preview and the report of an apply that did not make it', async () => {
    const data = fakeData();
    const recipe = new RecipeState(data);
    recipe.useVersion(version('v1'), null);
    recipe.chooseKind('drop-columns');
    recipe.draft.columns.push('mass');
    await recipe.runApply();
    await recipe.runPreview();
    recipe.useVersion(version('v9'), null);
    expect(recipe.preview).toBeNull();
    expect(recipe.applied).toBeNull();
    expect(recipe.draft.columns).toEqual([]);
  });
});
