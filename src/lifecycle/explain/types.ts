/**
 * Types of the explain stage: global explanations (permutation importance, partial dependence
 * and ICE, standardised coefficients, model structure) and local ones (additive attributions of
 * one prediction). Plain JSON only.
 */

/** Feature values of one row as the user sees them (numbers, category text, booleans, missing). */
export type FeatureRow = Record<string, string | number | boolean | null>;

/** Permutation importance of one feature: the metric's drop when its column is shuffled. */
export interface PermutationImportance {
  feature: string;
  /** Mean over repeats of (score on intact data − score with the column permuted). */
  mean: number;
  /** Population standard deviation over repeats (numpy's default, as scikit-learn reports). */
  std: number;
  /** One drop per repeat. */
  drops: number[];
}

/** Permutation importance of every feature, sorted by mean drop, largest first. */
export interface PermutationReport {
  /** Metric scored (higher is better: `accuracy`, `r2`, or a negated error as `neg_mae`). */
  metric: string;
  baseline: number;
  repeats: number;
  seed: number;
  features: PermutationImportance[];
}

/** Partial dependence and ICE curves of one feature. */
export interface PartialDependence {
  feature: string;
  kind: 'numeric' | 'categorical';
  /** Grid values: numbers (numeric) or category labels (categorical). */
  grid: (number | string)[];
  /** The output averaged over rows at each grid value, one array per output (class or value). */
  average: number[][];
  /** Output names: class labels, or the target name for regression. */
  outputs: string[];
  /** ICE: for a seeded sample of rows, the output of the chosen class at each grid value. */
  ice: { row: number; values: number[] }[];
  /** Index into `outputs` of the curves in `ice`. */
  iceOutput: number;
}

/** A coefficient of a linear or logistic model on standardised inputs. */
export interface Coefficient {
  /** Model input: `column` for numbers, `column = category` for one-hot inputs. */
  input: string;
  /** One coefficient per output (class or value). */
  values: number[];
}

/** One layer of the model as the structure diagram shows it. */
export interface LayerSummary {
  name: string;
  kind: string;
  activation: string | null;
  inputShape: (number | null)[];
  outputShape: (number | null)[];
  parameters: number;
  /** Histogram of the layer's kernel weights (20 equal-width bins), null without a kernel. */
  weights: { edges: number[]; counts: number[]; mean: number; std: number } | null;
}

/** What `lab.explain.global` returns. */
export interface GlobalExplanation {
  runId: string;
  split: 'test' | 'validation' | 'train';
  importance: PermutationReport;
  /** Partial dependence of each feature (only those asked for, or all by default). */
  dependence: PartialDependence[];
  /** Standardised coefficients (linear and logistic models only), else null. */
  coefficients: { outputs: string[]; inputs: Coefficient[]; intercepts: number[] } | null;
  structure: LayerSummary[];
  createdAt: number;
}

/** One feature's share of a local explanation. */
export interface Attribution {
  feature: string;
  value: string | number | boolean | null;
  /** Additive contribution to the explained output. */
  contribution: number;
}

/** What `lab.explain.local` returns. */
export interface LocalExplanation {
  runId: string;
  /** The version row explained, or null for a row typed in. */
  row: number | null;
  features: FeatureRow;
  method: 'exact-shapley' | 'kernel-shap' | 'integrated-gradients';
  /** Output explained: a class label (its probability) or the target (regression). */
  output: string;
  /** Expected output over the background sample. */
  baseValue: number;
  /** The model's output for this row. */
  prediction: number;
  /** The predicted class and probabilities (classification), for the what-if panel. */
  predicted: { label: string; probabilities: number[]; labels: string[] } | { value: number };
  attributions: Attribution[];
  /** |baseValue + Σ contributions − prediction|. */
  additivityGap: number;
  /** Background rows used and, for KernelSHAP, coalitions sampled. */
  background: number;
  samples: number | null;
}
