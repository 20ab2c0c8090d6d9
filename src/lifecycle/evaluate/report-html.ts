/**
 * The evaluation report as one standalone HTML5 document: header, gate, metrics beside the
 * baseline, per-class scores, charts as inline SVG, slices, fairness, robustness, latency and
 * the worst errors. Inline CSS only; no scripts, no external URLs; every text escaped.
 */
import { computeEscapedHtml as esc, modelCardCss } from './model-card-html';
import {
  computeFairnessSectionHtml,
  computeGateSectionHtml,
  computePerformanceSectionsHtml,
  computeSlicesSectionHtml,
} from './model-card-sections';
import { computeChartsSectionHtml } from './report-html-charts';
import {
  computeHeaderHtml,
  computeMetricsSectionHtml,
  computePerClassSectionHtml,
  computeReportFormatters,
  computeWorstErrorsSectionHtml,
  type ReportTranslate,
} from './report-html-sections';
import type { EvaluationReport } from './types';

export type { ReportKey, ReportTranslate } from './report-html-sections';

/** What the report needs besides the evaluation: names, language, texts and the app version. */
export interface ReportHtmlContext {
  runName: string;
  projectName: string;
  /** BCP 47 language of the texts and of number and date formatting (`en`, `ko`). */
  locale: string;
  /** The report's texts in `locale`. */
  texts: ReportTranslate;
  /** The version of Lifecycle Lab that wrote the report. */
  appVersion: string;
}

/** The report's style sheet: the model card's, plus charts laid out in a grid. */
export const reportCss = `${modelCardCss}
.charts { display: grid; grid-template-columns: repeat(auto-fit, minmax(20rem, 1fr)); gap: 1rem; }
figure { margin: 0; }
figcaption { font-size: 0.9rem; color: #424a53; }
svg.chart { max-width: 100%; height: auto; font: 11px system-ui, sans-serif; }
svg.chart text { fill: #1b1f24; }
svg.chart text.count { font-size: 13px; font-weight: 600; }
svg.chart .grid { stroke: #eaeef2; }
svg.chart .frame { fill: none; stroke: #8c959f; }
svg.chart .guide { stroke: #57606a; stroke-dasharray: 4 4; }
svg.chart .legend-box { fill: #ffffff; fill-opacity: 0.85; stroke: #d0d7de; }
header dl { margin-top: 0.5rem; }
`;

/** A file name for the report of `runName` on `split` (no path separators or control characters). */
export function computeReportFileName(runName: string, split: string): string {
  const printable = [...runName].map((c) => (c.charCodeAt(0) < 32 ? ' ' : c)).join('');
  const safe = printable
    .trim()
    .replace(/[\\/:*?"<>|]+/g, '-')
    .replace(/\s+/g, ' ');
  return `evaluation-report-${safe === '' ? 'run' : safe}-${split}.html`;
}

/** The evaluation report as a standalone HTML5 document in the context's language. */
export function computeReportHtml(report: EvaluationReport, context: ReportHtmlContext): string {
  const t = context.texts;
  const formatters = computeReportFormatters(context.locale, t);
  const { num } = formatters;
  const title = t('report.title', { project: context.projectName });
  const header = computeHeaderHtml(
    report,
    {
      projectName: context.projectName,
      runName: context.runName,
      appVersion: context.appVersion,
    },
    t,
    formatters,
  );
  const sections = [
    computeGateSectionHtml(report, t, num),
    computeMetricsSectionHtml(report, t, formatters),
    computePerClassSectionHtml(report, t, formatters),
    computeChartsSectionHtml(report, t, formatters),
    computeSlicesSectionHtml(report, t, num),
    computeFairnessSectionHtml(report, t, num),
    ...computePerformanceSectionsHtml(report, t, num),
    computeWorstErrorsSectionHtml(report, t, formatters),
  ].filter((part) => part !== '');
  return [
    '<!doctype html>',
    `<html lang="${esc(context.locale)}">`,
    '<head>',
    '<meta charset="utf-8">',
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<title>${esc(title)}</title>`,
    `<style>${reportCss}</style>`,
    '</head>',
    '<body>',
    `<header><h1>${esc(title)}</h1>\n${header}</header>`,
    '<main>',
    ...sections,
    '</main>',
    `<footer>${esc(t('report.footer'))}</footer>`,
    '</body>',
    '</html>',
    '',
  ].join('\n');
}
