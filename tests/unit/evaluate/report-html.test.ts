import { describe, expect, it } from 'vitest';
import {
  computeReportFileName,
  computeReportHtml,
  type ReportHtmlContext,
} from '../../../src/lifecycle/evaluate/report-html';
import { classCases, valueCases } from './evaluate-fixture';
import {
  classificationReport,
  computeTagProblems,
  regressionReport,
  reportTexts,
} from './report-html-fixture';

const binary = classCases[0]!;
const three = classCases[1]!;
const value = valueCases[0]!;

function context(locale: 'en' | 'ko', overrides: Partial<ReportHtmlContext> = {}) {
  return {
    runName: 'first run',
    projectName: 'Churn',
    locale,
    texts: reportTexts(locale),
    appVersion: '0.9.1',
    ...overrides,
  };
}

const count = (html: string, needle: string) => html.split(needle).length - 1;
/** The numbers written in the heat map cells, in reading order. */
const heatmapCounts = (html: string) =>
  [...html.matchAll(/class="count">([^<]*)</g)].map((m) => m[1]);

describe('computeReportHtml on a binary classification report', () => {
  const report = classificationReport(binary);
  const html = computeReportHtml(report, context('en'));

  it('is a standalone HTML5 document: doctype, utf-8, title, inline style, no scripts or URLs', () => {
    expect(html.startsWith('<!doctype html>\n<html lang="en">')).toBe(true);
    expect(html).toContain('<meta charset="utf-8">');
    expect(html).toContain('<title>Evaluation report: Churn</title>');
    expect(count(html, '<style>')).toBe(1);
    expect(html).not.toMatch(/<script|https?:|\bsrc=|\bhref=|url\(/i);
  });

  it('closes every element it opens, in order', () => {
    expect(computeTagProblems(html)).toEqual([]);
  });

  it('draws ROC, PR, calibration and confusion charts as four inline SVGs with a viewBox', () => {
    expect(count(html, '<svg ')).toBe(4);
    expect(count(html, '</svg>')).toBe(4);
    expect(count(html, 'viewBox="0 0 ')).toBe(4);
    expect(html).toContain('<title>ROC curve</title>');
    expect(html).toContain('<title>Confusion matrix</title>');
  });

  it('shows the ROC AUC and accuracy computed by scikit-learn, in the legend and the table', () => {
    expect(binary.metrics['roc_auc']).toBeCloseTo(0.897732204861111, 12);
    expect(html).toContain('yes (AUC 0.8977)');
    expect(html).toContain('<td>accuracy</td><td>0.84</td>');
  });

  it('writes every metric beside its baseline as formatted for the locale', () => {
    const format = new Intl.NumberFormat('en', { maximumFractionDigits: 4 });
    for (const [name, metric] of Object.entries(report.metrics)) {
      const baseline = report.baseline[name];
      const cells = [metric, baseline].map((v) =>
        v === null || v === undefined ? '—' : format.format(v),
      );
      expect(html).toContain(`<td>${name}</td><td>${cells[0]}</td><td>${cells[1]}</td>`);
    }
  });

  it('writes the confusion counts of scikit-learn in the heat map cells', () => {
    expect(heatmapCounts(html)).toEqual(binary.confusion.flat().map(String));
  });

  it('shows the gate criterion with its measured value and the verdict', () => {
    expect(html).toContain('<td>accuracy &gt;= 0.9</td><td>0.84</td><td>Fail</td>');
    expect(html).toContain('Verdict: the model misses at least one criterion of the plan.');
  });

  it('has the header facts, slices, fairness, robustness, latency and worst errors', () => {
    for (const text of ['first run', 'run-1', 'the test split', '0.9.1', 'Jan 2, 2026']) {
      expect(html).toContain(text);
    }
    for (const id of ['slices', 'fairness', 'robustness', 'latency', 'worst-errors']) {
      expect(html).toContain(`<section id="${id}">`);
    }
    expect(html).toContain('123,456 bytes');
  });
});

describe('computeReportHtml escapes every text', () => {
  const attack = '<script>alert(1)</script>';
  const report = classificationReport(binary, ['no <b>', 'yes & "co"']);
  const html = computeReportHtml(
    report,
    context('en', { runName: attack, projectName: `<img src=x onerror=alert(1)>` }),
  );

  it('a run name with <script> and labels with markup appear escaped, never as tags', () => {
    expect(html).not.toContain('<script');
    expect(html).not.toContain('<img');
    expect(html).not.toContain('<b>');
    expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(html).toContain('yes &amp; &quot;co&quot; (AUC 0.8977)');
    expect(computeTagProblems(html)).toEqual([]);
  });
});

describe('computeReportHtml on other reports', () => {
  it('a three-class report draws one ROC line per class and a 3 × 3 heat map', () => {
    const html = computeReportHtml(classificationReport(three), context('en'));
    const roc = html.slice(html.indexOf('<title>ROC curve</title>'), html.indexOf('</svg>'));
    expect(count(roc, '<polyline')).toBe(3);
    expect(heatmapCounts(html)).toEqual(three.confusion.flat().map(String));
  });

  it('a regression report plots predicted against actual and residuals, a dot per row', () => {
    const report = regressionReport(value);
    const html = computeReportHtml(report, context('en'));
    expect(count(html, '<svg ')).toBe(2);
    expect(count(html, '<circle')).toBe(2 * report.regression!.points.length);
    expect(report.regression!.points.length).toBe(value.truth.length);
    expect(html).toContain('<td>mae</td><td>2.3898</td>');
    expect(computeTagProblems(html)).toEqual([]);
  });

  it('in Korean, the texts are Korean and the dates follow Korean order', () => {
    const html = computeReportHtml(classificationReport(binary), context('ko'));
    expect(html).toContain('<html lang="ko">');
    for (const text of [
      '평가 리포트: Churn',
      'ROC 곡선',
      '혼동 행렬',
      '클래스별 점수',
      '2026. 1. 2.',
    ]) {
      expect(html).toContain(text);
    }
    expect(html).toContain('yes (AUC 0.8977)');
    expect(html).not.toContain('Confusion matrix');
  });
});

describe('computeReportFileName', () => {
  it('keeps the run name but drops path separators and control characters', () => {
    expect(computeReportFileName('a/b: c\n', 'test')).toBe('evaluation-report-a-b- c-test.html');
    expect(computeReportFileName('  ', 'validation')).toBe('evaluation-report-run-validation.html');
  });
});
