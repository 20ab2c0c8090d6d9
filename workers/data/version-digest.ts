import type { ColumnTable, DatasetSchema } from '../../src/lifecycle/data/types';

/** Hex of a SHA-256 digest. */
function toHex(digest: ArrayBuffer): string {
  return Array.from(new Uint8Array(digest), (byte) => byte.toString(16).padStart(2, '0')).join('');
}

/** Hex SHA-256 of bytes or a string (UTF-8). */
export async function computeSha256(data: ArrayBufferView | string): Promise<string> {
  const bytes = typeof data === 'string' ? new TextEncoder().encode(data) : data;
  return toHex(await crypto.subtle.digest('SHA-256', bytes as BufferSource));
}

/**
 * The canonical description of a version that its id digests: the schema (names, types, roles,
 * missing tokens), the row count, and per column its kind, dictionary and the SHA-256 of its
 * values (Float64 little-endian, or Int32 codes). Keys are written in one fixed order.
 */
export async function computeVersionManifest(
  schema: DatasetSchema,
  table: ColumnTable,
): Promise<string> {
  const columns = await Promise.all(
    table.columns.map(async (column) =>
      column.kind === 'numeric'
        ? { kind: 'numeric', sha256: await computeSha256(column.values) }
        : {
            kind: 'coded',
            dictionary: column.dictionary,
            sha256: await computeSha256(column.codes),
          },
    ),
  );
  return JSON.stringify({
    format: 'lifecycle-lab/dataset-version@1',
    schema: {
      columns: schema.columns.map(({ name, type, role }) => ({ name, type, role })),
      missingTokens: schema.missingTokens,
    },
    rows: table.rowCount,
    columns,
  });
}

/** A dataset version's id: the hex SHA-256 of its canonical manifest (content and schema). */
export async function computeVersionId(schema: DatasetSchema, table: ColumnTable): Promise<string> {
  return computeSha256(await computeVersionManifest(schema, table));
}
