import type { Project } from '../../src/lifecycle/plan/types';
import type { ColumnChunkRow, DatasetVersionRow, RunRow } from '../../src/storage';

/** A database name no other test uses. */
export function freshName(): string {
  return `lab-test-${crypto.randomUUID()}`;
}

/** A realistic project row; `at` is its creation and update time (epoch ms). */
export function makeProject(id: string, at: number, overrides: Partial<Project> = {}): Project {
  return {
    id,
    name: `Churn ${id}`,
    problem: 'Which customers will cancel next month?',
    hypothesis: 'Usage drops before a cancellation.',
    task: 'classification',
    target: 'churned',
    kpi: 'Retained revenue',
    criteria: [{ metric: 'roc_auc', op: '>=', value: 0.8 }],
    latencyBudgetMs: 50,
    createdAt: at,
    updatedAt: at,
    ...overrides,
  };
}

/** A dataset version row (`projectId` names the sample it pretends to come from). */
export function makeVersion(
  id: string,
  projectId: string,
  parents: string[] = [],
): DatasetVersionRow {
  return {
    id,
    parents,
    step:
      parents.length === 0
        ? { kind: 'import', sample: 'telco', project: projectId }
        : { kind: 'drop-missing' },
    schema: {
      columns: [
        { name: 'tenure', type: 'number', role: 'feature' },
        { name: 'churned', type: 'category', role: 'target' },
      ],
      missingTokens: [''],
    },
    columns: [{ kind: 'numeric' }, { kind: 'coded', dictionary: ['no', 'yes'] }],
    rows: 3,
    chunkRows: 1024,
    chunkCount: 1,
    bytes: 36,
    createdAt: 1_700_000_000_000,
  };
}

/** One float64 column chunk of `versionId` (NaN is missing). */
export function makeChunk(versionId: string, column: string): ColumnChunkRow {
  return {
    versionId,
    column,
    index: 0,
    encoding: 'float64',
    rows: 3,
    values: new Float64Array([1.5, Number.NaN, 30.25]).buffer,
  };
}

/** A finished run of `projectId`, evaluated and explained as asked. */
export function makeRun(
  id: string,
  projectId: string,
  marks: { evaluated?: boolean; explained?: boolean } = {},
): RunRow {
  return {
    id,
    projectId,
    versionId: `v-${projectId}`,
    parentRunId: null,
    spec: { model: 'mlp', hidden: [16], learningRate: 0.01 },
    seed: 42,
    environment: { app: '0.1.0', tfjs: '4.22.0', backend: 'cpu', adapter: null },
    status: 'done',
    epochs: [{ epoch: 1, loss: 0.62 }],
    evaluatedAt: marks.evaluated ? 1_700_000_100_000 : null,
    explainedAt: marks.explained ? 1_700_000_200_000 : null,
    createdAt: 1_700_000_050_000,
    finishedAt: 1_700_000_090_000,
  };
}

/** The browser dropping a connection (site data cleared): fake-indexeddb's forced close. */
export { forceCloseDatabase } from 'fake-indexeddb';
