/**
 * The fitted preprocessing of a package as plain, self-describing JSON (`preprocessing.json` of
 * an exported model): each feature's block of the input vector and its transform, and how the
 * model's output becomes a class label or a number, so code without the lab can apply it.
 */
import type { ColumnType } from '../data/types';
import type { PackageManifest } from '../deploy/types';
import { computeFeatureWidth } from '../train/apply-preprocessing';

/** A number feature: one input, (value − mean) / scale; a missing value takes `fill` (the mean). */
export interface ExportedNumericFeature {
  name: string;
  type: ColumnType;
  transform: 'standardize';
  /** Position of this feature's first input in the input vector, and its input count. */
  offset: number;
  width: 1;
  mean: number;
  scale: number;
  fill: number;
  /** Training values were all equal: scale 1, training inputs all 0. */
  constant: boolean;
  /** Datetimes are epoch milliseconds (UTC). */
  unit: 'epoch-ms-utc' | null;
}

/** A category feature: one input per training category, 1 at the value's category, else 0. */
export interface ExportedOneHotFeature {
  name: string;
  type: ColumnType;
  transform: 'one-hot';
  offset: number;
  width: number;
  /** Training categories in input order. */
  categories: string[];
  /** Values read as another category first (booleans: true → "1", false → "0"); null for none. */
  aliases: Record<string, string> | null;
  missing: 'all-zeros';
  unknown: 'all-zeros';
}

/** How the output vector becomes the answer. */
export type ExportedOutput =
  | { kind: 'class'; target: string; labels: string[]; pick: 'argmax' }
  | { kind: 'number'; target: string; mean: number; scale: number; formula: string };

/** The whole of `preprocessing.json`. */
export interface ExportedPreprocessing {
  format: 'lifecycle-lab-preprocessing';
  formatVersion: 1;
  model: { name: string; version: number };
  task: 'classification' | 'regression';
  /** Input vector length: the sum of the features' widths. */
  inputWidth: number;
  /** The rules below in words, for a reader of this file. */
  rules: string[];
  features: (ExportedNumericFeature | ExportedOneHotFeature)[];
  output: ExportedOutput;
}

const rules = [
  'The input vector is the features in this order, each taking `width` inputs from `offset`.',
  'A value is missing when it is absent, null, or blank text.',
  'standardize: input = (value - mean) / scale; a missing value takes `fill` (the mean), so 0.',
  'Numbers may be sent as numbers or decimal text; datetimes as epoch ms or ISO 8601 text with Z or an offset.',
  'one-hot: one input per category, 1 where the value (as text, after `aliases`) equals it, else 0; missing or unseen values give all zeros.',
  'class output: the outputs are probabilities in `labels` order; the answer is the label of the largest.',
  'number output: the answer is output * scale + mean (the target in its own units).',
];

/** The package's fitted preprocessing, input types and output mapping as `preprocessing.json`. */
export function computeExportedPreprocessing(manifest: PackageManifest): ExportedPreprocessing {
  const types = new Map(manifest.inputSchema.map((field) => [field.name, field.type]));
  let offset = 0;
  const features = manifest.preprocessing.features.map((step) => {
    const at = offset;
    offset += computeFeatureWidth(step);
    if (step.kind === 'numeric') {
      const type = types.get(step.column) ?? 'number';
      const feature: ExportedNumericFeature = {
        name: step.column,
        type,
        transform: 'standardize',
        offset: at,
        width: 1,
        mean: step.mean,
        scale: step.scale,
        fill: step.mean,
        constant: step.constant,
        unit: type === 'datetime' ? 'epoch-ms-utc' : null,
      };
      return feature;
    }
    const type = types.get(step.column) ?? 'category';
    const feature: ExportedOneHotFeature = {
      name: step.column,
      type,
      transform: 'one-hot',
      offset: at,
      width: step.categories.length,
      categories: [...step.categories],
      aliases: type === 'boolean' ? { true: '1', false: '0' } : null,
      missing: 'all-zeros',
      unknown: 'all-zeros',
    };
    return feature;
  });
  const target = manifest.preprocessing.target;
  const output: ExportedOutput =
    target.kind === 'classes'
      ? { kind: 'class', target: target.column, labels: [...target.classes], pick: 'argmax' }
      : {
          kind: 'number',
          target: target.column,
          mean: target.mean,
          scale: target.scale,
          formula: 'output * scale + mean',
        };
  return {
    format: 'lifecycle-lab-preprocessing',
    formatVersion: 1,
    model: { name: manifest.name, version: manifest.version },
    task: manifest.task,
    inputWidth: manifest.preprocessing.inputWidth,
    rules,
    features,
    output,
  };
}
