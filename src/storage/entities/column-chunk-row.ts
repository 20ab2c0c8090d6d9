/** Element type of a column chunk's buffer: Float64 values or Int32 dictionary codes. */
export type ChunkEncoding = 'float64' | 'int32';

/**
 * One chunk of one column of a dataset version (`columnChunks`), keyed by
 * `[versionId+column+index]` where `column` is the column's name. Missing values are inside
 * the buffer (NaN, or code -1). Chunks belong to the version, not to a project.
 */
export interface ColumnChunkRow {
  versionId: string;
  column: string;
  /** Chunk number, from 0. */
  index: number;
  encoding: ChunkEncoding;
  /** Rows in this chunk. */
  rows: number;
  values: ArrayBuffer;
}
