import type { ColumnSchema, ColumnValues } from '../../src/lifecycle/data/types';
import type { LabStore } from '../../src/storage';
import { loadVersionTable } from './version-table';

/** Rows written per Blob part, so a large version never becomes one giant string. */
const rowsPerPart = 2048;

/** Whether a field needs quotes in RFC 4180: it holds the delimiter, a quote, CR or LF. */
function needsQuotes(text: string, delimiter: string): boolean {
  return (
    text.includes(delimiter) || text.includes('"') || text.includes('\n') || text.includes('\r')
  );
}

/** One CSV field: quoted (inner quotes doubled) only when RFC 4180 needs it. */
export function formatCsvField(text: string, delimiter = ','): string {
  return needsQuotes(text, delimiter) ? `"${text.replaceAll('"', '""')}"` : text;
}

/**
 * One cell as CSV text: missing as empty, numbers with full precision (shortest text that
 * reads back to the same double, `-0` kept), booleans true/false, datetimes ISO 8601 UTC.
 */
export function formatCsvCell(schema: ColumnSchema, column: ColumnValues, row: number): string {
  if (column.kind === 'coded') {
    const code = column.codes[row] ?? -1;
    return code < 0 ? '' : (column.dictionary[code] ?? '');
  }
  const value = column.values[row] ?? Number.NaN;
  if (Number.isNaN(value)) return '';
  if (schema.type === 'boolean') return value !== 0 ? 'true' : 'false';
  if (schema.type === 'datetime') return new Date(value).toISOString();
  return Object.is(value, -0) ? '-0' : String(value);
}

/**
 * A stored version as an RFC 4180 CSV Blob (`text/csv`, UTF-8, CRLF line ends, a header row of
 * the column names). Imported again with the version's schema, it gives the same version id.
 */
export async function exportVersionCsv(
  store: LabStore,
  versionId: string,
  delimiter = ',',
): Promise<Blob> {
  const { version, table } = await loadVersionTable(store, versionId);
  const schemas = version.schema.columns;
  const field = (text: string) => formatCsvField(text, delimiter);
  const parts: string[] = [`${table.names.map(field).join(delimiter)}\r\n`];
  for (let start = 0; start < table.rowCount; start += rowsPerPart) {
    const end = Math.min(table.rowCount, start + rowsPerPart);
    const lines: string[] = [];
    for (let row = start; row < end; row++) {
      const cells = table.columns.map((column, c) =>
        field(formatCsvCell(schemas[c]!, column, row)),
      );
      lines.push(`${cells.join(delimiter)}\r\n`);
    }
    parts.push(lines.join(''));
  }
  return new Blob(parts, { type: 'text/csv;charset=utf-8' });
}
