/**
 * Seeded perturbations of a columnar table for the robustness check: Gaussian noise on number
 * features, cells set missing, or categories swapped. Plain numbers only; the input is never
 * mutated.
 */
import { LabError } from '../../shared/lab-error';
import { createRandom, drawNormal, type Random } from '../../shared/random';
import type { ColumnTable, ColumnValues, DatasetSchema } from '../data/types';
import type { RobustnessPoint } from './types';

/** One perturbation: its kind and strength (noise in training standard deviations, else a share of cells). */
export interface Perturbation {
  kind: RobustnessPoint['kind'];
  strength: number;
}

function invalid(field: string, reason: string, message: string): LabError {
  return new LabError('INVALID_ARGUMENT', message, { params: { field, reason } });
}

function perturbColumn(
  values: ColumnValues,
  type: string,
  perturbation: Perturbation,
  spread: number | undefined,
  random: Random,
  name: string,
): ColumnValues {
  const { kind, strength } = perturbation;
  if (values.kind === 'numeric') {
    if (kind === 'category-swap') return values;
    if (kind === 'gaussian-noise' && type !== 'number' && type !== 'integer') return values;
    if (kind === 'gaussian-noise' && !(spread !== undefined && Number.isFinite(spread))) {
      throw invalid('spreads', 'required', `no training spread for column ${name}`);
    }
    const out = Float64Array.from(values.values);
    for (let i = 0; i < out.length; i++) {
      if (Number.isNaN(out[i]!)) continue;
      if (kind === 'missing') {
        if (random() < strength) out[i] = Number.NaN;
      } else {
        out[i] = out[i]! + strength * spread! * drawNormal(random);
      }
    }
    return { kind: 'numeric', values: out };
  }
  if (kind === 'gaussian-noise') return values;
  if (kind === 'category-swap' && type !== 'category') return values;
  const codes = Int32Array.from(values.codes);
  const others = values.dictionary.length - 1;
  for (let i = 0; i < codes.length; i++) {
    const code = codes[i]!;
    if (code < 0 || random() >= strength) continue;
    if (kind === 'missing') codes[i] = -1;
    else if (others > 0) {
      const other = Math.floor(random() * others);
      codes[i] = other >= code ? other + 1 : other;
    }
  }
  return { kind: 'coded', codes, dictionary: values.dictionary };
}

/**
 * A copy of `table` with the feature `columns` perturbed, reproducibly from `seed`:
 * `gaussian-noise` adds N(0, (strength × spread)²) to number and integer cells (`spreads`: each
 * column's training standard deviation); `missing` sets each cell missing with probability
 * `strength`; `category-swap` replaces each category cell, with probability `strength`, by one of
 * the column's other categories, uniformly. Missing cells stay missing; other columns are shared.
 */
export function computePerturbedTable(
  table: ColumnTable,
  schema: DatasetSchema,
  columns: string[],
  perturbation: Perturbation,
  seed: number,
  spreads: Record<string, number>,
): ColumnTable {
  const { kind, strength } = perturbation;
  if (!Number.isFinite(strength) || strength < 0) {
    throw invalid('strength', 'not_finite', `perturbation strength ${strength} is not valid`);
  }
  if (kind !== 'gaussian-noise' && strength > 1) {
    throw invalid('strength', 'not_allowed', `a share of cells ${strength} is above 1`);
  }
  const random = createRandom(seed);
  const perturbed = [...table.columns];
  for (const name of columns) {
    const index = table.names.indexOf(name);
    const values = table.columns[index];
    const type = schema.columns.find((c) => c.name === name)?.type;
    if (values === undefined || type === undefined) {
      throw new LabError('SCHEMA_MISMATCH', `column ${name} is not in the table`, {
        column: name,
        params: { column: name },
      });
    }
    perturbed[index] = perturbColumn(values, type, perturbation, spreads[name], random, name);
  }
  return { rowCount: table.rowCount, names: [...table.names], columns: perturbed };
}
