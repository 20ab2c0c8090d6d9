/** Element type of a column chunk's buffer. */
export type ChunkEncoding = 'float32' | 'float64' | 'int32' | 'uint8' | 'uint16' | 'uint32';

/**
 * One chunk of one column of a dataset version (`columnChunks`), keyed by
 * `[versionId+column+index]`. Numbers are typed-array values; categories are dictionary codes.
 */
export interface ColumnChunkRow {
  versionId: string;
  projectId: string;
  column: string;
  /** Chunk number, from 0. */
  index: number;
  encoding: ChunkEncoding;
  values: ArrayBuffer;
  /** One byte per row, 1 where the value is missing; null when none is. */
  missing: Uint8Array | null;
}
