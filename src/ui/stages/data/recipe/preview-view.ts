import type { FittedStep, RecipeStep } from '../../../../api/types';
import type { ColumnProfile } from '../../../../lifecycle/data/explore';
import type { DatasetSchema } from '../../../../lifecycle/data/types';

/** Most columns a preview compares (a one-hot encoding can add many). */
export const maxPreviewColumns = 12;

/** Names a step states, in its own order. */
function listStepColumns(step: RecipeStep): string[] {
  switch (step.kind) {
    case 'rename-columns':
      return step.renames.flatMap((r) => [r.from, r.to]);
    case 'filter-rows':
      return step.conditions.map((c) => c.column);
    case 'derive':
      return [step.name];
    case 'split':
      return [...(step.column === undefined ? [] : [step.column]), step.name ?? 'split'];
    case 'drop-duplicates':
      return [...(step.columns ?? [])];
    default:
      return 'columns' in step ? [...step.columns] : 'column' in step ? [step.column] : [];
  }
}

/**
 * The columns a preview compares: those the step names, then those it added or removed; in the
 * order of the columns before, then the added ones. At most `maxPreviewColumns`.
 */
export function listAffectedColumns(
  step: RecipeStep,
  before: DatasetSchema,
  after: DatasetSchema,
): string[] {
  const beforeNames = before.columns.map((c) => c.name);
  const afterNames = after.columns.map((c) => c.name);
  const named = new Set(listStepColumns(step));
  for (const name of beforeNames) if (!afterNames.includes(name)) named.add(name);
  for (const name of afterNames) if (!beforeNames.includes(name)) named.add(name);
  const ordered = [...beforeNames, ...afterNames.filter((n) => !beforeNames.includes(n))];
  return ordered.filter((name) => named.has(name)).slice(0, maxPreviewColumns);
}

/** A statistic of the side-by-side comparison. */
export type StatKey = 'count' | 'missing' | 'unique' | 'mean' | 'std' | 'min' | 'max';

/** The statistics compared: moments only where either side is numeric. */
export function listStatKeys(
  a: ColumnProfile | undefined,
  b: ColumnProfile | undefined,
): StatKey[] {
  const counts: StatKey[] = ['count', 'missing', 'unique'];
  return a?.kind === 'numeric' || b?.kind === 'numeric'
    ? [...counts, 'mean', 'std', 'min', 'max']
    : counts;
}

/** A statistic of a profile, or null when the column is absent or not numeric. */
export function readStat(profile: ColumnProfile | undefined, key: StatKey): number | null {
  if (!profile) return null;
  if (key === 'count' || key === 'missing' || key === 'unique') return profile[key];
  return profile.kind === 'numeric' ? profile[key] : null;
}

/** A fitted value's label. */
export type FittedLabel =
  | 'fill'
  | 'lower'
  | 'upper'
  | 'center'
  | 'scale'
  | 'categories'
  | 'shift'
  | 'edges'
  | 'train'
  | 'validation'
  | 'test';

/** One line of the fitted parameters: a column (or the step) and its labelled values. */
export interface FittedRow {
  subject: string;
  values: { label: FittedLabel; value: number | string }[];
}

/** The fitted parameters of a step as rows; empty for steps that learn nothing. */
export function listFittedRows(step: FittedStep): FittedRow[] {
  switch (step.kind) {
    case 'impute':
      return step.fitted.fills.map((f) => ({
        subject: f.column,
        values: [{ label: 'fill', value: f.value }],
      }));
    case 'clip-outliers':
      return step.fitted.bounds.map((b) => ({
        subject: b.column,
        values: [
          { label: 'lower', value: b.lower },
          { label: 'upper', value: b.upper },
        ],
      }));
    case 'scale':
      return step.fitted.scales.map((s) => ({
        subject: s.column,
        values: [
          { label: 'center', value: s.center },
          { label: 'scale', value: s.scale },
        ],
      }));
    case 'encode':
      return [
        {
          subject: step.column,
          values: [{ label: 'categories', value: step.fitted.categories.join(', ') }],
        },
      ];
    case 'log-transform':
      return step.fitted.shifts.map((s) => ({
        subject: s.column,
        values: [{ label: 'shift', value: s.shift }],
      }));
    case 'bin':
      return [
        {
          subject: step.column,
          values: [{ label: 'edges', value: step.fitted.edges.join(' · ') }],
        },
      ];
    case 'split': {
      const { train, validation, test } = step.fitted.counts;
      return [
        {
          subject: step.name ?? 'split',
          values: [
            { label: 'train', value: train },
            { label: 'validation', value: validation },
            { label: 'test', value: test },
          ],
        },
      ];
    }
    default:
      return [];
  }
}
