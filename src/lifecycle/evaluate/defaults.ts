/** Defaults of the evaluate stage. */
import type { RobustnessPoint } from './types';

/** Perturbation strengths tried by the robustness check, per kind. */
export const robustnessLevels: Record<RobustnessPoint['kind'], readonly number[]> = {
  'gaussian-noise': [0.1, 0.25, 0.5, 1],
  missing: [0.1, 0.25, 0.5],
  'category-swap': [0.1, 0.25, 0.5],
};

/** How many worst errors an evaluation keeps. */
export const worstErrorCount = 50;

/** Equal-width bins of the calibration curves. */
export const calibrationBins = 10;
