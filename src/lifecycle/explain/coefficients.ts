/** Coefficients of a linear or logistic model, read from its kernel and bias. */
import type { GlobalExplanation } from './types';
import { computeInvalidArgument } from './table-columns';

/** Per model input its coefficients per output, and the intercepts (kernel: inputs × outputs). */
export function computeCoefficients(
  kernel: Float32Array,
  bias: Float32Array,
  inputNames: string[],
  outputs: string[],
): NonNullable<GlobalExplanation['coefficients']> {
  const k = outputs.length;
  if (kernel.length !== inputNames.length * k || bias.length !== k) {
    throw computeInvalidArgument('kernel', 'wrong_type', 'kernel shape does not match inputs');
  }
  const inputs = inputNames.map((input, i) => ({
    input,
    values: Array.from(kernel.subarray(i * k, (i + 1) * k)),
  }));
  return { outputs: outputs.slice(), inputs, intercepts: Array.from(bias) };
}
