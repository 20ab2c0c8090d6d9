/**
 * The what-if form's fields: which input each feature gets (number, category select, yes/no,
 * text) and how typed text becomes a feature value. Pure: unit-tested in Node.
 */
import type { ErrorRow } from '../../../api/types';
import type { FeatureRow } from '../../../state/explain-types';

/** One editable feature of the what-if form. */
export interface WhatIfField {
  feature: string;
  kind: 'number' | 'category' | 'boolean' | 'text';
  /** Categories seen in the row and the worst-error rows, sorted (category fields only). */
  options: string[];
}

/** Fields of the form in the row's feature order, typed by the values seen across the rows. */
export function computeWhatIfFields(
  features: FeatureRow,
  seen: readonly Pick<ErrorRow, 'features'>[],
): WhatIfField[] {
  return Object.keys(features).map((feature) => {
    const values = [features[feature], ...seen.map((row) => row.features[feature])].filter(
      (value) => value !== null && value !== undefined,
    );
    if (values.length > 0 && values.every((value) => typeof value === 'number')) {
      return { feature, kind: 'number', options: [] };
    }
    if (values.length > 0 && values.every((value) => typeof value === 'boolean')) {
      return { feature, kind: 'boolean', options: [] };
    }
    const options = [...new Set(values.map(String))].sort();
    return options.length >= 2
      ? { feature, kind: 'category', options }
      : { feature, kind: 'text', options: [] };
  });
}

/** Text from an input as a feature value of the field's kind; empty is missing (null). */
export function parseWhatIfValue(field: WhatIfField, text: string): FeatureRow[string] {
  if (text.trim() === '') return null;
  if (field.kind === 'number') {
    const value = Number(text);
    return Number.isFinite(value) ? value : null;
  }
  if (field.kind === 'boolean') return text === 'true';
  return text;
}

/** A feature value as an input's text (missing is empty). */
export function computeInputText(value: FeatureRow[string] | undefined): string {
  return value === null || value === undefined ? '' : String(value);
}
