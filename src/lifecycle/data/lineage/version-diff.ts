import type { ColumnProfile } from '../explore/types';
import type { ColumnSchema } from '../types';
import type {
  ColumnChange,
  ColumnStatChange,
  ProfiledVersion,
  ValueChange,
  VersionDiff,
} from './types';

/** Two numbers and `b − a`. */
function computeChange(a: number, b: number): ValueChange {
  return { a, b, delta: b - a };
}

/** Whether two statistics differ (two NaNs are the same). */
function isDifferent(change: ValueChange): boolean {
  return !(change.a === change.b || (Number.isNaN(change.a) && Number.isNaN(change.b)));
}

/** Mean and std of a numeric profile; NaN for coded columns. */
function computeMoments(profile: ColumnProfile): { mean: number; std: number } {
  return profile.kind === 'numeric'
    ? { mean: profile.mean, std: profile.std }
    : { mean: Number.NaN, std: Number.NaN };
}

/** Statistics of one shared column in both versions. */
function computeStatChange(name: string, a: ColumnProfile, b: ColumnProfile): ColumnStatChange {
  const ma = computeMoments(a);
  const mb = computeMoments(b);
  const stats = {
    count: computeChange(a.count, b.count),
    missing: computeChange(a.missing, b.missing),
    unique: computeChange(a.unique, b.unique),
    mean: computeChange(ma.mean, mb.mean),
    std: computeChange(ma.std, mb.std),
  };
  return { name, ...stats, changed: Object.values(stats).some(isDifferent) };
}

/** Only a column's schema fields (the profile stays out of the diff's column lists). */
function toSchema({ name, type, role }: ColumnSchema): ColumnSchema {
  return { name, type, role };
}

/**
 * What changed from version `a` to version `b`: added and removed columns (by name), shared
 * columns whose type or role changed, the row counts, and per shared column the change in
 * present count, missing count, distinct values, mean and sample std.
 */
export function computeVersionDiff(a: ProfiledVersion, b: ProfiledVersion): VersionDiff {
  const inA = new Map(a.columns.map((column) => [column.name, column]));
  const inB = new Map(b.columns.map((column) => [column.name, column]));
  const changed: ColumnChange[] = [];
  const stats: ColumnStatChange[] = [];
  for (const before of a.columns) {
    const after = inB.get(before.name);
    if (!after) continue;
    if (before.type !== after.type || before.role !== after.role) {
      changed.push({
        name: before.name,
        from: { type: before.type, role: before.role },
        to: { type: after.type, role: after.role },
      });
    }
    stats.push(computeStatChange(before.name, before.profile, after.profile));
  }
  return {
    a: a.versionId,
    b: b.versionId,
    rows: computeChange(a.rows, b.rows),
    added: b.columns.filter((column) => !inA.has(column.name)).map(toSchema),
    removed: a.columns.filter((column) => !inB.has(column.name)).map(toSchema),
    changed,
    stats,
  };
}
