import {
  computeFeatureImportance,
  defaultImportanceSeed,
  defaultMaxRows,
} from '../../src/lifecycle/data/importance';
import type { FeatureImportance } from '../../src/lifecycle/data/importance';
import type { ColumnType } from '../../src/lifecycle/data/types';
import { LabError } from '../../src/shared/lab-error';
import type { LabStore } from '../../src/storage';
import { loadVersionTable } from './version-table';

/** What `rankVersionFeatures` takes: the version, its target column, and the estimator's knobs. */
export interface RankFeaturesRequest {
  dbName?: string;
  versionId: string;
  target: string;
  /** Seed of the mutual-information jitter and row sampling (default 0). */
  seed?: number;
  /** Most complete rows the estimator uses (default 20,000; more are sampled). */
  maxRows?: number;
}

/** Features of a version ranked against its target by mutual information, with a univariate test. */
export interface VersionImportance {
  versionId: string;
  target: string;
  /** The target's type: a number target gets regression tests, any other classification. */
  targetType: ColumnType;
  seed: number;
  maxRows: number;
  /** Columns left out by their role (id, time, ignore). */
  excluded: string[];
  /** Highest mutual information first. */
  features: FeatureImportance[];
}

const skippedRoles = new Set(['id', 'time', 'ignore']);

/** Ranks every feature column of a stored version against `target` (see computeFeatureImportance). */
export async function rankVersionFeatures(
  store: LabStore,
  request: RankFeaturesRequest,
): Promise<VersionImportance> {
  const { versionId, target } = request;
  const seed = request.seed ?? defaultImportanceSeed;
  const maxRows = request.maxRows ?? defaultMaxRows;
  if (typeof target !== 'string' || target === '') {
    throw new LabError('INVALID_ARGUMENT', 'importance takes a target column', {
      params: { field: 'target', reason: 'required' },
    });
  }
  const { version, table } = await loadVersionTable(store, versionId);
  const targetSchema = version.schema.columns.find((column) => column.name === target);
  if (!targetSchema) {
    throw new LabError('NOT_FOUND', `There is no column named "${target}".`, {
      params: { what: `column ${target}` },
    });
  }
  const excluded = version.schema.columns
    .filter((column) => column.name !== target && skippedRoles.has(column.role))
    .map((column) => column.name);
  const features = computeFeatureImportance(table, target, { seed, maxRows, exclude: excluded });
  return { versionId, target, targetType: targetSchema.type, seed, maxRows, excluded, features };
}
