import type { DatasetSchema } from '../../../lifecycle/data/types';

/** The columns of a source version the scenario fields offer. */
export interface SourceColumns {
  /** Number features (covariate shift). */
  numbers: string[];
  /** Every feature (missing-value surge). */
  features: string[];
  /** Category features (unseen category). */
  categories: string[];
  /** The target column, or '' when the schema names none. */
  target: string;
}

/** The source's number, feature and category columns and its target, from its schema. */
export function computeSourceColumns(schema: DatasetSchema | null | undefined): SourceColumns {
  const features = (schema?.columns ?? []).filter((c) => c.role === 'feature');
  return {
    numbers: features.filter((c) => c.type === 'number' || c.type === 'integer').map((c) => c.name),
    features: features.map((c) => c.name),
    categories: features.filter((c) => c.type === 'category').map((c) => c.name),
    target: schema?.columns.find((c) => c.role === 'target')?.name ?? '',
  };
}
