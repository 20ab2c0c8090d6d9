import 'fake-indexeddb/auto';
import { afterAll, beforeEach, describe, expect, it } from 'vitest';
import { createProjectsRepo, openLabStore, type LabStore } from '../../src/storage';
import { dataApi } from '../../workers/data.api';
import { serveApi } from '../../workers/serve.api';
import { trainApi } from '../../workers/train.api';
import { makeProject } from './data-fixtures';

let dbName = '';
let store: LabStore;

/** y depends on a and b only; c is noise and g a category. */
const csv = [
  'a,b,c,g,y',
  ...Array.from({ length: 160 }, (_, i) => {
    const a = (((i * 37) % 101) - 50) / 25;
    const b = (((i * 53) % 97) - 48) / 24;
    const c = ((i * 17) % 13) / 13;
    return `${a},${b},${c},${['p', 'q', 'r'][i % 3]},${a - b > 0 ? 'yes' : 'no'}`;
  }),
].join('\n');

async function trainedRun(): Promise<string> {
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
        features: ['a', 'b', 'c', 'g'],
        split: { source: 'seeded', ratios: { train: 0.6, validation: 0.2, test: 0.2 }, seed: 1 },
        model: { family: 'mlp', hidden: [8], activation: 'tanh', dropout: 0, l2: 0 },
        hyper: {
          optimizer: 'adam',
          learningRate: 0.05,
          batchSize: 16,
          epochs: 30,
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
  return run.id;
}

beforeEach(async () => {
  dbName = `lab-explain-${crypto.randomUUID()}`;
  store = await openLabStore({ name: dbName });
  await createProjectsRepo(store).create(makeProject('p1'));
  return () => store.close();
});
afterAll(() => dataApi.closeDataStores());

describe('explanations in the serve worker', () => {
  it('stores the global explanation and ranks the two features the target depends on first', async () => {
    const runId = await trainedRun();
    const global = await serveApi.explainGlobal({ dbName, runId, repeats: 3 });
    expect(
      global.importance.features
        .slice(0, 2)
        .map((f) => f.feature)
        .sort(),
    ).toEqual(['a', 'b']);
    expect((await store.db.explanations.get(`${runId}:test`))?.explanation).toEqual(global);
    expect(global.dependence.find((d) => d.feature === 'g')?.kind).toBe('categorical');
  }, 60_000);

  it('keeps a local explanation of a stored row and gives it again without recomputing', async () => {
    const runId = await trainedRun();
    const first = await serveApi.explainLocal({ dbName, runId, row: 3 });
    expect(first.additivityGap).toBeLessThan(1e-4);
    const stored = await store.db.explanations.where('runId').equals(runId).toArray();
    expect(stored.map((row) => row.kind)).toEqual(['local']);
    // A marked copy in the store is what comes back: nothing was recomputed.
    const [row] = stored;
    await store.db.explanations.put({ ...row!, explanation: { ...first, baseValue: 42 } } as never);
    expect((await serveApi.explainLocal({ dbName, runId, row: 3 })).baseValue).toBe(42);
    // A row typed in is explained afresh and not stored.
    const typed = await serveApi.explainLocal({
      dbName,
      runId,
      row: { a: 1, b: -1, c: 0.5, g: 'q' },
    });
    expect(typed.row).toBeNull();
    expect(typed.additivityGap).toBeLessThan(1e-4);
    expect(await store.db.explanations.count()).toBe(1);
  }, 60_000);
});
