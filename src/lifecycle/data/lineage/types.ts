import type { ColumnProfile } from '../explore/types';
import type { ColumnRole, ColumnSchema, ColumnType } from '../types';

/** A version as the lineage graph sees it: its id, parents, the kind of step that made it, rows. */
export interface LineageVersion {
  id: string;
  /** Ids of the versions it was made from (parents outside the list are ignored). */
  parents: readonly string[];
  /** The step kind that made it (`import`, `impute`, …). */
  step: string;
  rows: number;
}

/** A version placed in the layered layout: column = depth (oldest left), row = order in its layer. */
export interface LineageNode extends LineageVersion {
  /** Length of the longest path from a root (an import) to this version. */
  depth: number;
  /** Position within its depth layer, from the top (0-based). */
  order: number;
  /** Centre of the node in layout units. */
  x: number;
  y: number;
}

/** An edge parent → child, labelled with the child's step kind. */
export interface LineageEdge {
  from: string;
  to: string;
  step: string;
}

/** The layered layout of a version DAG. */
export interface LineageLayout {
  nodes: LineageNode[];
  edges: LineageEdge[];
  /** Size of the whole drawing in layout units. */
  width: number;
  height: number;
}

/** Spacing of the layout, in layout units. */
export interface LineageLayoutOptions {
  /** Distance between the centres of two depth columns. */
  columnGap?: number;
  /** Distance between the centres of two nodes in a column. */
  rowGap?: number;
  /** Margin around the drawing. */
  padding?: number;
}

/** A version's schema and column profiles (what `lab.data.profile` gives). */
export interface ProfiledVersion {
  versionId: string;
  rows: number;
  columns: readonly (ColumnSchema & { profile: ColumnProfile })[];
}

/** A number in both versions and how it moved (`b − a`; NaN when either is NaN). */
export interface ValueChange {
  a: number;
  b: number;
  delta: number;
}

/** A column present in both versions whose type or role differ. */
export interface ColumnChange {
  name: string;
  from: { type: ColumnType; role: ColumnRole };
  to: { type: ColumnType; role: ColumnRole };
}

/** Statistics of a column present in both versions; mean and std are NaN for coded columns. */
export interface ColumnStatChange {
  name: string;
  count: ValueChange;
  missing: ValueChange;
  unique: ValueChange;
  mean: ValueChange;
  std: ValueChange;
  /** Whether any of the statistics differ. */
  changed: boolean;
}

/** What differs from version `a` to version `b`: schema, rows and per-column statistics. */
export interface VersionDiff {
  a: string;
  b: string;
  rows: ValueChange;
  /** Columns of `b` that `a` lacks, in `b`'s order. */
  added: ColumnSchema[];
  /** Columns of `a` that `b` lacks, in `a`'s order. */
  removed: ColumnSchema[];
  /** Shared columns whose type or role changed, in `a`'s order. */
  changed: ColumnChange[];
  /** Every shared column's statistics, in `a`'s order. */
  stats: ColumnStatChange[];
}
