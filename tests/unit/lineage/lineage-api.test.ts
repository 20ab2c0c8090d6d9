import 'fake-indexeddb/auto';
import { beforeEach, describe, expect, it } from 'vitest';
import { createLineageApi } from '../../../src/api/lineage';
import type { PackageManifest } from '../../../src/lifecycle/deploy/types';
import { openLabStore, type DeploymentRow, type LabStore } from '../../../src/storage';
import { freshName, makeProject, makeRun, makeVersion } from '../../storage/rows';

let store: LabStore;

beforeEach(async () => {
  store = await openLabStore({ name: freshName() });
  return () => store.close();
});

const t0 = 1_700_000_100_000;

const deployment = (id: string, at: number, previous: string | null): DeploymentRow => ({
  id,
  projectId: 'p1',
  endpoint: 'churn-api',
  championPackageId: 'pkg1',
  challengerPackageId: null,
  strategy: 'single',
  percent: 0,
  errorPolicy: 'reject-request',
  previousDeploymentId: previous,
  createdAt: t0 + at,
});

/** Project p1: import → derived version, a run, model v1, its package, deploy, redeploy, rollback. */
async function seed(): Promise<void> {
  const { db } = store;
  await db.projects.bulkPut([makeProject('p1', 1), makeProject('p2', 1)]);
  await db.datasets.put({
    id: 'ds1',
    projectId: 'p1',
    name: 'churn',
    source: { kind: 'sample', ref: 'telco' },
    createdAt: 1,
  });
  await db.datasetVersions.bulkPut([makeVersion('v1', 'p1'), makeVersion('v2', 'p1', ['v1'])]);
  await db.versionRefs.bulkPut([
    { projectId: 'p1', versionId: 'v1', datasetId: 'ds1', createdAt: 2 },
    { projectId: 'p1', versionId: 'v2', datasetId: 'ds1', createdAt: 3 },
  ]);
  const row = (id: string, projectId: string) => {
    const { epochs: _epochs, ...rest } = { ...makeRun(id, projectId), versionId: 'v2' };
    return rest;
  };
  await db.runs.bulkPut([row('r1', 'p1'), row('r-other', 'p2')]);
  await db.models.put({
    id: 'm1',
    projectId: 'p1',
    name: 'churn',
    version: 1,
    runId: 'r1',
    aliases: ['champion'],
    archived: false,
    packageId: 'pkg1',
    createdAt: t0 + 10,
  });
  await db.packages.put({
    id: 'pkg1',
    projectId: 'p1',
    modelVersionId: 'm1',
    manifest: {} as PackageManifest,
    bytes: new ArrayBuffer(1),
    createdAt: t0 + 11,
  });
  // d3 is a rollback to d1: a copy of it, so no deployment points back at d2 any more.
  await db.deployments.bulkPut([
    deployment('d1', 20, null),
    deployment('d2', 30, 'd1'),
    deployment('d3', 40, null),
  ]);
}

describe('lab.lineage.graph', () => {
  it('reads every entity of the project, rolled-back deployments too', async () => {
    await seed();
    const graph = await createLineageApi({ store }).graph('p1');
    expect(graph.nodes.map((n) => n.key)).toEqual([
      'dataset-version:v1',
      'dataset-version:v2',
      'run:r1',
      'model-version:m1',
      'package:pkg1',
      'deployment:d1',
      'deployment:d2',
      'deployment:d3',
    ]);
    expect(graph.nodes.at(-1)?.status).toBe('serving');
    expect(graph.edges.map((e) => `${e.from} ${e.kind} ${e.to}`)).toContain(
      'dataset-version:v2 trained-on run:r1',
    );
  });

  it('an unknown project is NOT_FOUND', async () => {
    await expect(createLineageApi({ store }).graph('nope')).rejects.toMatchObject({
      code: 'NOT_FOUND',
    });
  });

  it('holds only rows of the project asked for, and no edge to another project', async () => {
    await seed();
    expect(await createLineageApi({ store }).graph('p2')).toEqual({
      projectId: 'p2',
      nodes: [
        {
          key: 'run:r-other',
          kind: 'run',
          id: 'r-other',
          label: 'run r-other',
          status: 'done',
          createdAt: 1_700_000_050_000,
        },
      ],
      edges: [],
    });
  });
});
