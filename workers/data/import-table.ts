import { parseTable } from '../../src/lifecycle/data/import';
import type { DatasetSchema } from '../../src/lifecycle/data/types';
import { LabError } from '../../src/shared/lab-error';
import type { DatasetVersionRow, LabStore } from '../../src/storage';
import { openBlobSource, openUrlSource, parseUrlFileName, type ByteSource } from './byte-source';
import {
  computeChunkCount,
  computeStoredColumns,
  computeTableBytes,
  defaultChunkRows,
} from './column-chunks';
import type { ImportTableProgress, ImportTableReport, ImportTableRequest } from './import-types';
import { computeVersionId } from './version-digest';
import { writeVersionChunks } from './version-writer';

/** What an import needs from its surroundings: clocks, ids, progress and cancellation. */
export interface ImportContext {
  send: (progress: ImportTableProgress) => void;
  isCancelled: () => boolean;
  /** Monotonic milliseconds (rates). */
  now: () => number;
  /** Epoch milliseconds (stored times). */
  clock: () => number;
  newId: () => string;
}

async function openSource(request: ImportTableRequest): Promise<ByteSource> {
  const { source } = request;
  if (source.kind === 'blob') {
    const fileName = (source.blob as Partial<File>).name;
    return openBlobSource(source.blob, source.name ?? fileName ?? request.origin.ref);
  }
  return openUrlSource(source.url, source.name ?? parseUrlFileName(source.url));
}

/** The schema with the requested roles set; INVALID_ARGUMENT names a role's unknown column. */
function applyRoles(
  schema: DatasetSchema,
  request: ImportTableRequest,
  file: string,
): DatasetSchema {
  const roles = request.roles ?? {};
  for (const name of Object.keys(roles)) {
    if (!schema.columns.some((column) => column.name === name)) {
      throw new LabError('INVALID_ARGUMENT', `"${file}" has no column "${name}"`, {
        file,
        column: name,
        params: { file, column: name, reason: 'unknown-column' },
      });
    }
  }
  return {
    ...schema,
    columns: schema.columns.map((column) => ({
      ...column,
      role: roles[column.name] ?? column.role,
    })),
  };
}

/**
 * Imports a table: streams the source through `parseTable`, digests content and schema into
 * the version id, writes the column chunks straight to IndexedDB in one small transaction per
 * chunk row-range under an import job, and commits the version in one final transaction.
 * On failure or cancel the job's chunks are deleted, so nothing of it stays.
 */
export async function runImportTable(
  store: LabStore,
  request: ImportTableRequest,
  context: ImportContext,
): Promise<ImportTableReport> {
  const { send, isCancelled, now } = context;
  const started = now();
  const rate = (bytes: number) => bytes / Math.max((now() - started) / 1000, 1e-3);
  const source = await openSource(request);
  const file = source.name;
  let bytesRead = 0;
  const parsed = await parseTable(
    {
      name: file,
      chunks: source.chunks,
      size: source.size,
      format: request.format,
      encoding: request.encoding,
      delimiter: request.delimiter,
      header: request.header,
      missingTokens: request.missingTokens,
      schema: request.schema,
    },
    (progress) => {
      bytesRead = progress.done;
      send({
        kind: 'import',
        ...progress,
        phase: progress.phase === 'done' ? 'build' : progress.phase,
        ratePerSecond: rate(progress.done),
      });
    },
    {
      get aborted() {
        return isCancelled();
      },
    },
  );
  const { table } = parsed;
  const schema = applyRoles(parsed.schema, request, file);
  const total = source.size ?? bytesRead;
  send({
    kind: 'import',
    phase: 'digest',
    done: bytesRead,
    total,
    rows: table.rowCount,
    ratePerSecond: rate(bytesRead),
  });
  const versionId = await computeVersionId(schema, table);
  const chunkRows = request.chunkRows ?? defaultChunkRows;
  const chunkCount = computeChunkCount(table.rowCount, chunkRows);
  const version: DatasetVersionRow = {
    id: versionId,
    parents: [],
    step: {
      kind: 'import',
      origin: request.origin,
      file,
      format: parsed.format,
      encoding: parsed.encoding,
    },
    schema,
    columns: computeStoredColumns(table),
    rows: table.rowCount,
    chunkRows,
    chunkCount,
    bytes: computeTableBytes(table),
    createdAt: context.clock(),
  };
  const outcome = await writeVersionChunks(
    store,
    {
      projectId: request.projectId,
      versionId,
      file,
      table,
      chunkRows,
      isCancelled,
      clock: context.clock,
      newId: context.newId,
      onChunk: (done, chunks, rows) =>
        send({
          kind: 'import',
          phase: 'write',
          done,
          total: chunks,
          rows,
          ratePerSecond: rate(bytesRead),
        }),
    },
    (repo, jobId) =>
      repo.commitImport({
        jobId,
        projectId: request.projectId,
        version,
        dataset: {
          id: context.newId(),
          name: request.datasetName ?? file,
          source: request.origin,
          createdAt: context.clock(),
        },
        now: context.clock(),
      }),
  );
  send({
    kind: 'import',
    phase: 'done',
    done: total,
    total,
    rows: table.rowCount,
    ratePerSecond: rate(bytesRead),
  });
  return {
    versionId,
    datasetId: outcome.datasetId,
    storedNew: outcome.storedNew,
    addedToProject: outcome.addedToProject,
    rows: table.rowCount,
    schema,
    format: parsed.format,
    encoding: parsed.encoding,
    warnings: parsed.warnings,
    bytesRead,
  };
}
