import { describe, expect, it, vi } from 'vitest';
import type { DataImportResult, DatasetVersionInfo, VersionRows } from '../../../src/api/types';
import { LabError } from '../../../src/shared/lab-error';
import { DataImport } from '../../../src/state/data-import.svelte';
import { DataRowPages, rowPageSize } from '../../../src/state/data-rows.svelte';
import { DataVersions } from '../../../src/state/data-versions.svelte';

const version = (id: string, addedAt: number): DatasetVersionInfo => ({
  id,
  parents: [],
  step: { kind: 'import' } as DatasetVersionInfo['step'],
  schema: { columns: [], missingTokens: [] },
  rows: 1,
  bytes: 8,
  createdAt: addedAt,
  addedAt,
});

const report = (versionId: string): DataImportResult =>
  ({ versionId, rows: 3, storedNew: true, addedToProject: true, warnings: [] }) as never;

describe('DataVersions', () => {
  it('lists versions newest first and selects the newest', async () => {
    const versions = new DataVersions({
      versions: async () => [version('a', 1), version('b', 2)],
    });
    await versions.load('p');
    expect(versions.items.map((v) => v.id)).toEqual(['b', 'a']);
    expect(versions.selected?.id).toBe('b');
  });

  it('selects a just-imported version even when another load finishes last', async () => {
    let list = [version('a', 1)];
    const versions = new DataVersions({ versions: async () => list });
    await versions.load('p');
    versions.select('a');
    list = [version('a', 1), version('b', 2)];
    const imported = versions.load('p', 'b');
    const changed = versions.load('p');
    await Promise.all([imported, changed]);
    expect(versions.selectedId).toBe('b');
  });

  it('keeps the error of a failed load', async () => {
    const versions = new DataVersions({
      versions: async () => {
        throw new LabError('STORAGE_ERROR', 'disk');
      },
    });
    await versions.load('p');
    expect(versions.status).toBe('error');
    expect(versions.error?.code).toBe('STORAGE_ERROR');
  });
});

describe('DataImport', () => {
  it('passes only the chosen options and reports the result', async () => {
    const importFile = vi.fn(async () => report('v1'));
    const importer = new DataImport({ importFile, importUrl: vi.fn(), importSample: vi.fn() });
    importer.choices.encoding = 'euc-kr';
    const file = new File(['a\n1\n'], 'a.csv');
    expect(await importer.importFile('p', file)).toMatchObject({ versionId: 'v1' });
    expect(importer.status).toBe('done');
    const options = (importFile.mock.calls[0] as unknown[])[2] as Record<string, unknown>;
    expect(options.encoding).toBe('euc-kr');
    expect(options).not.toHaveProperty('format');
    expect(options).not.toHaveProperty('delimiter');
    expect(options.signal).toBeInstanceOf(AbortSignal);
  });

  it('a cancel aborts the signal and ends as cancelled, not failed', async () => {
    const importFile = vi.fn(
      (_p: string, _f: Blob, options?: { signal?: AbortSignal }) =>
        new Promise<DataImportResult>((_resolve, reject) => {
          options?.signal?.addEventListener('abort', () =>
            reject(new LabError('CANCELLED', 'Cancelled.')),
          );
        }),
    );
    const importer = new DataImport({ importFile, importUrl: vi.fn(), importSample: vi.fn() });
    const running = importer.importFile('p', new File(['x'], 'big.csv'));
    expect(importer.running).toBe(true);
    importer.cancel();
    expect(await running).toBeNull();
    expect(importer.status).toBe('cancelled');
    expect(importer.error).toBeNull();
  });

  it('a failure keeps the LabError with its file, row and column', async () => {
    const importFile = vi.fn(async () => {
      throw new LabError('PARSE_ERROR', 'bad', { file: 'e.csv', row: 2, column: 'x' });
    });
    const importer = new DataImport({ importFile, importUrl: vi.fn(), importSample: vi.fn() });
    await importer.importFile('p', new File([''], 'e.csv'));
    expect(importer.status).toBe('failed');
    expect(importer.error).toMatchObject({ file: 'e.csv', row: 2, column: 'x' });
    expect(importer.subject?.label).toBe('e.csv');
  });
});

describe('DataRowPages', () => {
  it('fetches each page once and serves rows from the cache', async () => {
    const rows = vi.fn(
      async (versionId: string, window?: { offset?: number; limit?: number }) =>
        ({
          versionId,
          columns: ['n'],
          offset: window?.offset ?? 0,
          total: 1000,
          rows: Array.from({ length: window?.limit ?? 0 }, (_, i) => [(window?.offset ?? 0) + i]),
        }) satisfies VersionRows,
    );
    const pages = new DataRowPages({ rows });
    pages.open('v');
    expect(pages.slice(rowPageSize - 2, 4)).toEqual([null, null, null, null]);
    expect(rows).toHaveBeenCalledTimes(2);
    await vi.waitFor(() => expect(pages.slice(rowPageSize - 2, 4)[3]).toEqual([rowPageSize + 1]));
    expect(pages.slice(rowPageSize - 2, 4)).toEqual([
      [rowPageSize - 2],
      [rowPageSize - 1],
      [rowPageSize],
      [rowPageSize + 1],
    ]);
    expect(rows).toHaveBeenCalledTimes(2);
  });
});
