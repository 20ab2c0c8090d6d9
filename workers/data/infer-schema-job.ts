import { defaultSampleRows } from '../../src/lifecycle/data/import/defaults';
import { parseTable } from '../../src/lifecycle/data/import/parse-table';
import type { ImportEncoding, ImportFormat } from '../../src/lifecycle/data/import/types';
import type { DatasetSchema } from '../../src/lifecycle/data/types';
import { LabError } from '../../src/shared/lab-error';
import { openBlobSource } from './byte-source';

/** What the data worker's `inferSchema` takes: a Blob or File and the user's read options. */
export interface InferSchemaRequest {
  blob: Blob;
  /** The file's name (format detection); default the File's name or "data". */
  name?: string;
  format?: ImportFormat;
  encoding?: ImportEncoding;
  delimiter?: string;
  header?: boolean;
  /** Cell texts read as missing, replacing the defaults. */
  missingTokens?: string[];
}

/**
 * The schema an import of `blob` would infer (types, roles, missing tokens), read from only about
 * the first 10,000 rows of a text file: nothing is stored. The user reviews and edits it, then
 * passes it to the import as `schema`.
 */
export async function inferBlobSchema(request: InferSchemaRequest): Promise<DatasetSchema> {
  if (!(request.blob instanceof Blob)) {
    throw new LabError('INVALID_ARGUMENT', 'inferSchema takes a File or Blob', {
      params: { reason: 'not-a-blob' },
    });
  }
  const name = request.name ?? (request.blob as Partial<File>).name ?? 'data';
  const source = openBlobSource(request.blob, name);
  const parsed = await parseTable({
    name,
    chunks: source.chunks,
    size: source.size,
    format: request.format,
    encoding: request.encoding,
    delimiter: request.delimiter,
    header: request.header,
    missingTokens: request.missingTokens,
    maxRows: defaultSampleRows,
  });
  return parsed.schema;
}
