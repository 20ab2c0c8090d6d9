import { computeColumnProfile, type ColumnProfile } from '../../src/lifecycle/data/explore';
import {
  runRecipeStep,
  type FittedStep,
  type RecipeStep,
  type RecipeTable,
  type RecipeWarning,
} from '../../src/lifecycle/data/recipe';
import type { DatasetSchema } from '../../src/lifecycle/data/types';
import { LabError } from '../../src/shared/lab-error';
import {
  commitDerivedVersion,
  listVersionRefs,
  type DatasetStep,
  type DatasetVersionRow,
  type LabStore,
} from '../../src/storage';
import { computeChunkCount, computeStoredColumns, computeTableBytes } from './column-chunks';
import { decode, type RowValue } from './read-version';
import { computeVersionId } from './version-digest';
import { loadVersionTable } from './version-table';
import { writeVersionChunks } from './version-writer';

/** A recipe step on a stored version (plain data). */
export interface RecipeStepRequest {
  /** The bridge's call id, for `cancelDataWork` (apply only). */
  callId?: string;
  dbName?: string;
  versionId: string;
  step: RecipeStep;
  /** Rows shown before and after in a preview (default 10, at most 100). */
  sampleRows?: number;
}

/** One side of a preview: the schema, the first rows decoded, and every column's profile. */
export interface RecipeSide {
  schema: DatasetSchema;
  rows: number;
  sample: RowValue[][];
  profiles: ColumnProfile[];
}

/** What a step would do to a version, nothing written. */
export interface RecipePreview {
  versionId: string;
  step: FittedStep;
  before: RecipeSide;
  after: RecipeSide;
  warnings: RecipeWarning[];
}

/** The version a step made (or found, when the same content exists). */
export interface RecipeApplyReport {
  versionId: string;
  parents: string[];
  step: FittedStep;
  /** False when the same content and schema were stored already. */
  storedNew: boolean;
  /** Projects that got the version now (every project holding the parent). */
  addedToProjects: string[];
  rows: number;
  schema: DatasetSchema;
  warnings: RecipeWarning[];
}

/** What applying needs from its surroundings. */
export interface RecipeContext {
  isCancelled: () => boolean;
  clock: () => number;
  newId: () => string;
}

function describeSide(input: RecipeTable, sampleRows: number): RecipeSide {
  const { schema, table } = input;
  const sample: RowValue[][] = [];
  for (let row = 0; row < Math.min(sampleRows, table.rowCount); row++) {
    sample.push(table.columns.map((column, c) => decode(schema.columns[c]!, column, row)));
  }
  return {
    schema,
    rows: table.rowCount,
    sample,
    profiles: table.columns.map((column) => computeColumnProfile(column)),
  };
}

async function load(store: LabStore, versionId: string) {
  const { version, table } = await loadVersionTable(store, versionId);
  return { version, input: { schema: version.schema, table } satisfies RecipeTable };
}

/** Fits and applies a step in memory: sample rows and column profiles before and after. */
export async function previewRecipeStep(
  store: LabStore,
  request: RecipeStepRequest,
): Promise<RecipePreview> {
  const sampleRows = request.sampleRows ?? 10;
  if (!Number.isInteger(sampleRows) || sampleRows < 0 || sampleRows > 100) {
    throw new LabError('INVALID_ARGUMENT', 'preview shows 0 to 100 sample rows', {
      params: { field: 'sampleRows', reason: 'sample-rows', reasonText: 'from 0 to 100' },
    });
  }
  const { input } = await load(store, request.versionId);
  const { fitted, result } = runRecipeStep(request.step, input);
  return {
    versionId: request.versionId,
    step: fitted,
    before: describeSide(input, sampleRows),
    after: describeSide(result, sampleRows),
    warnings: result.warnings,
  };
}

/**
 * Fits a step on a stored version, applies it, and writes the result as a new content-addressed
 * version (parents = [versionId], step = the fitted step) the way imports write: chunks under
 * a job, then one final transaction. The same version and step give the same id, stored once.
 */
export async function applyRecipeStepToVersion(
  store: LabStore,
  request: RecipeStepRequest,
  context: RecipeContext,
): Promise<RecipeApplyReport> {
  const refs = await listVersionRefs(store, request.versionId);
  const { version: parent, input } = await load(store, request.versionId);
  const { fitted, result } = runRecipeStep(request.step, input);
  const { schema, table } = result;
  const versionId = await computeVersionId(schema, table);
  const chunkRows = parent.chunkRows;
  const version: DatasetVersionRow = {
    id: versionId,
    parents: [request.versionId],
    step: fitted as DatasetStep,
    schema,
    columns: computeStoredColumns(table),
    rows: table.rowCount,
    chunkRows,
    chunkCount: computeChunkCount(table.rowCount, chunkRows),
    bytes: computeTableBytes(table),
    createdAt: context.clock(),
  };
  const outcome = await writeVersionChunks(
    store,
    {
      projectId: refs[0]!.projectId,
      versionId,
      file: `${fitted.kind} of ${request.versionId}`,
      table,
      chunkRows,
      isCancelled: context.isCancelled,
      clock: context.clock,
      newId: context.newId,
    },
    (_repo, jobId) => commitDerivedVersion(store, { jobId, version, now: context.clock() }),
  );
  return {
    versionId,
    parents: version.parents,
    step: fitted,
    storedNew: outcome.storedNew,
    addedToProjects: outcome.addedToProjects,
    rows: table.rowCount,
    schema,
    warnings: result.warnings,
  };
}
