/** How a column's values are read. */
export type ColumnType = 'number' | 'integer' | 'category' | 'boolean' | 'datetime' | 'text';

/** What a column is for in modelling. */
export type ColumnRole = 'feature' | 'target' | 'id' | 'time' | 'ignore';

/** One column of a dataset's schema. */
export interface ColumnSchema {
  name: string;
  type: ColumnType;
  role: ColumnRole;
}

/** A dataset's schema: its columns in order and the tokens read as missing. */
export interface DatasetSchema {
  columns: ColumnSchema[];
  /** Cell texts read as missing, e.g. "", "NA", "N/A", "null", "NaN", "-". */
  missingTokens: string[];
}

/**
 * A column's values, columnar. Numeric kinds (number, integer, boolean as 0/1, datetime as epoch
 * milliseconds UTC) are a Float64Array with NaN for missing. Coded kinds (category, text) are
 * dictionary codes into `dictionary`, with -1 for missing.
 */
export type ColumnValues =
  | { kind: 'numeric'; values: Float64Array }
  | { kind: 'coded'; codes: Int32Array; dictionary: string[] };

/** A whole table in memory, column by column (never one object per row). */
export interface ColumnTable {
  rowCount: number;
  /** Column names in schema order. */
  names: string[];
  columns: ColumnValues[];
}
