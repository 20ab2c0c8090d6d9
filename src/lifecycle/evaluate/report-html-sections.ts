/** Sections of the evaluation report: header facts, metrics beside the baseline, per-class scores, worst errors. */
import type { reportEn } from '../../i18n/blocks/report.en';
import {
  computeHtmlDefinitions as definitions,
  computeHtmlParagraph as paragraph,
  computeHtmlSection as section,
  computeHtmlTable as table,
} from './model-card-html';
import { computeCardFormatters, type ModelCardKey } from './model-card-sections';
import type { EvaluationReport } from './types';

/** A message key of the report (its own, and the model card's shared table labels). */
export type ReportKey = keyof typeof reportEn | ModelCardKey;

/** Translates a report key with `{name}` parameters into the report's language. */
export type ReportTranslate = (key: ReportKey, params?: Record<string, string | number>) => string;

/** Number and date formatting in the report's locale. */
export interface ReportFormatters {
  /** Up to 4 decimals; a dash when missing or not finite. */
  num: (value: number | null | undefined) => string;
  /** Up to 2 decimals, for chart ticks. */
  tick: (value: number) => string;
  /** Date and time in UTC. */
  date: (ms: number) => string;
}

/** The report's formatters for `locale`. */
export function computeReportFormatters(locale: string, t: ReportTranslate): ReportFormatters {
  const { num, date } = computeCardFormatters(locale, t);
  const ticks = new Intl.NumberFormat(locale, { maximumFractionDigits: 2 });
  return { num, date, tick: (value) => ticks.format(value) };
}

/** What the header shows besides the report itself. */
export interface ReportHeaderFacts {
  projectName: string;
  runName: string;
  appVersion: string;
}

/** The header facts: project, run, split, task, rows, when it was evaluated, the app version. */
export function computeHeaderHtml(
  report: EvaluationReport,
  facts: ReportHeaderFacts,
  t: ReportTranslate,
  { num, date }: ReportFormatters,
): string {
  return definitions([
    [t('report.project'), facts.projectName],
    [t('report.run'), facts.runName],
    [t('report.runId'), report.runId],
    [t('report.split'), t(`modelCard.split.${report.split}`)],
    [t('report.task'), t(`report.task.${report.task}`)],
    [t('report.rows'), num(report.rows)],
    [t('report.evaluatedAt'), date(report.createdAt)],
    [t('report.appVersion'), facts.appVersion],
  ]);
}

/** Every metric of the model beside the trivial baseline. */
export function computeMetricsSectionHtml(
  report: EvaluationReport,
  t: ReportTranslate,
  { num }: ReportFormatters,
): string {
  const names = [...new Set([...Object.keys(report.metrics), ...Object.keys(report.baseline)])];
  return section(
    'metrics',
    t('modelCard.metrics'),
    table(
      [t('modelCard.metric'), t('modelCard.modelValue'), t('modelCard.baseline')],
      names.map((m) => [m, num(report.metrics[m] ?? null), num(report.baseline[m] ?? null)]),
    ),
  );
}

/** Precision, recall, F1, support and the one-vs-rest areas of each class. */
export function computePerClassSectionHtml(
  report: EvaluationReport,
  t: ReportTranslate,
  { num }: ReportFormatters,
): string {
  if (report.classification === null) return '';
  const headers = [
    t('report.class'),
    t('report.precision'),
    t('report.recall'),
    t('report.f1'),
    t('report.support'),
    t('report.rocAuc'),
    t('report.prAuc'),
  ];
  const rows = report.classification.perClass.map((c) => [
    c.label,
    ...[c.precision, c.recall, c.f1, c.support, c.rocAuc, c.prAuc].map(num),
  ]);
  return section('per-class', t('report.perClass'), table(headers, rows));
}

/** The rows with the largest loss (at most `limit`), with truth and prediction. */
export function computeWorstErrorsSectionHtml(
  report: EvaluationReport,
  t: ReportTranslate,
  { num }: ReportFormatters,
  limit = 20,
): string {
  const shown = report.worstErrors.slice(0, limit);
  if (shown.length === 0) {
    return section('worst-errors', t('report.worstErrors'), paragraph(t('modelCard.none')));
  }
  const value = (v: string | number | null) =>
    v === null ? t('modelCard.notAvailable') : typeof v === 'number' ? num(v) : v;
  const headers = [
    t('report.row'),
    t('report.truthValue'),
    t('report.prediction'),
    t('report.loss'),
  ];
  const rows = shown.map((e) => [String(e.row), value(e.truth), value(e.prediction), num(e.loss)]);
  return section(
    'worst-errors',
    t('report.worstErrors'),
    paragraph(t('report.worstErrorsIntro', { count: num(shown.length) })) +
      '\n' +
      table(headers, rows),
  );
}
