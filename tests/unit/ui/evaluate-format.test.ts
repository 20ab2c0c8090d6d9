import { describe, expect, it } from 'vitest';
import { translate } from '../../../src/i18n';
import { evaluateEn } from '../../../src/i18n/blocks/evaluate.en';
import { evaluateKo } from '../../../src/i18n/blocks/evaluate.ko';
import {
  computeCardFileName,
  computeMetricRows,
  formatCriterion,
  formatDifference,
  formatMetric,
  formatMs,
  isLowerBetter,
} from '../../../src/ui/stages/evaluate/evaluate-format';

describe('computeMetricRows', () => {
  it('puts each model metric beside the baseline with model − baseline and who wins', () => {
    const rows = computeMetricRows(
      { accuracy: 0.85, log_loss: 0.4, roc_auc: null, f1_macro: 0.5 },
      { accuracy: 0.6, log_loss: 0.69, roc_auc: 0.5, f1_macro: 0.5 },
    );
    expect(rows.map((r) => r.metric)).toEqual(['accuracy', 'log_loss', 'roc_auc', 'f1_macro']);
    expect(rows[0]?.difference).toBeCloseTo(0.25, 12);
    expect(rows[0]?.outcome).toBe('better');
    // A lower log loss than the baseline's is better even though the difference is negative.
    expect(rows[1]?.difference).toBeCloseTo(-0.29, 12);
    expect(rows[1]?.outcome).toBe('better');
    expect([rows[2]?.difference, rows[2]?.outcome]).toEqual([null, null]);
    expect(rows[3]?.outcome).toBe('same');
  });

  it('a regression error above the baseline is worse; a metric missing from the baseline has no difference', () => {
    const [mae, r2] = computeMetricRows({ mae: 3, r2: 0.7 }, { mae: 2 });
    expect([mae?.difference, mae?.outcome]).toEqual([1, 'worse']);
    expect([r2?.baseline, r2?.difference]).toEqual([null, null]);
    expect([isLowerBetter('rmse'), isLowerBetter('accuracy')]).toEqual([true, false]);
  });
});

describe('evaluate number formatting', () => {
  it('formats metrics to four fraction digits and undefined values as a dash', () => {
    expect(formatMetric(0.987654, 'en')).toBe('0.9877');
    expect(formatMetric(1234.5, 'en')).toBe('1,234.5');
    expect(formatMetric(null, 'en')).toBe('—');
    expect(formatMetric(Number.NaN, 'en')).toBe('—');
  });

  it('shows the sign of a difference, and none for zero', () => {
    expect(formatDifference(0.25, 'en')).toBe('+0.25');
    expect(formatDifference(-0.04, 'en')).toBe('-0.04');
    expect(formatDifference(0, 'en')).toBe('0');
    expect(formatDifference(null, 'en')).toBe('—');
  });

  it('shows milliseconds with two digits under 10 ms and one above', () => {
    expect(formatMs(1.23456, 'en')).toBe('1.23');
    expect(formatMs(123.456, 'en')).toBe('123.5');
  });

  it('writes a criterion with a mathematical comparison sign', () => {
    expect(formatCriterion({ metric: 'accuracy', op: '>=', value: 0.9 }, 'en')).toBe(
      'accuracy ≥ 0.9',
    );
    expect(formatCriterion({ metric: 'mae', op: '<=', value: 2.5 }, 'ko')).toBe('mae ≤ 2.5');
  });
});

describe('computeCardFileName', () => {
  it('names the card after the run and keeps it safe for file systems', () => {
    expect(computeCardFileName('mlp 64x2')).toBe('model-card-mlp 64x2.html');
    expect(computeCardFileName('a/b: c?')).toBe('model-card-a-b- c-.html');
    expect(computeCardFileName('  ')).toBe('model-card-run.html');
  });
});

describe('evaluate catalogs', () => {
  it('every Korean evaluate message keeps the placeholders of its English message', () => {
    const names = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
    for (const [key, english] of Object.entries(evaluateEn)) {
      const korean = evaluateKo[key as keyof typeof evaluateEn];
      expect({ key, names: names(korean) }).toEqual({ key, names: names(english) });
    }
  });

  it('the gate verdict reads naturally in both languages', () => {
    expect(translate('en', 'evaluate.gate.latency', { budget: 20 })).toBe(
      'p95 latency at batch size 1 ≤ 20 ms',
    );
    expect(translate('ko', 'evaluate.gate.verdict.pass')).toContain('통과');
  });
});
