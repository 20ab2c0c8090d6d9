import 'fake-indexeddb/auto';
import { afterAll, beforeEach, describe, expect, it } from 'vitest';
import { computeFeatureImportance } from '../../src/lifecycle/data/importance';
import type { ColumnTable } from '../../src/lifecycle/data/types';
import { createProjectsRepo, openLabStore, type LabStore } from '../../src/storage';
import { makeProject, wrapDataApiOverChannel } from './data-fixtures';
import { dataApi } from '../../workers/data.api';
import { computeScatterRows } from '../../workers/data/scatter-sample';

let dbName = '';
let store: LabStore;
beforeEach(async () => {
  dbName = `lab-importance-test-${crypto.randomUUID()}`;
  store = await openLabStore({ name: dbName });
  await createProjectsRepo(store).create(makeProject('p1', { name: 'Importance test' }));
  return () => store.close();
});
afterAll(() => dataApi.closeDataStores());

const rowCount = 120;
const groups = ['a', 'b', 'c'];

/** An id, a feature tied to the class, a noise feature, a category and the class. */
function makeTable(): ColumnTable {
  const id = new Float64Array(rowCount);
  const signal = new Float64Array(rowCount);
  const noise = new Float64Array(rowCount);
  const colour = new Int32Array(rowCount);
  const label = new Int32Array(rowCount);
  for (let i = 0; i < rowCount; i++) {
    id[i] = i;
    label[i] = i % 3;
    signal[i] = (i % 3) * 10 + ((i * 7) % 5) / 2;
    noise[i] = (i * 37) % 11;
    colour[i] = (i * 5) % 2;
  }
  signal[4] = Number.NaN;
  return {
    rowCount,
    names: ['id', 'signal', 'noise', 'colour', 'label'],
    columns: [
      { kind: 'numeric', values: id },
      { kind: 'numeric', values: signal },
      { kind: 'numeric', values: noise },
      { kind: 'coded', codes: colour, dictionary: ['red', 'blue'] },
      { kind: 'coded', codes: label, dictionary: groups },
    ],
  };
}

function toCsv(table: ColumnTable): string {
  const lines = [table.names.join(',')];
  for (let row = 0; row < table.rowCount; row++) {
    const cells = table.columns.map((column) => {
      if (column.kind === 'coded') return column.dictionary[column.codes[row]!] ?? '';
      const value = column.values[row]!;
      return Number.isNaN(value) ? '' : String(value);
    });
    lines.push(cells.join(','));
  }
  return lines.join('\n');
}

async function importTable(table: ColumnTable): Promise<string> {
  const report = await dataApi.importTable({
    dbName,
    projectId: 'p1',
    source: { kind: 'blob', blob: new Blob([toCsv(table)]), name: 'small.csv' },
    origin: { kind: 'file', ref: 'small.csv' },
    roles: { id: 'id', label: 'target' },
    chunkRows: 32,
  });
  return report.versionId;
}

describe('data worker importance', () => {
  it('rankVersionFeatures of a stored table matches computeFeatureImportance on the same table, without the id column', async () => {
    const table = makeTable();
    const versionId = await importTable(table);
    const result = await dataApi.rankVersionFeatures({ dbName, versionId, target: 'label' });
    const expected = computeFeatureImportance(table, 'label', { seed: 0, exclude: ['id'] });
    expect(result.excluded).toEqual(['id']);
    expect(result.target).toBe('label');
    expect(result.features.map((f) => f.name)).toEqual(expected.map((f) => f.name));
    result.features.forEach((feature, i) => {
      const reference = expected[i]!;
      expect(feature.mutualInformation).toBeCloseTo(reference.mutualInformation, 12);
      expect(feature.test.test).toBe(reference.test.test);
      expect(feature.test.statistic).toBeCloseTo(reference.test.statistic, 9);
      expect(feature.test.pValue).toBeCloseTo(reference.test.pValue, 12);
      expect(feature.test.n).toBe(reference.test.n);
    });
    expect(result.features[0]?.name).toBe('signal');
    expect(result.features[0]?.test).toMatchObject({ test: 'anova-f', n: rowCount - 1 });
  });

  it('rankVersionFeatures of an unknown target rejects with NOT_FOUND', async () => {
    const versionId = await importTable(makeTable());
    await expect(
      dataApi.rankVersionFeatures({ dbName, versionId, target: 'nope' }),
    ).rejects.toMatchObject({ code: 'NOT_FOUND' });
  });

  it('sampleVersionPoints through Comlink returns complete rows coloured by the target', async () => {
    const versionId = await importTable(makeTable());
    const { remote, close } = wrapDataApiOverChannel();
    const all = await remote.sampleVersionPoints({
      dbName,
      versionId,
      x: 'signal',
      y: 'noise',
      color: 'label',
    });
    expect(all.complete).toBe(rowCount - 1);
    expect(all.rows).not.toContain(4);
    expect(all.colors[0]).toBe('a');
    expect(all.colorKind).toBe('coded');
    const few = await remote.sampleVersionPoints({
      dbName,
      versionId,
      x: 'signal',
      y: 'noise',
      maxPoints: 10,
      seed: 3,
    });
    expect(few.rows).toHaveLength(10);
    expect(few.complete).toBe(rowCount - 1);
    expect(few.xs[0]).toBe(all.xs[all.rows.indexOf(few.rows[0]!)]);
    await expect(
      remote.sampleVersionPoints({ dbName, versionId, x: 'label', y: 'noise' }),
    ).rejects.toMatchObject({ message: expect.stringContaining('not numeric') });
    close();
  });
});

describe('computeScatterRows', () => {
  it('of the same seed gives the same ascending sample', () => {
    const xs = Float64Array.from({ length: 100 }, (_, i) => i);
    const ys = Float64Array.from({ length: 100 }, (_, i) => (i % 10 === 0 ? Number.NaN : i));
    const first = computeScatterRows(xs, ys, 20, 7);
    expect(first.complete).toBe(90);
    expect(first.rows).toHaveLength(20);
    expect(first.rows).toEqual([...first.rows].sort((a, b) => a - b));
    expect(first.rows.every((row) => row % 10 !== 0)).toBe(true);
    expect(computeScatterRows(xs, ys, 20, 7)).toEqual(first);
  });
});
