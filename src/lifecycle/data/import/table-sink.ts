import type { DatasetSchema } from '../types';
import { createColumnBuilder, type ColumnBuilder } from './column-builder';
import { defaultMissingTokens, defaultSampleRows } from './defaults';
import { createInputError } from './import-error';
import { inferSchema } from './infer-schema';
import type { DirectRows, ImportWarning, RowBatch } from './types';

/** Collects row batches: holds the first ones until the schema is known, then builds columns. */
export interface TableSink {
  accept(names: () => readonly string[] | null, batches: readonly RowBatch[]): void;
  rowCount(): number;
  /** Once the schema is known: where a text parser may append records directly. */
  direct(): DirectRows | null;
  /** Once the schema is known: makes room for about `rows` rows in all. */
  reserve(rows: number): void;
  finish(names: readonly string[]): {
    schema: DatasetSchema;
    table: ReturnType<ColumnBuilder['finish']>['table'];
    warnings: ImportWarning[];
  };
}

/** Options: the file (for errors), a user-edited schema, missing tokens, how many rows to infer from. */
export interface TableSinkOptions {
  file: string;
  schema?: DatasetSchema;
  missingTokens?: readonly string[];
  sampleRows?: number;
}

/** A user's schema checked against the file's columns: same names in the same order. */
export function parseSchemaForColumns(
  schema: DatasetSchema,
  names: readonly string[],
  file: string,
): DatasetSchema {
  const count = Math.max(schema.columns.length, names.length);
  for (let index = 0; index < count; index++) {
    const expected = schema.columns[index]?.name;
    const found = names[index];
    if (expected === found) continue;
    const reason =
      found === undefined
        ? `the schema has column "${expected}" but the file has only ${names.length} columns`
        : expected === undefined
          ? `the file has column "${found}" that the schema does not list`
          : `the schema expects column "${expected}" at position ${index + 1} but the file has "${found}"`;
    throw createInputError('SCHEMA_MISMATCH', { file, column: found ?? expected ?? '' }, reason);
  }
  return schema;
}

/** Creates a sink that infers (or checks) the schema from the first `sampleRows` rows. */
export function createTableSink(options: TableSinkOptions): TableSink {
  const sampleRows = options.sampleRows ?? defaultSampleRows;
  let sample: RowBatch[] = [];
  let sampled = 0;
  let builder: ColumnBuilder | null = null;
  let schema: DatasetSchema | null = null;

  const start = (names: readonly string[]): ColumnBuilder => {
    const missingTokens =
      options.missingTokens ?? options.schema?.missingTokens ?? defaultMissingTokens;
    schema =
      options.schema === undefined
        ? inferSchema({ names, batches: sample }, { missingTokens })
        : {
            ...parseSchemaForColumns(options.schema, names, options.file),
            missingTokens: [...missingTokens],
          };
    const started = createColumnBuilder(schema);
    for (const batch of sample) started.append(batch);
    sample = [];
    builder = started;
    return started;
  };

  return {
    accept(names, batches) {
      for (const batch of batches) {
        if (builder !== null) {
          builder.append(batch);
          continue;
        }
        sample.push(batch);
        sampled += batch.rowCount;
        const known = names();
        if (sampled >= sampleRows && known !== null) start(known);
      }
    },
    rowCount: () => (builder === null ? sampled : builder.rowCount()),
    direct: () => (builder === null ? null : builder.direct()),
    reserve: (rows) => builder?.reserve(rows),
    finish(names) {
      const built = (builder ?? start(names)).finish();
      return { schema: schema as DatasetSchema, ...built };
    },
  };
}
