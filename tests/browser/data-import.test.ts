// eslint-disable-next-line @typescript-eslint/triple-slash-reference -- createLab reads build-time globals that src/env.d.ts declares (tsconfig.node.json does not include it)
/// <reference path="../../src/env.d.ts" />
import { afterEach, describe, expect, it } from 'vitest';
import { createLab, type LabHandle } from '../../src/api/create-lab';
import type { DataImportProgress } from '../../src/api/types';
import type { LabError } from '../../src/shared/lab-error';

const handles: LabHandle[] = [];
afterEach(() => handles.splice(0).forEach((handle) => handle.close()));

async function openLab(failures: LabError[] = []): Promise<LabHandle> {
  const handle = await createLab({
    getLocale: () => 'en',
    notify: (error) => failures.push(error),
    dbName: `lab-browser-data-${crypto.randomUUID()}`,
    expose: false,
    samplesUrl: new URL('/samples/', location.origin).href,
  });
  handles.push(handle);
  return handle;
}

function makeCsv(rows: number): string {
  const lines = ['id,amount,city,when'];
  const cities = ['Seoul', 'Busan', '<img src=x onerror=alert(1)>'];
  for (let i = 0; i < rows; i++) {
    lines.push(
      `${i},${(i % 97) * 1.25},${cities[i % 3]},2024-01-${String((i % 28) + 1).padStart(2, '0')}`,
    );
  }
  return lines.join('\n');
}

describe('lab.data in a real browser', () => {
  it('importFile of a generated CSV goes through the data worker into IndexedDB and reads back', async () => {
    const { lab } = await openLab();
    const project = await lab.projects.create({ name: 'Browser import' });
    const file = new File([makeCsv(150_000)], 'generated.csv', { type: 'text/csv' });
    const progress: DataImportProgress[] = [];
    const result = await lab.data.importFile(project.id, file, {}, (p) => progress.push(p));
    expect(result).toMatchObject({ rows: 150_000, storedNew: true, format: 'csv' });
    expect(result.versionId).toMatch(/^[0-9a-f]{64}$/);
    expect(progress.some((p) => p.phase === 'write')).toBe(true);
    expect(progress.at(-1)).toMatchObject({ phase: 'done', rows: 150_000 });

    const versions = await lab.data.versions(project.id);
    expect(versions.map((v) => [v.id, v.rows, v.dataset?.name])).toEqual([
      [result.versionId, 150_000, 'generated.csv'],
    ]);
    const window = await lab.data.rows(result.versionId, { offset: 65_535, limit: 3 });
    expect(window.columns).toEqual(['id', 'amount', 'city', 'when']);
    expect(window.rows.map((row) => row.slice(0, 3))).toEqual([
      [65_535, (65_535 % 97) * 1.25, 'Seoul'],
      [65_536, (65_536 % 97) * 1.25, 'Busan'],
      [65_537, (65_537 % 97) * 1.25, '<img src=x onerror=alert(1)>'],
    ]);

    const again = await lab.data.importFile(project.id, file);
    expect(again).toMatchObject({ versionId: result.versionId, storedNew: false });
    expect(await lab.data.versions(project.id)).toHaveLength(1);
  });

  it('an import aborted half-way rejects CANCELLED and leaves no version', async () => {
    const { lab } = await openLab();
    const project = await lab.projects.create({ name: 'Cancelled import' });
    const controller = new AbortController();
    const file = new File([makeCsv(400_000)], 'big.csv', { type: 'text/csv' });
    const run = lab.data.importFile(project.id, file, { signal: controller.signal }, (p) => {
      if (p.done > 0) controller.abort();
    });
    await expect(run).rejects.toMatchObject({ code: 'CANCELLED' });
    await new Promise((resolve) => setTimeout(resolve, 1500));
    expect(await lab.data.versions(project.id)).toEqual([]);
  });

  it('importUrl fetches a CSV in the data worker, and a missing URL is refused with nothing stored', async () => {
    const { lab } = await openLab();
    const project = await lab.projects.create({ name: 'From a URL' });
    const url = new URL('/samples/seattle-weather.csv', location.origin).href;
    const result = await lab.data.importUrl(project.id, url);
    expect(result.rows).toBe(1461);
    const version = await lab.data.version(result.versionId);
    expect(version.schema.columns.map((c) => c.name)).toEqual([
      'date',
      'precipitation',
      'temp_max',
      'temp_min',
      'wind',
      'weather',
    ]);
    const missing = new URL('/samples/no-such-file.csv', location.origin).href;
    const error = await lab.data.importUrl(project.id, missing).catch((e: unknown) => e);
    expect(error).toMatchObject({ code: expect.any(String) });
    expect((error as Error).message).toContain('no-such-file.csv');
    expect(await lab.data.versions(project.id)).toHaveLength(1);
  });

  it('importSample penguins gives 344 rows, the expected columns, Species as target, and a profile', async () => {
    const { lab } = await openLab();
    const samples = await lab.data.samples();
    expect(samples.map((s) => s.id)).toEqual(['penguins', 'cars', 'seattle-weather']);
    const project = await lab.projects.create({ name: 'Penguins' });
    const phases: string[] = [];
    const result = await lab.data.importSample(project.id, 'penguins', {
      onProgress: (p) => phases.push(p.phase),
    });
    expect(result.rows).toBe(344);
    expect(phases.length).toBeGreaterThan(0);
    const version = await lab.data.version(result.versionId);
    expect(version.schema.columns.map((c) => c.name)).toEqual([
      'Species',
      'Island',
      'Beak Length (mm)',
      'Beak Depth (mm)',
      'Flipper Length (mm)',
      'Body Mass (g)',
      'Sex',
    ]);
    expect(version.schema.columns.find((c) => c.name === 'Species')?.role).toBe('target');
    const profile = await lab.data.profile(result.versionId);
    const species = profile.columns.find((c) => c.name === 'Species')?.profile;
    expect(species).toMatchObject({ kind: 'coded', count: 344, unique: 3 });
    const mass = profile.columns.find((c) => c.name === 'Body Mass (g)')?.profile;
    expect(mass).toMatchObject({ kind: 'numeric', count: 342, missing: 2 });
  });
});
