/**
 * Types of the evaluate stage: metrics, curves, calibration, slices, fairness, robustness,
 * latency, the gate, predictions and the model card. Plain JSON only.
 */
import type { SuccessCriterion, Task } from '../plan/types';

/** One point of a curve. `threshold` where the curve is swept over a score. */
export interface CurvePoint {
  x: number;
  y: number;
  threshold?: number;
}

/** Per-class scores (classification). */
export interface ClassScores {
  label: string;
  precision: number;
  recall: number;
  f1: number;
  /** Rows of this class among the scored ones. */
  support: number;
  /** One-vs-rest ROC AUC and average precision; null when the class is absent or alone. */
  rocAuc: number | null;
  prAuc: number | null;
}

/** A calibration curve (equal-width bins of the predicted probability) and its expected calibration error. */
export interface Calibration {
  /** The class whose probability is binned (binary: the positive class), or `top` for confidence. */
  of: string;
  bins: {
    lower: number;
    upper: number;
    meanPredicted: number;
    fractionPositive: number;
    count: number;
  }[];
  /** Σ (count / n) × |fractionPositive − meanPredicted| over non-empty bins. */
  ece: number;
}

/** Everything classification scores on one split. */
export interface ClassificationReport {
  labels: string[];
  /** Rows truth × columns predicted, in `labels` order. */
  confusion: number[][];
  perClass: ClassScores[];
  /** One-vs-rest curves, one per class (binary: the positive class only). */
  roc: { label: string; points: CurvePoint[] }[];
  pr: { label: string; points: CurvePoint[] }[];
  /** Top-label confidence calibration (ECE as Guo et al. 2017), and the binary positive class. */
  calibration: Calibration[];
}

/** Everything regression scores on one split. */
export interface RegressionReport {
  /** At most 2,000 (actual, predicted) pairs, seeded sample, for the plots. */
  points: { actual: number; predicted: number; row: number }[];
  residualSummary: { mean: number; std: number; min: number; max: number };
}

/** Metric name → value (`accuracy`, `f1_macro`, `mae`…); null where undefined. */
export type MetricScores = Record<string, number | null>;

/** Metrics of one value (or bin) of a column. */
export interface SliceRow {
  value: string;
  rows: number;
  metrics: MetricScores;
}

/** Metrics per value of one column (numbers in quantile bins). */
export interface SliceReport {
  column: string;
  slices: SliceRow[];
}

/** Group fairness for one sensitive column and one positive class. */
export interface FairnessReport {
  column: string;
  positive: string;
  groups: { value: string; rows: number; selectionRate: number; truePositiveRate: number | null }[];
  /** max − min selection rate over groups. */
  demographicParityDifference: number;
  /** max − min true positive rate over groups with positives; null when fewer than two. */
  equalOpportunityDifference: number | null;
}

/** One perturbation and the metric under it. */
export interface RobustnessPoint {
  kind: 'gaussian-noise' | 'missing' | 'category-swap';
  /** Noise in standard deviations, or the share of cells changed. */
  strength: number;
  value: number | null;
}

/** The chosen metric without and with perturbations. */
export interface RobustnessReport {
  metric: string;
  clean: number | null;
  points: RobustnessPoint[];
  seed: number;
}

/** Latency of one batch size in the serve worker. */
export interface LatencyRow {
  batchSize: number;
  p50: number;
  p95: number;
  p99: number;
  /** Rows per second at this batch size (from the median). */
  throughput: number;
  repeats: number;
}

/** Processing performance: latency per batch size, model size and parameters. */
export interface LatencyReport {
  backend: string;
  rows: LatencyRow[];
  modelBytes: number;
  parameters: number;
}

/** One criterion of the plan judged against a measured value. */
export interface GateCheck {
  metric: string;
  op: SuccessCriterion['op'];
  value: number;
  measured: number | null;
  pass: boolean;
}

/** The gate: every criterion and the latency budget, and the overall verdict. */
export interface GateVerdict {
  checks: GateCheck[];
  /** p95 at batch size 1 against the plan's budget; null when the plan sets none. */
  latency: { budgetMs: number; measuredP95: number; pass: boolean } | null;
  /** `no-criteria` when the plan states neither criteria nor a latency budget. */
  verdict: 'pass' | 'fail' | 'no-criteria';
}

/** Per-row results on a split: what `lab.evaluate.predictions` returns. */
export interface RunPredictions {
  runId: string;
  split: EvaluationSplit;
  /** 0-based rows of the version. */
  rows: number[];
  truth: (string | number | null)[];
  prediction: (string | number)[];
  /** Class probabilities per row in `labels` order (classification); null for regression. */
  probabilities: number[][] | null;
  labels: string[] | null;
}

/** Which part of the data is scored. */
export type EvaluationSplit = 'test' | 'validation' | 'train';

/** A worst error: a row, its truth and prediction, how wrong, and its feature values. */
export interface ErrorRow {
  row: number;
  truth: string | number | null;
  prediction: string | number;
  /** Classification: 1 − p(truth); regression: |error|. */
  loss: number;
  features: Record<string, string | number | boolean | null>;
}

/** The evaluation of a run on one split. */
export interface EvaluationReport {
  runId: string;
  split: EvaluationSplit;
  task: Task;
  rows: number;
  metrics: MetricScores;
  /** The trivial baseline (majority class / mean), fitted on train, scored on the same rows. */
  baseline: MetricScores;
  classification: ClassificationReport | null;
  regression: RegressionReport | null;
  /** The 50 rows with the largest loss. */
  worstErrors: ErrorRow[];
  slices: SliceReport[];
  fairness: FairnessReport | null;
  robustness: RobustnessReport;
  latency: LatencyReport;
  gate: GateVerdict;
  createdAt: number;
}

/** What the model card is made from. */
export interface ModelCardInput {
  projectName: string;
  problem: string;
  /** Intended use: the plan's problem, hypothesis and KPI. */
  hypothesis: string;
  kpi: string;
  runName: string;
  runId: string;
  versionId: string;
  modelSummary: string;
  trainedAt: number;
  environment: Record<string, string | number | null>;
  report: EvaluationReport;
  /** Limitations the lab found (small slices, degradation under noise…), in the user's language. */
  limitations: string[];
}
