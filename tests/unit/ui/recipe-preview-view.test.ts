import { describe, expect, it } from 'vitest';
import type { FittedStep } from '../../../src/api/types';
import type { CodedProfile } from '../../../src/lifecycle/data/explore/types';
import type { DatasetSchema } from '../../../src/lifecycle/data/types';
import {
  listAffectedColumns,
  listFittedRows,
  listStatKeys,
  readStat,
} from '../../../src/ui/stages/data/recipe/preview-view';

const schemaOf = (...names: string[]): DatasetSchema => ({
  columns: names.map((name) => ({ name, type: 'number', role: 'feature' })),
  missingTokens: [],
});

describe('recipe preview view', () => {
  it('listAffectedColumns of an impute is the imputed column', () => {
    const before = schemaOf('a', 'b', 'c');
    const step = { kind: 'impute', columns: ['b'], strategy: 'mean' } as const;
    expect(listAffectedColumns(step, before, before)).toEqual(['b']);
  });

  it('listAffectedColumns of a one-hot encoding is the removed column then the added ones', () => {
    const step = { kind: 'encode', column: 'island', method: 'one-hot' } as const;
    expect(
      listAffectedColumns(step, schemaOf('x', 'island'), schemaOf('x', 'island=A', 'island=B')),
    ).toEqual(['island', 'island=A', 'island=B']);
  });

  it('listAffectedColumns of drop-duplicates on whole rows is empty', () => {
    const before = schemaOf('a');
    expect(listAffectedColumns({ kind: 'drop-duplicates' }, before, before)).toEqual([]);
  });

  it('listStatKeys adds the moments when a side is numeric', () => {
    const coded: CodedProfile = { kind: 'coded', count: 3, missing: 0, unique: 2, top: [] };
    expect(listStatKeys(coded, undefined)).toEqual(['count', 'missing', 'unique']);
    expect(readStat(coded, 'mean')).toBeNull();
    expect(readStat(undefined, 'count')).toBeNull();
    expect(readStat(coded, 'missing')).toBe(0);
  });

  it('listFittedRows of a scale step gives each column’s centre and scale', () => {
    const step: FittedStep = {
      kind: 'scale',
      columns: ['f'],
      method: 'standard',
      fitted: { scales: [{ column: 'f', center: 200.9, scale: 14.06 }] },
    };
    expect(listFittedRows(step)).toEqual([
      {
        subject: 'f',
        values: [
          { label: 'center', value: 200.9 },
          { label: 'scale', value: 14.06 },
        ],
      },
    ]);
  });

  it('listFittedRows of a split gives the counts; of a drop, nothing', () => {
    const split: FittedStep = {
      kind: 'split',
      method: 'random',
      ratios: { train: 0.5, test: 0.5 },
      seed: 1,
      fitted: { counts: { train: 2, validation: 0, test: 2 } },
    };
    expect(listFittedRows(split)[0]?.values.map((v) => v.value)).toEqual([2, 0, 2]);
    expect(listFittedRows({ kind: 'drop-columns', columns: ['a'], fitted: {} })).toEqual([]);
  });
});
