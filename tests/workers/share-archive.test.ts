import 'fake-indexeddb/auto';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeEach, describe, expect, it } from 'vitest';
import { computeArchive } from '../../src/lifecycle/share/archive-write';
import { readArchive } from '../../src/lifecycle/share/archive-read';
import { LabError } from '../../src/shared/lab-error';
import { createProjectsRepo, openLabStore, type LabStore } from '../../src/storage';
import { dataApi } from '../../workers/data.api';
import { exportArchive } from '../../workers/data/share-export';
import { importArchive } from '../../workers/data/share-import';
import { computeSha256 } from '../../workers/data/version-digest';
import { makeEvaluation, makeRun } from '../storage/rows';
import { makeProject } from './data-fixtures';
import { encodePackage } from '../../src/lifecycle/deploy/package-codec';
import { manifestOf } from '../unit/deploy/fixtures';

const fixtures = join(__dirname, '..', 'fixtures', 'share');
const csv = [
  'id,value,group,when,flag',
  '1,0.1,a,2024-01-02T03:04:05.678Z,true',
  '2,,b,2024-02-29,false',
  '3,-0,한글,,true',
  '4,3.141592653589793,,2020-06-01T12:00:00Z,',
  '5,-1e-7,a,2021-01-01,false',
].join('\n');

let stores: LabStore[] = [];
async function open(): Promise<{ store: LabStore; dbName: string }> {
  const dbName = `lab-share-${crypto.randomUUID()}`;
  const store = await openLabStore({ name: dbName });
  stores.push(store);
  return { store, dbName };
}
beforeEach(() => {
  return () => {
    for (const store of stores) store.close();
    stores = [];
  };
});
afterAll(() => dataApi.closeDataStores());

/** Every table's rows, in key order: what "byte-for-byte unchanged" compares. */
async function dump(store: LabStore): Promise<Record<string, unknown[]>> {
  const out: Record<string, unknown[]> = {};
  for (const table of store.db.tables) out[table.name] = await table.toArray();
  return out;
}

/** A project with an imported version, a derived one, a run, its weights, a model and a package. */
async function fillProject(store: LabStore, dbName: string, projectId: string, name: string) {
  await createProjectsRepo(store).create(makeProject(projectId, { name }));
  const imported = await dataApi.importTable({
    dbName,
    projectId,
    source: { kind: 'blob', blob: new Blob([csv]), name: 'data.csv' },
    origin: { kind: 'file', ref: 'data.csv' },
  });
  const derived = await dataApi.applyStep({
    dbName,
    versionId: imported.versionId,
    step: { kind: 'impute', columns: ['value'], strategy: 'mean' },
  });
  const run = { ...makeRun(`r-${projectId}`, projectId), versionId: derived.versionId };
  const { epochs: _epochs, ...runRow } = run;
  await store.db.runs.add({ ...runRow, config: { ...run.config, versionId: derived.versionId } });
  await store.db.runEpochs.add({
    runId: run.id,
    projectId,
    epoch: 1,
    record: {
      epoch: 1,
      metrics: { loss: 0.62, accuracy: Number.NaN },
      ms: 10,
      samplesPerSecond: 100,
    },
  });
  const weights = new Float32Array([0.5, -1.25, Number.NaN, 3]).buffer;
  await store.db.checkpoints.add({
    id: `${run.id}:final`,
    runId: run.id,
    projectId,
    slot: 'final',
    epoch: 1,
    topology: { class_name: 'Sequential' },
    weightSpecs: [{ name: 'w', shape: [4], dtype: 'float32' }],
    weights,
    digest: await computeSha256(new Uint8Array(weights)),
    optimizer: { specs: [], data: new Uint8Array([1, 2, 3]).buffer },
    loop: { best: -0 },
    createdAt: 2,
  });
  await store.db.evaluations.add(makeEvaluation(run.id, projectId));
  const weightsOfModel = Float32Array.from({ length: 6 }, (_, i) => i / 7).buffer;
  const bytes = new Uint8Array(encodePackage(manifestOf(24), weightsOfModel));
  const packageId = await computeSha256(bytes);
  await store.db.models.add({
    id: `m-${projectId}`,
    projectId,
    name: 'churn',
    version: 1,
    runId: run.id,
    aliases: ['champion'],
    archived: false,
    packageId,
    createdAt: 3,
  });
  await store.db.packages.add({
    id: packageId,
    projectId,
    modelVersionId: `m-${projectId}`,
    manifest: {} as never,
    bytes: bytes.buffer,
    createdAt: 4,
  });
  return { versionId: derived.versionId, parentId: imported.versionId, runId: run.id, packageId };
}

function archiveFile(bytes: Uint8Array): Blob {
  return new Blob([bytes as BlobPart]);
}

describe('a project exported and imported as one archive', () => {
  it('comes back in a fresh database with the same ids, rows, weights and dataset contents', async () => {
    const a = await open();
    const made = await fillProject(a.store, a.dbName, 'p1', 'Churn');
    const bytes = await exportArchive(a.store, { selection: { projectId: 'p1' }, app: '0.1.0' });
    const before = await dump(a.store);
    const b = await open();
    const summary = await importArchive(b.store, { bytes, file: 'churn.lablab' });
    expect(summary).toMatchObject({ projectId: 'p1', name: 'Churn', renamedFrom: null });
    expect(summary.added).toMatchObject({
      datasetVersions: 2,
      runs: 1,
      checkpoints: 1,
      packages: 1,
    });
    const after = await dump(b.store);
    for (const table of [
      'projects',
      'datasets',
      'datasetVersions',
      'versionRefs',
      'runs',
      'runEpochs',
      'checkpoints',
      'evaluations',
      'models',
      'packages',
      'planHistory',
      'columnChunks',
    ]) {
      expect(after[table], table).toEqual(before[table]);
    }
    const versions = await b.store.db.datasetVersions.toArray();
    expect(versions.map((v) => v.id).sort()).toEqual([made.parentId, made.versionId].sort());
    const rows = await dataApi.readVersionRows({
      dbName: b.dbName,
      versionId: made.parentId,
      offset: 0,
      limit: 10,
    });
    const original = await dataApi.readVersionRows({
      dbName: a.dbName,
      versionId: made.parentId,
      offset: 0,
      limit: 10,
    });
    expect(rows).toEqual(original);
    const { manifest, files } = await readArchive(bytes);
    expect(manifest.lineage.nodes.map((n) => n.key)).toContain(`run:${made.runId}`);
    // The packaged model also in TensorFlow.js's layers format, for tools without the lab.
    expect([...files.keys()].filter((p) => p.startsWith('models/')).sort()).toEqual([
      'models/churn-v1/README.md',
      'models/churn-v1/group1-shard1of1.bin',
      'models/churn-v1/input-schema.json',
      'models/churn-v1/model.json',
      'models/churn-v1/preprocessing.json',
    ]);
  });

  it('adds nothing when the same archive is imported again', async () => {
    const a = await open();
    await fillProject(a.store, a.dbName, 'p1', 'Churn');
    const bytes = await exportArchive(a.store, { selection: { projectId: 'p1' }, app: '0.1.0' });
    const b = await open();
    await importArchive(b.store, { bytes, file: 'churn.lablab' });
    const once = await dump(b.store);
    const again = await importArchive(b.store, { bytes, file: 'churn.lablab' });
    expect(Object.values(again.added).every((n) => n === 0)).toBe(true);
    expect(await dump(b.store)).toEqual(once);
  });

  it('renames a project whose name another project has', async () => {
    const a = await open();
    await fillProject(a.store, a.dbName, 'p1', 'Churn');
    const bytes = await exportArchive(a.store, { selection: { projectId: 'p1' }, app: '0.1.0' });
    const b = await open();
    await createProjectsRepo(b.store).create(makeProject('other', { name: 'Churn' }));
    const summary = await importArchive(b.store, { bytes, file: 'churn.lablab' });
    expect(summary).toMatchObject({ name: 'Churn (2)', renamedFrom: 'Churn' });
    expect((await b.store.db.projects.get('p1'))?.name).toBe('Churn (2)');
  });

  it('exports a selection: a run with what it was made from, not the rest', async () => {
    const a = await open();
    const made = await fillProject(a.store, a.dbName, 'p1', 'Churn');
    const bytes = await exportArchive(a.store, {
      selection: { projectId: 'p1', items: [{ kind: 'run', id: made.runId }] },
      app: '0.1.0',
    });
    const b = await open();
    const summary = await importArchive(b.store, { bytes, file: 'run.lablab' });
    expect(summary.added).toMatchObject({ runs: 1, datasetVersions: 2, checkpoints: 1 });
    expect(summary.added.models ?? 0).toBe(0);
    expect(summary.added.packages ?? 0).toBe(0);
  });
});

describe('hostile archives', () => {
  const hostile = readdirSync(fixtures).filter(
    (f) => f.endsWith('.lablab') && f !== 'valid.lablab',
  );

  it.each(hostile)('%s is refused with its reason, and the database is unchanged', async (name) => {
    const { store, dbName } = await open();
    await fillProject(store, dbName, 'p1', 'Churn');
    const before = await dump(store);
    const bytes = new Uint8Array(readFileSync(join(fixtures, name)));
    const error = await importArchive(store, { bytes, file: name }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(LabError);
    expect((error as LabError).code).toBe('ARCHIVE_REJECTED');
    expect((error as LabError).file).toBe(name);
    expect(await dump(store)).toEqual(before);
  });

  /** The project's archive with one file replaced, its digests recomputed (so only content checks can catch it). */
  async function tampered(change: (files: Map<string, Uint8Array>) => void): Promise<Uint8Array> {
    const a = await open();
    await fillProject(a.store, a.dbName, 'p1', 'Churn');
    const bytes = await exportArchive(a.store, { selection: { projectId: 'p1' }, app: '0.1.0' });
    const { manifest, files } = await readArchive(bytes);
    change(files);
    const { entries: _entries, ...draft } = manifest;
    return computeArchive(files, draft);
  }
  const text = (bytes: Uint8Array) => new TextDecoder().decode(bytes);
  const json = (value: unknown) => new TextEncoder().encode(JSON.stringify(value));

  it.each([
    [
      'a dataset version whose rows were changed',
      (files: Map<string, Uint8Array>) => {
        const [path] = [...files.keys()].filter((p) => p.endsWith('.parquet'));
        const other = [...files.keys()].filter((p) => p.endsWith('.parquet'))[1]!;
        files.set(path!, files.get(other)!);
      },
      /does not hash to its id|is not a value of|does not fit/,
    ],
    [
      'a row of another project',
      (files: Map<string, Uint8Array>) => {
        const runs = JSON.parse(text(files.get('tables/runs.json')!)) as Record<string, unknown>[];
        files.set('tables/runs.json', json(runs.map((r) => ({ ...r, projectId: 'elsewhere' }))));
      },
      /tables\/runs\.json row 1 belongs to another project/,
    ],
    [
      'a package whose bytes were altered',
      (files: Map<string, Uint8Array>) => {
        const path = [...files.keys()].find((p) => p.startsWith('blobs/packages/'))!;
        files.set(path, new Uint8Array([9, 9, 9]));
      },
      /package [0-9a-f]{12} does not hash to its id/,
    ],
    [
      'a key of the wrong type',
      (files: Map<string, Uint8Array>) => {
        const runs = JSON.parse(text(files.get('tables/runs.json')!)) as Record<string, unknown>[];
        files.set('tables/runs.json', json(runs.map((r) => ({ ...r, id: 42 }))));
      },
      /tables\/runs\.json row 1: "id" must be text/,
    ],
    [
      'a reference to a file that is not there',
      (files: Map<string, Uint8Array>) => {
        const rows = JSON.parse(text(files.get('tables/checkpoints.json')!)) as Record<
          string,
          unknown
        >[];
        files.set(
          'tables/checkpoints.json',
          json(
            rows.map((r) => ({ ...r, weights: { $blob: 'blobs/none.bin', $type: 'ArrayBuffer' } })),
          ),
        );
      },
      /"blobs\/none\.bin" is referred to but missing/,
    ],
  ])('%s is refused and nothing is written', async (_name, change, message) => {
    const bytes = await tampered(change);
    const { store } = await open();
    const before = await dump(store);
    const error = await importArchive(store, { bytes, file: 'x.lablab' }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(LabError);
    expect((error as LabError).code).toBe('ARCHIVE_REJECTED');
    expect((error as LabError).message).toMatch(message);
    expect(await dump(store)).toEqual(before);
  });

  it('reads a Blob no bigger than the limit', async () => {
    const { readArchiveSource } = await import('../../workers/data/share-source');
    await expect(
      readArchiveSource(archiveFile(new Uint8Array(100)), 'big.lablab', 50),
    ).rejects.toThrow(/over 50 bytes/);
  });
});
