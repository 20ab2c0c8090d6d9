import type { ColumnTable } from '../../src/lifecycle/data/types';
import { LabError } from '../../src/shared/lab-error';
import { createDatasetsRepo, type DatasetVersionRow, type LabStore } from '../../src/storage';
import { joinColumnChunks } from './column-chunks';

/** A stored version and the named columns (all when `names` is omitted), joined in memory. */
export async function loadVersionTable(
  store: LabStore,
  versionId: string,
  names?: readonly string[],
): Promise<{ version: DatasetVersionRow; table: ColumnTable }> {
  const repo = createDatasetsRepo(store);
  const version = await repo.getVersion(versionId);
  const all = version.schema.columns.map((column) => column.name);
  const wanted = names ? [...new Set(names)] : all;
  const indices = wanted.map((name) => {
    const index = all.indexOf(name);
    if (index < 0) {
      throw new LabError('NOT_FOUND', `There is no column named "${name}".`, {
        params: { what: `column ${name}` },
      });
    }
    return index;
  });
  const last = Math.max(0, version.chunkCount - 1);
  const chunks = await repo.readChunks(versionId, wanted, 0, last);
  const columns = indices.map((index, c) =>
    joinColumnChunks(version.columns[index]!, chunks[c] ?? [], version.rows),
  );
  return { version, table: { rowCount: version.rows, names: wanted, columns } };
}
