/**
 * An archive imported in the data worker. Everything is checked before anything is written: the
 * zip and its manifest (limits, paths, digests, format version), every table's rows (keys of the
 * right type, all of the archive's project), each dataset version's Parquet (it must hash to the
 * version's id), each package's bytes (to its id) and each checkpoint's weights (to its digest).
 * Then one transaction writes the rows not stored yet. A project whose name another project has
 * comes in renamed.
 */
import type { ShareImportSummary, ShareProgress } from '../../src/api/share-types';
import { parseArchiveJson } from '../../src/lifecycle/share/archive-json';
import { readArchive } from '../../src/lifecycle/share/archive-read';
import { computeDecodedRow } from '../../src/lifecycle/share/share-rows';
import {
  computeDatasetEntry,
  computeTableEntry,
  sharedTableKeys,
  sharedTables,
  type SharedTable,
} from '../../src/lifecycle/share/share-tables';
import { LabError } from '../../src/shared/lab-error';
import {
  readProjectNames,
  writeImportedRows,
  type ColumnChunkRow,
  type DatasetVersionRow,
  type LabStore,
  type SharedRows,
} from '../../src/storage';
import { computeChunkCount, sliceColumnChunk } from './column-chunks';
import { decodeVersionParquet } from './share-parquet';
import { computeSha256, computeVersionId } from './version-digest';

type Row = Record<string, unknown>;

function refused(detail: string, file: string, entry?: string): LabError {
  return new LabError('ARCHIVE_REJECTED', `The archive was refused: ${detail}`, {
    file,
    detail,
    params: { reason: 'contents', detail, ...(entry ? { entry } : {}) },
  });
}

/** A table's rows, each a plain object with its key fields and the archive's project. */
function readTable(
  files: ReadonlyMap<string, Uint8Array>,
  table: SharedTable,
  projectId: string,
  file: string,
): Row[] {
  const entry = computeTableEntry(table);
  const bytes = files.get(entry);
  if (!bytes) throw refused(`${entry} is missing`, file, entry);
  const parsed = parseArchiveJson(bytes, entry, file);
  if (!Array.isArray(parsed)) throw refused(`${entry} is not a list of rows`, file, entry);
  const key = sharedTableKeys[table];
  return parsed.map((raw: unknown, i) => {
    const row = computeDecodedRow(raw, files, { entry, file });
    const at = `${entry} row ${i + 1}`;
    if (row === null || typeof row !== 'object' || Array.isArray(row)) {
      throw refused(`${at} is not an object`, file, entry);
    }
    const record = row as Row;
    for (const field of typeof key === 'string' ? [key] : key) {
      const value = record[field];
      const number = field === 'seq' || field === 'epoch';
      if (number ? !Number.isInteger(value) : typeof value !== 'string' || value === '') {
        throw refused(
          `${at}: "${field}" must be ${number ? 'a whole number' : 'text'}`,
          file,
          entry,
        );
      }
    }
    const own = table === 'projects' ? record.id : record.projectId;
    if (table !== 'datasetVersions' && own !== projectId) {
      throw refused(`${at} belongs to another project`, file, entry);
    }
    return record;
  });
}

/** A name no other stored project has: `name`, else `name (2)`, `name (3)`… */
function freeName(name: string, taken: ReadonlySet<string>): string {
  if (!taken.has(name)) return name;
  for (let n = 2; ; n++) if (!taken.has(`${name} (${n})`)) return `${name} (${n})`;
}

/** Checks and imports an archive's bytes. */
export async function importArchive(
  store: LabStore,
  request: { bytes: Uint8Array; file: string },
  onProgress?: (progress: ShareProgress) => void,
): Promise<ShareImportSummary> {
  const { file } = request;
  const { manifest, files } = await readArchive(request.bytes, { file });
  const projectId = manifest.scope.projectId;
  const rows: SharedRows = new Map();
  for (const table of sharedTables) rows.set(table, readTable(files, table, projectId, file));
  const [project, ...others] = rows.get('projects')!;
  if (!project || others.length > 0 || typeof project.name !== 'string') {
    throw refused('tables/projects.json must hold the one project', file);
  }
  const versions = rows.get('datasetVersions') as unknown as DatasetVersionRow[];
  const chunks = new Map<string, ColumnChunkRow[]>();
  let done = 0;
  const total = versions.length + 1;
  for (const version of versions) {
    const entry = computeDatasetEntry(version.id);
    const bytes = files.get(entry);
    if (!bytes) throw refused(`${entry} is missing`, file, entry);
    if (
      !Array.isArray(version.columns) ||
      !version.schema ||
      !Array.isArray(version.schema.columns)
    ) {
      throw refused(`dataset version ${version.id.slice(0, 12)} has no schema`, file, entry);
    }
    const table = await decodeVersionParquet(bytes, version, { entry, file });
    if ((await computeVersionId(version.schema, table)) !== version.id) {
      throw refused(
        `dataset version ${version.id.slice(0, 12)} does not hash to its id`,
        file,
        entry,
      );
    }
    const chunkRows = version.chunkRows;
    if (
      !(Number.isInteger(chunkRows) && chunkRows > 0) ||
      computeChunkCount(table.rowCount, chunkRows) !== version.chunkCount
    ) {
      throw refused(
        `dataset version ${version.id.slice(0, 12)} has a wrong chunk count`,
        file,
        entry,
      );
    }
    const list: ColumnChunkRow[] = [];
    for (let index = 0; index < version.chunkCount; index++) {
      table.columns.forEach((column, c) =>
        list.push(sliceColumnChunk(version.id, table.names[c]!, column, index, chunkRows)),
      );
    }
    chunks.set(version.id, list);
    onProgress?.({ done: ++done, total, phase: 'verify' });
  }
  for (const pkg of rows.get('packages')!) {
    if (
      !(pkg.bytes instanceof ArrayBuffer) ||
      (await computeSha256(new Uint8Array(pkg.bytes))) !== pkg.id
    ) {
      throw refused(`package ${String(pkg.id).slice(0, 12)} does not hash to its id`, file);
    }
  }
  for (const checkpoint of rows.get('checkpoints')!) {
    const weights = checkpoint.weights;
    if (
      !(weights instanceof ArrayBuffer) ||
      (await computeSha256(new Uint8Array(weights))) !== checkpoint.digest
    ) {
      throw refused(`checkpoint ${String(checkpoint.id)} does not match its digest`, file);
    }
  }
  const names = await readProjectNames(store);
  const original = project.name;
  const stored = names.get(projectId);
  const name = stored ?? freeName(original, new Set(names.values()));
  if (stored === undefined) rows.set('projects', [{ ...project, name }]);
  const counts = await writeImportedRows(store, rows, (id) => chunks.get(id) ?? []);
  onProgress?.({ done: total, total, phase: 'write' });
  return {
    projectId,
    name,
    renamedFrom: stored === undefined && name !== original ? original : null,
    added: counts.added,
    skipped: counts.skipped,
  };
}
