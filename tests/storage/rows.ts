import type { Project } from '../../src/lifecycle/plan/types';
import type { RunInfo } from '../../src/lifecycle/train/run-types';
import type { ColumnChunkRow, DatasetVersionRow, EvaluationRow } from '../../src/storage';

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

/** A finished run of `projectId` (as the train worker writes one). */
export function makeRun(id: string, projectId: string): RunInfo {
  const config = {
    projectId,
    versionId: `v-${projectId}`,
    task: 'classification' as const,
    target: 'churn',
    features: ['tenure'],
    split: { source: 'column' as const, column: 'split' },
    model: { family: 'mlp' as const, hidden: [16], activation: 'relu' as const, dropout: 0, l2: 0 },
    hyper: {
      optimizer: 'adam' as const,
      learningRate: 0.01,
      batchSize: 32,
      epochs: 1,
      earlyStopping: null,
      classWeights: 'none' as const,
    },
    seed: 42,
  };
  return {
    id,
    projectId,
    versionId: `v-${projectId}`,
    parentRunId: null,
    kind: 'train',
    name: `run ${id}`,
    tags: [],
    notes: '',
    config,
    search: null,
    status: 'done',
    error: null,
    epochs: [{ epoch: 1, metrics: { loss: 0.62 }, ms: 10, samplesPerSecond: 100 }],
    summary: { epochs: 1, last: { loss: 0.62 }, best: { loss: { epoch: 1, value: 0.62 } } },
    epochsPlanned: 1,
    preprocessing: null,
    notesFromData: [],
    environment: { app: '0.1.0', tfjs: '4.22.0', backend: 'cpu', adapter: null, userAgent: 'test' },
    artifact: null,
    lastCheckpointEpoch: 1,
    createdAt: 1_700_000_050_000,
    startedAt: 1_700_000_050_000,
    finishedAt: 1_700_000_090_000,
    trainMs: 40_000,
  };
}

/** An evaluation row of run `runId` (its report is not read by these tests). */
export function makeEvaluation(runId: string, projectId: string): EvaluationRow {
  return {
    id: `${runId}:test`,
    runId,
    projectId,
    report: {} as EvaluationRow['report'],
    createdAt: 1_700_000_100_000,
  };
}

/** The browser dropping a connection (site data cleared): fake-indexeddb's forced close. */
export { forceCloseDatabase } from 'fake-indexeddb';
