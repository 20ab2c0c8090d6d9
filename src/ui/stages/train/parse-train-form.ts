/**
 * Parsing of the Train form's typed text: numbers, lists of numbers ("0.001, 0.01"), hidden
 * layer specs ("64, 32") and lists of them ("16; 32; 64,32"), tags. Bad text throws a LabError
 * INVALID_ARGUMENT whose `params` name the form field and the reason.
 */
import { LabError } from '../../../shared/lab-error';

/** Bounds a typed number must meet. */
export interface NumberRule {
  integer?: boolean;
  /** Smallest allowed value (inclusive). */
  min?: number;
  /** Largest allowed value; exclusive when `maxExclusive`. */
  max?: number;
  maxExclusive?: boolean;
  /** Must be greater than zero. */
  positive?: boolean;
}

function invalid(field: string, reason: string, text: string): LabError {
  return new LabError('INVALID_ARGUMENT', `Check “${field}”: ${reason} (${text}).`, {
    params: { field, reason },
    detail: text,
  });
}

/** One typed number checked against `rule`, e.g. "0.001" → 0.001. */
export function parseNumberField(text: string, field: string, rule: NumberRule = {}): number {
  const trimmed = text.trim();
  if (trimmed === '') throw invalid(field, 'required', text);
  const value = Number(trimmed);
  if (!Number.isFinite(value)) throw invalid(field, 'not_finite', text);
  if (rule.integer && !Number.isInteger(value)) throw invalid(field, 'wrong_type', text);
  if (rule.positive && value <= 0) throw invalid(field, 'not_positive', text);
  const tooSmall = rule.min !== undefined && value < rule.min;
  const tooLarge =
    rule.max !== undefined && (rule.maxExclusive ? value >= rule.max : value > rule.max);
  if (tooSmall || tooLarge) throw invalid(field, 'out_of_range', text);
  return value;
}

function parts(text: string, separator: RegExp): string[] {
  return text
    .split(separator)
    .map((part) => part.trim())
    .filter((part) => part !== '');
}

/** A comma-separated list of numbers, e.g. "0.001, 0.01, 0.1" → [0.001, 0.01, 0.1]. */
export function parseNumberList(text: string, field: string, rule: NumberRule = {}): number[] {
  return parts(text, /[,\s]+/).map((part) => parseNumberField(part, field, rule));
}

/** Hidden layer units, input side first: "64, 32" → [64, 32]; "" → [] (no hidden layer). */
export function parseHiddenLayers(text: string, field = 'hidden'): number[] {
  return parseNumberList(text, field, { integer: true, positive: true, max: 4096 });
}

/** Several hidden layer specs separated by ";": "16; 32; 64,32" → [[16], [32], [64, 32]]. */
export function parseHiddenList(text: string, field = 'hidden'): number[][] {
  return parts(text, /;/).map((part) => parseHiddenLayers(part, field));
}

/** Tags typed as "baseline, small" → ["baseline", "small"], without duplicates. */
export function parseTags(text: string): string[] {
  return [...new Set(parts(text, /,/))];
}

/** Hidden layer units as the form shows them: [64, 32] → "64, 32". */
export function formatHidden(hidden: readonly number[]): string {
  return hidden.join(', ');
}
