/**
 * Evaluation reports built by the lab's own pure evaluate functions from the scikit-learn
 * reference cases, a translator over the real catalogs, and a tag-balance check for HTML.
 */
import { modelCardEn } from '../../../src/i18n/blocks/model-card.en';
import { modelCardKo } from '../../../src/i18n/blocks/model-card.ko';
import { reportEn } from '../../../src/i18n/blocks/report.en';
import { reportKo } from '../../../src/i18n/blocks/report.ko';
import {
  computeClassificationBaselineScores,
  computeClassificationLosses,
  computeClassificationScores,
  computeFairness,
  computeGateVerdict,
  computeRegressionBaselineScores,
  computeRegressionLosses,
  computeRegressionScores,
  computeSlices,
  computeWorstErrors,
  type EvaluationReport,
  type LatencyReport,
} from '../../../src/lifecycle/evaluate';
import type { ReportKey } from '../../../src/lifecycle/evaluate/report-html';
import { flatProbabilities, groupColumn, type ClassCase, type ValueCase } from './evaluate-fixture';

/** Translates report keys with the shipped English or Korean catalog blocks. */
export function reportTexts(locale: 'en' | 'ko') {
  const catalog: Record<ReportKey, string> =
    locale === 'en' ? { ...modelCardEn, ...reportEn } : { ...modelCardKo, ...reportKo };
  return (key: ReportKey, params: Record<string, string | number> = {}) =>
    catalog[key].replace(/\{(\w+)\}/g, (whole, name: string) => String(params[name] ?? whole));
}

const latency: LatencyReport = {
  backend: 'wasm',
  modelBytes: 123456,
  parameters: 2051,
  rows: [{ batchSize: 1, p50: 1.25, p95: 2.5, p99: 3.75, throughput: 800, repeats: 30 }],
};
const createdAt = Date.UTC(2026, 0, 2, 3, 4);
const robustness = (clean: number | null): EvaluationReport['robustness'] => ({
  metric: 'accuracy',
  clean,
  seed: 7,
  points: [{ kind: 'gaussian-noise', strength: 0.5, value: 0.75 }],
});

/** A classification report of a reference case, optionally with other class labels. */
export function classificationReport(
  entry: ClassCase,
  labels: string[] = entry.labels,
): EvaluationReport {
  const probabilities = flatProbabilities(entry);
  const k = labels.length;
  const scored = computeClassificationScores(entry.truth, probabilities, labels);
  const rows = entry.truth.map((_, i) => i);
  const target = {
    task: 'classification' as const,
    truth: entry.truth,
    predicted: scored.predicted,
    probabilities,
    classCount: k,
  };
  return {
    runId: 'run-1',
    split: 'test',
    task: 'classification',
    rows: entry.truth.length,
    metrics: scored.metrics,
    baseline: computeClassificationBaselineScores(entry.truth, entry.truth, k),
    classification: scored.report,
    regression: null,
    worstErrors: computeWorstErrors({
      rows,
      truth: entry.truth.map((c) => labels[c]!),
      prediction: Array.from(scored.predicted, (c) => labels[c]!),
      loss: computeClassificationLosses(entry.truth, probabilities, k),
      features: { group: entry.columns.group },
    }),
    slices: [computeSlices('group', groupColumn(entry), target)],
    fairness: computeFairness(
      entry.columns.group,
      entry.truth,
      scored.predicted,
      1,
      labels,
      'group',
    ),
    robustness: robustness(scored.metrics['accuracy'] ?? null),
    latency,
    gate: computeGateVerdict(
      [{ metric: 'accuracy', op: '>=', value: 0.9 }],
      10,
      scored.metrics,
      latency,
    ),
    createdAt,
  };
}

/** A regression report of a reference case. */
export function regressionReport(entry: ValueCase): EvaluationReport {
  const rows = entry.truth.map((_, i) => i);
  const scored = computeRegressionScores(entry.truth, entry.predicted, rows, 3);
  const target = { task: 'regression' as const, truth: entry.truth, predicted: entry.predicted };
  return {
    runId: 'run-2',
    split: 'validation',
    task: 'regression',
    rows: entry.truth.length,
    metrics: scored.metrics,
    baseline: computeRegressionBaselineScores(entry.truth, entry.truth),
    classification: null,
    regression: scored.report,
    worstErrors: computeWorstErrors({
      rows,
      truth: entry.truth,
      prediction: entry.predicted,
      loss: computeRegressionLosses(entry.truth, entry.predicted),
      features: { group: entry.columns.group },
    }),
    slices: [computeSlices('group', groupColumn(entry), target)],
    fairness: null,
    robustness: { ...robustness(scored.metrics['mae'] ?? null), metric: 'mae' },
    latency,
    gate: computeGateVerdict([], null, scored.metrics, latency),
    createdAt,
  };
}

const voidElements = new Set(['meta', 'br', 'hr', 'img', 'input', 'link']);

/** Unclosed or mismatched tags of an HTML text (empty when every element is closed in order). */
export function computeTagProblems(html: string): string[] {
  const stack: string[] = [];
  const problems: string[] = [];
  const body = html.replace(/<style>[\s\S]*?<\/style>/, '<style></style>');
  for (const match of body.matchAll(/<(\/?)([a-zA-Z][\w-]*)([^<>]*?)(\/?)>/g)) {
    const [, closing, rawName, , selfClosing] = match;
    const name = rawName!.toLowerCase();
    if (selfClosing === '/' || voidElements.has(name)) continue;
    if (closing === '') stack.push(name);
    else if (stack.pop() !== name) problems.push(`unexpected </${name}>`);
  }
  return [...problems, ...stack.map((name) => `unclosed <${name}>`)];
}
