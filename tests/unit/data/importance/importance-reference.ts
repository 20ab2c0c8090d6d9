/** The importance.json reference (make-fixtures.py) and the tables it was computed from. */
import type { ColumnTable } from '../../../../src/lifecycle/data/types';
import {
  readStatsJson,
  readStatsTable,
  type FixtureColumn,
  type FixtureTableName,
} from '../explore/stats-fixture';

/** sklearn/scipy values for one feature against one target, on complete pairs. */
export interface FeatureReference {
  feature: string;
  n: number;
  mutualInformation: number;
  /** Smallest and largest sklearn MI over random_state 0..19. */
  mutualInformationRange: [number, number];
  /** numpy RandomState(0) standard-normal draws sklearn used for the feature, per complete row. */
  featureNoise: number[] | null;
  /** ...and then for a numeric target. */
  targetNoise: number[] | null;
  test: 'anova-f' | 'correlation-f' | 'chi-square';
  statistic: number;
  pValue: number;
  df: number[];
}

const reference = readStatsJson<{
  columns: Record<FixtureTableName, FixtureColumn[]>;
  importance: Record<FixtureTableName, { target: string; features: FeatureReference[] }[]>;
}>('importance.json');

/** Each (table, target, feature) case with the table it belongs to. */
export const importanceCases: {
  label: string;
  table: ColumnTable;
  target: string;
  reference: FeatureReference;
}[] = (['synthetic', 'penguins'] as const).flatMap((name) => {
  const table = readStatsTable(name, reference.columns[name]);
  return reference.importance[name].flatMap(({ target, features }) =>
    features.map((feature) => ({
      label: `${name}: ${feature.feature} → ${target}`,
      table,
      target,
      reference: feature,
    })),
  );
});
