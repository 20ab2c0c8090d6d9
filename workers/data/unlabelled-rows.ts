import { LabError } from '../../src/shared/lab-error';
import { createDatasetsRepo, type LabStore } from '../../src/storage';
import { decode } from './read-version';
import { loadVersionTable } from './version-table';

/** Which rows of a version still need a label in `column`. */
export interface UnlabelledRequest {
  dbName?: string;
  versionId: string;
  /** The label column; when the version has none, every row needs a label. */
  column: string;
  /** Most row indexes returned (default 1,000, at most 10,000). */
  limit?: number;
}

/** The rows to label: the first `limit` 0-based indexes whose cell is missing, and the labels in use. */
export interface UnlabelledRows {
  versionId: string;
  column: string;
  /** False when the version has no such column yet (labelling will add it). */
  exists: boolean;
  /** Rows of the version. */
  rowCount: number;
  /** Rows whose cell is missing, in all. */
  total: number;
  rows: number[];
  /** Distinct present values of the column as text, in dictionary (or ascending) order; at most 50. */
  labels: string[];
}

/** Most labels `listUnlabelledRows` reports. */
export const maxLabelChoices = 50;

/** The first `limit` rows of a version whose `column` is missing, with the column's labels. */
export async function listUnlabelledRows(
  store: LabStore,
  request: UnlabelledRequest,
): Promise<UnlabelledRows> {
  const { versionId, column } = request;
  const limit = request.limit ?? 1000;
  if (!Number.isInteger(limit) || limit < 0 || limit > 10_000) {
    throw new LabError('INVALID_ARGUMENT', 'unlabelled lists 0 to 10,000 rows', {
      params: { field: 'limit', reason: 'limit', reasonText: 'from 0 to 10,000' },
    });
  }
  if (typeof column !== 'string' || column.trim() === '') {
    throw new LabError('INVALID_ARGUMENT', 'unlabelled needs a column name', {
      params: { field: 'column', reason: 'column', reasonText: 'a column name is required' },
    });
  }
  const version = await createDatasetsRepo(store).getVersion(versionId);
  const schema = version.schema.columns.find((entry) => entry.name === column);
  if (!schema) {
    const rows = Array.from({ length: Math.min(limit, version.rows) }, (_, row) => row);
    return {
      versionId,
      column,
      exists: false,
      rowCount: version.rows,
      total: version.rows,
      rows,
      labels: [],
    };
  }
  const { table } = await loadVersionTable(store, versionId, [column]);
  const values = table.columns[0]!;
  const rows: number[] = [];
  let total = 0;
  const used = new Set<string>();
  for (let row = 0; row < table.rowCount; row++) {
    const cell = decode(schema, values, row);
    if (cell === null) {
      total++;
      if (rows.length < limit) rows.push(row);
    } else if (values.kind === 'coded' || used.size < maxLabelChoices) {
      used.add(String(cell));
    }
  }
  const labels =
    values.kind === 'coded'
      ? values.dictionary.filter((text) => used.has(text))
      : [...used].sort((a, b) => Number(a) - Number(b) || a.localeCompare(b));
  return {
    versionId,
    column,
    exists: true,
    rowCount: version.rows,
    total,
    rows,
    labels: labels.slice(0, maxLabelChoices),
  };
}
