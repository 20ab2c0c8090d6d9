import { describe, expect, it } from 'vitest';
import { modelCardEn } from '../../../src/i18n/blocks/model-card.en';
import { modelCardKo } from '../../../src/i18n/blocks/model-card.ko';
import {
  computeEscapedHtml,
  computeModelCardHtml,
  type EvaluationReport,
  type ModelCardInput,
  type ModelCardKey,
} from '../../../src/lifecycle/evaluate';

const attack = '<img src=x onerror=alert(1)>';

function translator(catalog: Record<ModelCardKey, string>) {
  return (key: ModelCardKey, params: Record<string, string | number> = {}) =>
    catalog[key].replace(/\{(\w+)\}/g, (_, name: string) => String(params[name] ?? `{${name}}`));
}

const report: EvaluationReport = {
  runId: 'run-1',
  split: 'test',
  task: 'classification',
  rows: 1234,
  metrics: { accuracy: 0.9125, roc_auc: null },
  baseline: { accuracy: 0.5 },
  classification: null,
  regression: null,
  worstErrors: [],
  slices: [
    {
      column: `colour ${attack}`,
      slices: [{ value: `<b>red</b>`, rows: 10, metrics: { accuracy: 0.8 } }],
    },
  ],
  fairness: {
    column: 'sex',
    positive: 'yes',
    groups: [{ value: 'F', rows: 5, selectionRate: 0.4, truePositiveRate: null }],
    demographicParityDifference: 0.1,
    equalOpportunityDifference: null,
  },
  robustness: {
    metric: 'accuracy',
    clean: 0.9,
    seed: 7,
    points: [{ kind: 'gaussian-noise', strength: 0.5, value: 0.85 }],
  },
  latency: {
    backend: 'wasm',
    modelBytes: 2048,
    parameters: 300,
    rows: [{ batchSize: 1, p50: 1.5, p95: 2.5, p99: 3, throughput: 666.7, repeats: 30 }],
  },
  gate: {
    checks: [{ metric: 'accuracy', op: '>=', value: 0.95, measured: 0.9125, pass: false }],
    latency: { budgetMs: 10, measuredP95: 2.5, pass: true },
    verdict: 'fail',
  },
  createdAt: 0,
};

const input: ModelCardInput = {
  projectName: attack,
  problem: 'Predict "churn" & <retention>',
  hypothesis: `It's feasible ${attack}`,
  kpi: 'Churn rate',
  runName: 'first <run>',
  runId: 'run-1',
  versionId: 'sha256:abc',
  modelSummary: 'MLP 2×16',
  trainedAt: Date.UTC(2026, 0, 2, 3, 4),
  environment: { tfjs: '4.22.0', backend: attack, gpu: null },
  report,
  limitations: [`Small slice ${attack}`],
};

describe('computeModelCardHtml', () => {
  const html = computeModelCardHtml(input, translator(modelCardEn), 'en');

  it('is a standalone HTML5 document: doctype, utf-8, inline style, no scripts, no external URLs', () => {
    expect(html.startsWith('<!doctype html>\n<html lang="en">')).toBe(true);
    expect(html).toContain('<meta charset="utf-8">');
    expect(html).toContain('<style>');
    expect(html).not.toMatch(/<script|<link|<img|<iframe|https?:|url\(/i);
  });

  it('escapes every user text and value: no injected element survives', () => {
    expect(html).not.toContain('<img');
    expect(html).not.toContain('<b>red');
    expect(html).toContain('&lt;img src=x onerror=alert(1)&gt;');
    expect(html).toContain('Predict &quot;churn&quot; &amp; &lt;retention&gt;');
    expect(html).toContain('It&#39;s feasible');
    expect(html).toContain(`<title>Model card: ${computeEscapedHtml(attack)}</title>`);
  });

  it('has every section: intended use, data, model, metrics, gate, slices, fairness, robustness, latency, limitations', () => {
    for (const id of [
      'intended-use',
      'data',
      'model',
      'metrics',
      'gate',
      'slices',
      'fairness',
      'robustness',
      'latency',
      'limitations',
    ]) {
      expect(html).toContain(`<section id="${id}">`);
    }
  });

  it('shows metrics beside the baseline and each gate check with its measured value', () => {
    expect(html).toContain('<tr><td>accuracy</td><td>0.9125</td><td>0.5</td></tr>');
    expect(html).toContain('<tr><td>roc_auc</td><td>—</td><td>—</td></tr>');
    expect(html).toContain('<tr><td>accuracy &gt;= 0.95</td><td>0.9125</td><td>Fail</td></tr>');
    expect(html).toContain('<td>p95 latency at batch size 1 ≤ 10 ms</td><td>2.5</td><td>Pass</td>');
    expect(html).toContain('Verdict: the model misses at least one criterion of the plan.');
  });

  it('formats numbers in the locale and dates in UTC', () => {
    expect(html).toContain('<dd>1,234</dd>');
    expect(html).toContain('Jan 2, 2026');
  });

  it('speaks Korean with the Korean catalog', () => {
    const ko = computeModelCardHtml(input, translator(modelCardKo), 'ko');
    expect(ko).toContain('<html lang="ko">');
    expect(ko).toContain('<h2>사용 목적</h2>');
    expect(ko).toContain('<h2>배포 게이트</h2>');
    expect(ko).not.toContain('<img');
  });

  it('the Korean catalog has every English key, none empty', () => {
    expect(Object.keys(modelCardKo).sort()).toEqual(Object.keys(modelCardEn).sort());
    expect(Object.values(modelCardKo).every((text) => text.length > 0)).toBe(true);
  });
});
