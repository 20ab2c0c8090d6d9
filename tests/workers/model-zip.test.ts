import 'fake-indexeddb/auto';
import { MessageChannel } from 'node:worker_threads';
import { expose, wrap } from 'comlink';
import nodeEndpoint from 'comlink/dist/esm/node-adapter';
import { unzipSync } from 'fflate';
import { afterAll, beforeEach, describe, expect, it } from 'vitest';
import { decodePackage } from '../../src/lifecycle/deploy/package-codec';
import { computeModelExport } from '../../src/lifecycle/share/model-export';
import {
  createDeployRepo,
  createProjectsRepo,
  openLabStore,
  type LabStore,
} from '../../src/storage';
import { dataApi } from '../../workers/data.api';
import { serveApi, type ServeApi } from '../../workers/serve.api';
import { trainApi } from '../../workers/train.api';
import { makeProject } from './data-fixtures';

let dbName = '';
let store: LabStore;

const csv = [
  'a,b,g,y',
  ...Array.from({ length: 80 }, (_, i) => {
    const a = (((i * 37) % 101) - 50) / 25;
    const b = (((i * 53) % 97) - 48) / 24;
    return `${a},${b},${['p', 'q', 'r'][i % 3]},${a - b > 0 ? 'yes' : 'no'}`;
  }),
].join('\n');

/** A trained run, registered as `churn` v1 and packaged by the serve worker: its package id. */
async function packagedVersion(): Promise<string> {
  const { versionId } = await dataApi.importTable({
    dbName,
    projectId: 'p1',
    source: { kind: 'blob', blob: new Blob([csv]), name: 'ab.csv' },
    origin: { kind: 'file', ref: 'ab.csv' },
  });
  const run = await trainApi.trainRun({
    dbName,
    runId: 'r1',
    backend: 'cpu',
    start: {
      config: {
        projectId: 'p1',
        versionId,
        task: 'classification',
        target: 'y',
        features: ['a', 'b', 'g'],
        split: { source: 'seeded', ratios: { train: 0.6, validation: 0.2, test: 0.2 }, seed: 1 },
        model: { family: 'mlp', hidden: [4], activation: 'tanh', dropout: 0, l2: 0 },
        hyper: {
          optimizer: 'adam',
          learningRate: 0.05,
          batchSize: 16,
          epochs: 3,
          earlyStopping: null,
          classWeights: 'none',
        },
        seed: 5,
      },
      name: 'r1',
      tags: [],
      parentRunId: null,
      app: 'test',
    },
  });
  const version = {
    id: 'mv1',
    projectId: 'p1',
    name: 'churn',
    version: 1,
    runId: run.id,
    aliases: [],
    archived: false,
    packageId: null,
    createdAt: 1,
  };
  const event = { id: 'e1', projectId: 'p1', name: 'churn', modelVersionId: 'mv1' };
  await createDeployRepo(store).saveVersions(
    [version],
    [{ ...event, kind: 'register', alias: null, note: '', at: 1 }],
  );
  const pkg = await serveApi.packageModel({ dbName, modelVersionId: 'mv1', modelCardHtml: null });
  return pkg.id;
}

beforeEach(async () => {
  dbName = `lab-model-zip-${crypto.randomUUID()}`;
  store = await openLabStore({ name: dbName });
  await createProjectsRepo(store).create(makeProject('p1'));
  return () => store.close();
});
afterAll(() => dataApi.closeDataStores());

describe('exportModelZip in the serve worker', () => {
  it('zips exactly the files computeModelExport makes from the stored package', async () => {
    const packageId = await packagedVersion();
    const zipped = await serveApi.exportModelZip({ dbName, packageId, locale: 'en' });
    const unzipped = unzipSync(zipped);
    const row = await createDeployRepo(store).packageRow(packageId);
    const { manifest, weights } = decodePackage(row.bytes);
    const expected = computeModelExport(manifest, weights, { locale: 'en' });
    expect(Object.keys(unzipped).sort()).toEqual(
      ['README.md', 'group1-shard1of1.bin', 'input-schema.json', 'model.json', 'preprocessing.json']
        .map((name) => `churn-v1/${name}`)
        .sort(),
    );
    for (const [path, bytes] of expected) expect(unzipped[path]).toEqual(bytes);
    // The weight file holds the package's weights, byte for byte.
    expect(unzipped['churn-v1/group1-shard1of1.bin']).toEqual(new Uint8Array(weights));
    // The same package zips to the same bytes: no wall-clock time inside.
    const again = await serveApi.exportModelZip({ dbName, packageId, locale: 'en' });
    expect(again).toEqual(zipped);
  }, 60_000);

  it('writes the README in Korean when asked for Korean, and arrives whole through Comlink', async () => {
    const packageId = await packagedVersion();
    const { port1, port2 } = new MessageChannel();
    expose(serveApi, nodeEndpoint(port1));
    const remote = wrap<ServeApi>(nodeEndpoint(port2));
    try {
      const zipped = await remote.exportModelZip({ dbName, packageId, locale: 'ko' });
      expect(zipped).toEqual(await serveApi.exportModelZip({ dbName, packageId, locale: 'ko' }));
      const readme = new TextDecoder().decode(unzipSync(zipped)['churn-v1/README.md']);
      expect(readme).toContain('순수 JavaScript로 예측하기');
    } finally {
      port1.close();
      port2.close();
    }
  }, 60_000);

  it('refuses a package whose stored bytes were altered, with ARCHIVE_REJECTED', async () => {
    const packageId = await packagedVersion();
    const row = await store.db.packages.get(packageId);
    const bytes = new Uint8Array(row!.bytes.slice(0));
    bytes[bytes.length - 1] = bytes[bytes.length - 1]! ^ 0xff;
    await store.db.packages.put({ ...row!, bytes: bytes.buffer });
    await expect(
      serveApi.exportModelZip({ dbName, packageId, locale: 'en' }),
    ).rejects.toMatchObject({ code: 'ARCHIVE_REJECTED', params: { reason: 'digest-mismatch' } });
  }, 60_000);
});
