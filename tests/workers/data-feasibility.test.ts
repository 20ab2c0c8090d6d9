import 'fake-indexeddb/auto';
import { readFileSync } from 'node:fs';
import { afterAll, beforeEach, describe, expect, it } from 'vitest';
import { createProjectsRepo, openLabStore, type LabStore } from '../../src/storage';
import { makeProject, wrapDataApiOverChannel } from './data-fixtures';
import { dataApi } from '../../workers/data.api';

interface FixtureCase {
  name: string;
  metrics: Record<string, number>;
}
const cases = (
  JSON.parse(
    readFileSync(new URL('../fixtures/baseline/baseline.json', import.meta.url), 'utf8'),
  ) as { cases: FixtureCase[] }
).cases;
const species = cases.find((c) => c.name === 'penguins Species')!.metrics;
const mass = cases.find((c) => c.name === 'penguins Body Mass (g)')!.metrics;
const penguinsCsv = readFileSync(
  new URL('../fixtures/stats/penguins.csv', import.meta.url),
  'utf8',
);

let dbName = '';
let store: LabStore;
beforeEach(async () => {
  dbName = `lab-feasibility-test-${crypto.randomUUID()}`;
  store = await openLabStore({ name: dbName });
  await createProjectsRepo(store).create(
    makeProject('p1', { name: 'Feasibility test', target: 'Species' }),
  );
  return () => store.close();
});
afterAll(() => dataApi.closeDataStores());

async function importPenguins(): Promise<string> {
  const report = await dataApi.importTable({
    dbName,
    projectId: 'p1',
    source: { kind: 'blob', blob: new Blob([penguinsCsv]), name: 'penguins.csv' },
    origin: { kind: 'file', ref: 'penguins.csv' },
    roles: { Species: 'target' },
  });
  return report.versionId;
}

describe('data worker feasibility', () => {
  it('assessPlanFeasibility through Comlink summarises penguins and scores the majority class like scikit-learn', async () => {
    const versionId = await importPenguins();
    const { remote, close } = wrapDataApiOverChannel();
    const result = await remote.assessPlanFeasibility({
      dbName,
      versionId,
      plan: {
        task: 'classification',
        target: 'Species',
        criteria: [
          { metric: 'accuracy', op: '>=', value: 0.9 },
          { metric: 'f1_macro', op: '>=', value: 0.8 },
          { metric: 'log_loss', op: '<=', value: 1.1 },
        ],
      },
    });
    close();
    expect(result).toMatchObject({ rows: 344, columns: 7, scoredOn: 'all', scoredRows: 344 });
    expect(result.classBalance?.map((c) => [c.label, c.count])).toEqual([
      ['Adelie', 152],
      ['Gentoo', 124],
      ['Chinstrap', 68],
    ]);
    expect(result.missingShare).toBeGreaterThan(0);
    const [accuracy, f1, logLoss] = result.criteria;
    expect(accuracy).toMatchObject({ baseline: 152 / 344, passes: false });
    expect(accuracy?.baseline).toBe(species['accuracy']);
    expect(accuracy?.margin).toBeCloseTo(152 / 344 - 0.9, 12);
    expect(f1?.baseline).toBeCloseTo(species['f1_macro']!, 12);
    expect(logLoss?.baseline).toBeCloseTo(species['log_loss']!, 12);
    expect(logLoss?.passes).toBe(true);
  });

  it('assessPlanFeasibility of a regression plan gives the spread and the mean baseline, R² 0', async () => {
    const versionId = await importPenguins();
    const result = await dataApi.assessPlanFeasibility({
      dbName,
      versionId,
      plan: {
        task: 'regression',
        target: 'Body Mass (g)',
        criteria: [
          { metric: 'r2', op: '>=', value: 0.5 },
          { metric: 'mae', op: '<=', value: 700 },
        ],
      },
    });
    expect(result.targetSpread).toMatchObject({ count: 342, min: 2700, max: 6300 });
    expect(result.criteria[0]).toMatchObject({ baseline: 0, passes: false });
    expect(result.criteria[1]?.baseline).toBeCloseTo(mass['mae']!, 9);
    expect(result.criteria[1]?.passes).toBe(true);
  });

  it('assessPlanFeasibility names a target the version lacks and scores nothing', async () => {
    const versionId = await importPenguins();
    const result = await dataApi.assessPlanFeasibility({
      dbName,
      versionId,
      plan: {
        task: 'classification',
        target: 'nope',
        criteria: [{ metric: 'accuracy', op: '>=', value: 0.9 }],
      },
    });
    expect(result.targetProblem).toBe('not-found');
    expect(result.criteria[0]).toMatchObject({ baseline: null, passes: null });
  });
});
