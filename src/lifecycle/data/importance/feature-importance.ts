import { LabError } from '../../../shared/lab-error';
import type { ColumnTable } from '../types';
import { computeMutualInformation } from './mutual-information';
import type { FeatureImportance, FeatureImportanceOptions } from './types';
import { computeUnivariateTest } from './univariate-tests';

/**
 * Every other column of a table against the target column: mutual information (nats) and the
 * univariate test, sorted by mutual information, highest first (ties by name). Columns listed in
 * `exclude` (ids, times, ignored) are skipped.
 */
export function computeFeatureImportance(
  table: ColumnTable,
  targetName: string,
  options: FeatureImportanceOptions & { exclude?: readonly string[] } = {},
): FeatureImportance[] {
  const targetIndex = table.names.indexOf(targetName);
  const target = table.columns[targetIndex];
  if (!target) {
    throw new LabError('NOT_FOUND', `There is no column named "${targetName}".`, {
      column: targetName,
    });
  }
  const skipped = new Set(options.exclude ?? []);
  const ranked: FeatureImportance[] = [];
  table.columns.forEach((feature, index) => {
    const name = table.names[index]!;
    if (index === targetIndex || skipped.has(name)) return;
    ranked.push({
      name,
      mutualInformation: computeMutualInformation(feature, target, options),
      test: computeUnivariateTest(feature, target, options),
    });
  });
  return ranked.sort(
    (a, b) =>
      b.mutualInformation - a.mutualInformation || (a.name < b.name ? -1 : a.name > b.name ? 1 : 0),
  );
}
