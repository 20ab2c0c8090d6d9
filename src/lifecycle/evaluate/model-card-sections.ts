/** Sections of the model card that present the evaluation report. */
import type { modelCardEn } from '../../i18n/blocks/model-card.en';
import {
  computeEscapedHtml as esc,
  computeHtmlParagraph as paragraph,
  computeHtmlSection as section,
  computeHtmlTable as table,
} from './model-card-html';
import type { EvaluationReport } from './types';

/** A message key of the model card. */
export type ModelCardKey = keyof typeof modelCardEn;

/** Translates a model-card key with `{name}` parameters into the card's language. */
export type ModelCardTranslate = (
  key: ModelCardKey,
  params?: Record<string, string | number>,
) => string;

/** Number and date formatting in the card's locale (missing numbers as a dash). */
export function computeCardFormatters(locale: string, t: ModelCardTranslate) {
  const number = new Intl.NumberFormat(locale, { maximumFractionDigits: 4 });
  const num = (value: number | null | undefined) =>
    value === null || value === undefined || !Number.isFinite(value)
      ? t('modelCard.notAvailable')
      : number.format(value);
  const date = (ms: number) =>
    new Intl.DateTimeFormat(locale, {
      dateStyle: 'medium',
      timeStyle: 'short',
      timeZone: 'UTC',
    }).format(ms) + ' UTC';
  return { num, date };
}

/** The gate: each criterion and the latency budget with its measured value, and the verdict. */
export function computeGateSectionHtml(
  report: EvaluationReport,
  t: ModelCardTranslate,
  num: (v: number | null) => string,
) {
  const { gate } = report;
  const result = (pass: boolean) => t(pass ? 'modelCard.pass' : 'modelCard.fail');
  const rows = gate.checks.map((c) => [
    `${c.metric} ${c.op} ${num(c.value)}`,
    num(c.measured),
    result(c.pass),
  ]);
  if (gate.latency !== null) {
    const { budgetMs, measuredP95, pass } = gate.latency;
    rows.push([
      t('modelCard.latencyCriterion', { budget: num(budgetMs) }),
      num(measuredP95),
      result(pass),
    ]);
  }
  const verdict = `<p class="${gate.verdict === 'fail' ? 'fail' : 'pass'}">${esc(t(`modelCard.verdict.${gate.verdict}`))}</p>`;
  const headers = [t('modelCard.criterion'), t('modelCard.measured'), t('modelCard.result')];
  return section(
    'gate',
    t('modelCard.gate'),
    (rows.length > 0 ? table(headers, rows) + '\n' : '') + verdict,
  );
}

/** Slices: one table of metrics per column. */
export function computeSlicesSectionHtml(
  report: EvaluationReport,
  t: ModelCardTranslate,
  num: (v: number | null) => string,
) {
  const parts = report.slices.map((slice) => {
    const metrics = [...new Set(slice.slices.flatMap((s) => Object.keys(s.metrics)))];
    const rows = slice.slices.map((s) => [
      s.value,
      num(s.rows),
      ...metrics.map((m) => num(s.metrics[m] ?? null)),
    ]);
    const heading = `<h3>${esc(t('modelCard.sliceColumn', { column: slice.column }))}</h3>`;
    return heading + '\n' + table([t('modelCard.value'), t('modelCard.rows'), ...metrics], rows);
  });
  return section(
    'slices',
    t('modelCard.slices'),
    parts.join('\n') || paragraph(t('modelCard.none')),
  );
}

/** Fairness: selection and true positive rates per group and their differences. */
export function computeFairnessSectionHtml(
  report: EvaluationReport,
  t: ModelCardTranslate,
  num: (v: number | null) => string,
) {
  const f = report.fairness;
  if (f === null)
    return section('fairness', t('modelCard.fairness'), paragraph(t('modelCard.none')));
  const rows = f.groups.map((g) => [
    g.value,
    num(g.rows),
    num(g.selectionRate),
    num(g.truePositiveRate),
  ]);
  const headers = [
    t('modelCard.group'),
    t('modelCard.rows'),
    t('modelCard.selectionRate'),
    t('modelCard.truePositiveRate'),
  ];
  return section(
    'fairness',
    t('modelCard.fairness'),
    [
      paragraph(t('modelCard.fairnessIntro', { column: f.column, positive: f.positive })),
      table(headers, rows),
      paragraph(t('modelCard.demographicParity', { value: num(f.demographicParityDifference) })),
      paragraph(t('modelCard.equalOpportunity', { value: num(f.equalOpportunityDifference) })),
    ].join('\n'),
  );
}

/** Robustness and latency tables. */
export function computePerformanceSectionsHtml(
  report: EvaluationReport,
  t: ModelCardTranslate,
  num: (v: number | null) => string,
) {
  const r = report.robustness;
  const robustness = section(
    'robustness',
    t('modelCard.robustness'),
    paragraph(
      t('modelCard.robustnessIntro', { metric: r.metric, seed: r.seed, clean: num(r.clean) }),
    ) +
      '\n' +
      table(
        [t('modelCard.perturbation'), t('modelCard.strength'), r.metric],
        r.points.map((p) => [t(`modelCard.kind.${p.kind}`), num(p.strength), num(p.value)]),
      ),
  );
  const l = report.latency;
  const latency = section(
    'latency',
    t('modelCard.latency'),
    paragraph(
      t('modelCard.latencyIntro', {
        backend: l.backend,
        bytes: num(l.modelBytes),
        parameters: num(l.parameters),
      }),
    ) +
      '\n' +
      table(
        ['batchSize', 'p50', 'p95', 'p99', 'throughput'].map((k) =>
          t(`modelCard.${k}` as ModelCardKey),
        ),
        l.rows.map((row) => [row.batchSize, row.p50, row.p95, row.p99, row.throughput].map(num)),
      ),
  );
  return [robustness, latency];
}
