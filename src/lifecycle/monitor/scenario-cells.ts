/**
 * Cell-level scenarios of a replayed stream: a surge of missing values, and a category the
 * model never saw, each hitting a seeded share of the events after the onset.
 */
import type { Random } from '../../shared/random';
import type { ColumnValues } from '../data/types';

/** A copy of a stream-order column with each cell from the onset on missing with chance `rate`. */
export function computeMissingColumn(
  values: ColumnValues,
  rate: number,
  onsetPosition: number,
  random: Random,
): ColumnValues {
  if (values.kind === 'numeric') {
    const out = Float64Array.from(values.values);
    for (let i = onsetPosition; i < out.length; i++) if (random() < rate) out[i] = Number.NaN;
    return { kind: 'numeric', values: out };
  }
  const codes = Int32Array.from(values.codes);
  for (let i = onsetPosition; i < codes.length; i++) if (random() < rate) codes[i] = -1;
  return { kind: 'coded', codes, dictionary: [...values.dictionary] };
}

/**
 * A copy of a stream-order category column whose dictionary gains `value`, which replaces each
 * cell from the onset on with chance `rate`.
 */
export function computeUnseenColumn(
  values: ColumnValues & { kind: 'coded' },
  value: string,
  rate: number,
  onsetPosition: number,
  random: Random,
): ColumnValues {
  const dictionary = [...values.dictionary, value];
  const code = dictionary.length - 1;
  const codes = Int32Array.from(values.codes);
  for (let i = onsetPosition; i < codes.length; i++) if (random() < rate) codes[i] = code;
  return { kind: 'coded', codes, dictionary };
}
