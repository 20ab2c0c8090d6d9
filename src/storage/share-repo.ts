/**
 * Reading a project's rows for an archive, and writing an imported archive's rows: every table
 * and the column chunks in one transaction, rows whose key is already stored left as they are
 * (so importing the same archive twice adds nothing).
 */
import type { Table } from 'dexie';
import { computeRowKey, sharedTables, type SharedTable } from '../lifecycle/share/share-tables';
import type { ColumnChunkRow } from './entities/column-chunk-row';
import type { ExportRow } from './entities/export-row';
import type { LabStore } from './open-lab-store';
import { runRead, runWrite } from './store-transactions';

/** Rows per exported table. */
export type SharedRows = Map<SharedTable, Record<string, unknown>[]>;

/** What an import wrote: rows added and rows already there, per table. */
export interface ImportCounts {
  added: Record<string, number>;
  skipped: Record<string, number>;
}

function tableOf(store: LabStore, name: SharedTable): Table<Record<string, unknown>, unknown> {
  return store.db.table(name);
}

/** Every exported row of a project (its dataset versions through its references). */
export function readProjectRows(store: LabStore, projectId: string): Promise<SharedRows> {
  const tables = sharedTables.map((name) => tableOf(store, name));
  return runRead(store, tables, async () => {
    const rows: SharedRows = new Map();
    for (const name of sharedTables) {
      const table = tableOf(store, name);
      if (name === 'projects') {
        const project = await table.get(projectId);
        rows.set(name, project ? [project] : []);
      } else if (name === 'datasetVersions') {
        const refs = await store.db.versionRefs.where('projectId').equals(projectId).toArray();
        const ids = refs.map((ref) => ref.versionId);
        rows.set(
          name,
          (await table.bulkGet(ids)).filter((row) => row !== undefined),
        );
      } else {
        rows.set(name, await table.where('projectId').equals(projectId).toArray());
      }
    }
    return rows;
  });
}

/** Names of every stored project, by id. */
export function readProjectNames(store: LabStore): Promise<Map<string, string>> {
  return runRead(store, [store.db.projects], async () => {
    const projects = await store.db.projects.toArray();
    return new Map(projects.map((p) => [p.id, p.name]));
  });
}

/**
 * Writes an archive's rows in one transaction: per table the rows whose key is not stored yet,
 * and the chunks of the dataset versions it adds. All or nothing.
 */
export function writeImportedRows(
  store: LabStore,
  rows: SharedRows,
  chunksOf: (versionId: string) => ColumnChunkRow[],
): Promise<ImportCounts> {
  const tables = sharedTables.map((name) => tableOf(store, name));
  return runWrite(store, [...tables, store.db.columnChunks], async () => {
    const counts: ImportCounts = { added: {}, skipped: {} };
    for (const name of sharedTables) {
      const list = rows.get(name) ?? [];
      if (list.length === 0) continue;
      const table = tableOf(store, name);
      const existing = await table.bulkGet(list.map((row) => computeRowKey(name, row)));
      const fresh = list.filter((_, i) => existing[i] === undefined);
      if (fresh.length > 0) await table.bulkAdd(fresh);
      if (name === 'datasetVersions') {
        for (const version of fresh) {
          await store.db.columnChunks.bulkAdd(chunksOf(version.id as string));
        }
      }
      counts.added[name] = fresh.length;
      counts.skipped[name] = list.length - fresh.length;
    }
    return counts;
  });
}

/** Records one export (the reminder to export compares it with the project's last change). */
export function recordExport(store: LabStore, row: ExportRow): Promise<void> {
  return runWrite(store, [store.db.exports], async () => void (await store.db.exports.put(row)));
}
