/**
 * The reference a replay is judged against: the deployed champion's training rows (its run's
 * training part of its dataset version), as drift inputs per feature, and the model's own
 * predictions on a seeded sample of them (for prediction drift).
 */
import type { ColumnTable, DatasetSchema } from '../../src/lifecycle/data/types';
import type { DriftColumnInput } from '../../src/lifecycle/monitor/types';
import { computeTrainingData } from '../../src/lifecycle/train/prepare-training';
import { computePermutation } from '../../src/lifecycle/train/sub-seed';
import { LabError } from '../../src/shared/lab-error';
import { createRandom } from '../../src/shared/random';
import { createDeployRepo, createRunsRepo, type LabStore } from '../../src/storage';
import { createRowDecoder, decode } from '../data/read-version';
import { loadVersionTable } from '../data/version-table';
import type { RequestRow } from '../../src/lifecycle/deploy/types';
import { loadPackage, predictPackage } from '../serve/serve-endpoint';

/** Values of one column at some rows: numbers (NaN missing) or labels (null missing). */
export type ColumnSample =
  { kind: 'numeric'; values: Float64Array } | { kind: 'categorical'; values: (string | null)[] };

/** Most reference rows the drift tests use (a seeded sample of the training part). */
export const maxReferenceRows = 5_000;

/** A column's values at `rows`, as drift inputs read them. */
export function sampleColumn(
  schema: DatasetSchema,
  table: ColumnTable,
  name: string,
  rows: ArrayLike<number>,
): ColumnSample {
  const c = table.names.indexOf(name);
  const column = table.columns[c]!;
  const type = schema.columns.find((s) => s.name === name)?.type ?? 'text';
  if (column.kind === 'numeric' && type !== 'boolean') {
    return {
      kind: 'numeric',
      values: Float64Array.from({ length: rows.length }, (_, i) => column.values[rows[i]!]!),
    };
  }
  const s = schema.columns.find((entry) => entry.name === name)!;
  return {
    kind: 'categorical',
    values: Array.from({ length: rows.length }, (_, i) => {
      const value = decode(s, column, rows[i]!);
      return value === null ? null : String(value);
    }),
  };
}

/** Drift input of a column: the reference sample against the current one. */
export function driftInput(
  column: string,
  reference: ColumnSample,
  current: ColumnSample,
): DriftColumnInput {
  return reference.kind === 'numeric' && current.kind === 'numeric'
    ? { column, kind: 'numeric', reference: reference.values, current: current.values }
    : {
        column,
        kind: 'categorical',
        reference:
          reference.kind === 'categorical'
            ? reference.values
            : Array.from(reference.values, String),
        current:
          current.kind === 'categorical' ? current.values : Array.from(current.values, String),
      };
}

/** What a replay compares its windows with. */
export interface ReplayReference {
  projectId: string;
  /** The champion package the reference was read for. */
  packageId: string;
  features: string[];
  target: string;
  task: 'classification' | 'regression';
  columns: Map<string, ColumnSample>;
  predictions: ColumnSample;
}

/** The reference of an endpoint's serving champion. */
export async function loadReference(
  store: LabStore,
  endpoint: string,
  seed: number,
): Promise<ReplayReference> {
  const deployment = await createDeployRepo(store).deployment(endpoint);
  if (!deployment) {
    throw new LabError('NOT_FOUND', `No endpoint named "${endpoint}".`, {
      params: { what: `endpoint ${endpoint}` },
    });
  }
  const pkg = await loadPackage(store, deployment.championPackageId);
  const run = await createRunsRepo(store).get(pkg.manifest.runId);
  const { version, table } = await loadVersionTable(store, run.versionId);
  const parts = computeTrainingData({ schema: version.schema, table, config: run.config });
  const train = parts.train.rows;
  const order = computePermutation(train.length, createRandom(seed));
  const rows = Array.from(
    order.subarray(0, Math.min(maxReferenceRows, train.length)),
    (p) => train[p]!,
  );
  const features = pkg.manifest.inputSchema.map((f) => f.name);
  const columns = new Map(
    features.map((name) => [name, sampleColumn(version.schema, table, name, rows)]),
  );
  const read = createRowDecoder(version.schema, table, features);
  const requests = rows.slice(0, 2_000).map(read);
  const predicted = await predictPackage(store, pkg.id, requests as RequestRow[]);
  const predictions: ColumnSample =
    pkg.manifest.task === 'classification'
      ? { kind: 'categorical', values: predicted.map((p) => (p === null ? null : String(p))) }
      : {
          kind: 'numeric',
          values: Float64Array.from(predicted, (p) => (typeof p === 'number' ? p : Number.NaN)),
        };
  return {
    projectId: deployment.projectId,
    packageId: pkg.id,
    features,
    target: pkg.manifest.target,
    task: pkg.manifest.task,
    columns,
    predictions,
  };
}

/**
 * The reference again when the endpoint's champion changed since it was read (a promotion): a
 * new production model is judged against its own training data.
 */
export async function refreshReference(
  store: LabStore,
  reference: ReplayReference,
  endpoint: string,
  seed: number,
): Promise<ReplayReference> {
  const deployment = await createDeployRepo(store).deployment(endpoint);
  if (!deployment || deployment.championPackageId === reference.packageId) return reference;
  return loadReference(store, endpoint, seed);
}
