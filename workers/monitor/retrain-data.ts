/**
 * A retrain's data in the monitor worker: the replay's recent labelled events (rebuilt from its
 * options, exactly as served, scenario included) stored as a capture version whose parent is the
 * stream's source, and the reference plus those events as the version the challenger trains on
 * (parents: both). Each is written like a recipe step: chunks under a job, then one commit.
 */
import { computeAppendedRows } from '../../src/lifecycle/data/recipe/append-rows';
import type { ColumnTable, DatasetSchema } from '../../src/lifecycle/data/types';
import { computeGatheredColumn } from '../../src/lifecycle/monitor/scenario-check';
import type { SplitSource } from '../../src/lifecycle/train/run-types';
import { LabError } from '../../src/shared/lab-error';
import {
  commitDerivedVersion,
  createMonitorRepo,
  type DatasetStep,
  type DatasetVersionRow,
  type LabStore,
} from '../../src/storage';
import { computeChunkCount, computeStoredColumns, computeTableBytes } from '../data/column-chunks';
import { computeVersionId } from '../data/version-digest';
import { loadVersionTable } from '../data/version-table';
import { writeVersionChunks } from '../data/version-writer';
import { loadReplayStream, type ReplayStream } from './replay-stream';

/** What the retrain asks for: the session, the recent events' positions and the reference. */
export interface RetrainDataRequest {
  sessionId: string;
  retrainId: string;
  /** Stream positions [from, from + train) become training rows. */
  from: number;
  train: number;
  referenceVersionId: string;
  split: SplitSource;
}

/** The two versions written. */
export interface RetrainData {
  captureVersionId: string;
  versionId: string;
  captureRows: number;
  rows: number;
}

interface WriteContext {
  clock: () => number;
  newId: () => string;
}

/** The replay session's stream, rebuilt; NOT_FOUND when the session is gone. */
export async function loadSessionStream(store: LabStore, sessionId: string): Promise<ReplayStream> {
  const session = await createMonitorRepo(store).session(sessionId);
  if (!session) {
    throw new LabError('NOT_FOUND', `No replay session ${sessionId}.`, {
      params: { what: `replay session ${sessionId}` },
    });
  }
  return loadReplayStream(store, session.options);
}

async function writeVersion(
  store: LabStore,
  made: { schema: DatasetSchema; table: ColumnTable; parents: string[]; step: DatasetStep },
  chunkRows: number,
  context: WriteContext,
): Promise<string> {
  const id = await computeVersionId(made.schema, made.table);
  const version: DatasetVersionRow = {
    id,
    parents: made.parents,
    step: made.step,
    schema: made.schema,
    columns: computeStoredColumns(made.table),
    rows: made.table.rowCount,
    chunkRows,
    chunkCount: computeChunkCount(made.table.rowCount, chunkRows),
    bytes: computeTableBytes(made.table),
    createdAt: context.clock(),
  };
  const refs = await store.db.versionRefs.where('versionId').equals(made.parents[0]!).toArray();
  await writeVersionChunks(
    store,
    {
      projectId: refs[0]?.projectId ?? '',
      versionId: id,
      file: `${made.step.kind} of ${made.parents[0]!}`,
      table: made.table,
      chunkRows,
      isCancelled: () => false,
      clock: context.clock,
      newId: context.newId,
    },
    (_repo, jobId) => commitDerivedVersion(store, { jobId, version, now: context.clock() }),
  );
  return id;
}

/** Writes the capture version and the merged version of a retrain. */
export async function prepareRetrainData(
  store: LabStore,
  request: RetrainDataRequest,
  context: WriteContext,
): Promise<RetrainData> {
  const stream = await loadSessionStream(store, request.sessionId);
  const end = Math.min(stream.table.rowCount, request.from + request.train);
  const positions = Int32Array.from({ length: end - request.from }, (_, i) => request.from + i);
  const capture: ColumnTable = {
    rowCount: positions.length,
    names: [...stream.table.names],
    columns: stream.table.columns.map((values) => computeGatheredColumn(values, positions)),
  };
  const captureVersionId = await writeVersion(
    store,
    {
      schema: stream.version.schema,
      table: capture,
      parents: [stream.version.id],
      step: { kind: 'monitor-capture', sessionId: request.sessionId, from: request.from, to: end },
    },
    stream.version.chunkRows,
    context,
  );
  const reference = await loadVersionTable(store, request.referenceVersionId);
  const split = request.split.source === 'column' ? request.split.column : null;
  const merged = computeAppendedRows(
    { schema: reference.version.schema, table: reference.table },
    { schema: stream.version.schema, table: capture },
    split ? { column: split, value: 'train' } : undefined,
  );
  const versionId = await writeVersion(
    store,
    {
      schema: reference.version.schema,
      table: merged,
      parents: [request.referenceVersionId, captureVersionId],
      step: { kind: 'retrain-merge', retrainId: request.retrainId, sessionId: request.sessionId },
    },
    reference.version.chunkRows,
    context,
  );
  return { captureVersionId, versionId, captureRows: capture.rowCount, rows: merged.rowCount };
}
