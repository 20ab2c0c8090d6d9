/**
 * A project, or a selection of it, as one archive in the data worker: every table's rows as JSON
 * (binary values as entries of their own), each dataset version as Parquet, the lineage graph in
 * the manifest, every entry's SHA-256 and size.
 */
import type { ShareProgress, ShareSelection } from '../../src/api/share-types';
import { createLineageApi } from '../../src/api/lineage';
import { computeUtf8Bytes } from '../../src/lifecycle/deploy/utf8';
import { decodePackage } from '../../src/lifecycle/deploy/package-codec';
import { computeArchive } from '../../src/lifecycle/share/archive-write';
import { computeModelExport } from '../../src/lifecycle/share/model-export';
import { archiveFormat, archiveFormatVersion } from '../../src/lifecycle/share/archive-types';
import { computeEncodedRow } from '../../src/lifecycle/share/share-rows';
import { computeSelectedRows } from '../../src/lifecycle/share/share-selection';
import { computeDatasetEntry, computeTableEntry } from '../../src/lifecycle/share/share-tables';
import { LabError } from '../../src/shared/lab-error';
import { readProjectRows, type LabStore } from '../../src/storage';
import { encodeVersionParquet } from './share-parquet';
import { loadVersionTable } from './version-table';

/** The archive's bytes for `selection`. */
export async function exportArchive(
  store: LabStore,
  request: { selection: ShareSelection; app: string },
  onProgress?: (progress: ShareProgress) => void,
): Promise<Uint8Array> {
  const { selection } = request;
  const all = await readProjectRows(store, selection.projectId);
  if ((all.get('projects') ?? []).length === 0) {
    throw new LabError('NOT_FOUND', `No project ${selection.projectId}.`, {
      params: { what: `project ${selection.projectId}` },
    });
  }
  const fullGraph = await createLineageApi({ store }).graph(selection.projectId);
  const picked =
    'items' in selection
      ? computeSelectedRows(all, fullGraph, selection.items)
      : { rows: all, graph: fullGraph };
  const files = new Map<string, Uint8Array>();
  const versions = picked.rows.get('datasetVersions') ?? [];
  const total = versions.length + 2;
  let done = 0;
  for (const version of versions) {
    const { table } = await loadVersionTable(store, version.id as string);
    files.set(computeDatasetEntry(version.id as string), encodeVersionParquet(table));
    onProgress?.({ done: ++done, total, phase: 'encode' });
  }
  // Each packaged model also in TensorFlow.js's layers format, loadable without the lab.
  for (const pkg of picked.rows.get('packages') ?? []) {
    const { manifest, weights } = decodePackage(pkg.bytes as ArrayBuffer);
    for (const [path, bytes] of computeModelExport(manifest, weights, { locale: 'en' })) {
      files.set(`models/${path}`, bytes);
    }
  }
  const counts: Record<string, number> = {};
  for (const [table, rows] of picked.rows) {
    const encoded = rows.map((row, i) => computeEncodedRow(row, `blobs/${table}/${i}`, files));
    files.set(computeTableEntry(table), computeUtf8Bytes(JSON.stringify(encoded)));
    counts[table] = rows.length;
  }
  onProgress?.({ done: done + 1, total, phase: 'zip' });
  const bytes = await computeArchive(files, {
    format: archiveFormat,
    formatVersion: archiveFormatVersion,
    app: request.app,
    createdAt: Date.now(),
    scope: {
      kind: 'items' in selection ? 'selection' : 'project',
      projectId: selection.projectId,
      items: 'items' in selection ? selection.items.map((item) => `${item.kind}:${item.id}`) : [],
    },
    lineage: picked.graph,
    contents: { tables: counts },
  });
  onProgress?.({ done: total, total, phase: 'zip' });
  return bytes;
}
