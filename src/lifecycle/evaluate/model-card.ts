/**
 * The model card: one standalone HTML5 document (inline CSS, no scripts, no external URLs) with
 * the intended use, data, model, metrics beside the baseline, the gate, slices, fairness,
 * robustness, latency and limitations. Every user text and value is HTML-escaped.
 */
import {
  computeEscapedHtml as esc,
  computeHtmlDefinitions as definitions,
  computeHtmlParagraph as paragraph,
  computeHtmlSection as section,
  computeHtmlTable as table,
  modelCardCss,
} from './model-card-html';
import {
  computeCardFormatters,
  computeFairnessSectionHtml,
  computeGateSectionHtml,
  computePerformanceSectionsHtml,
  computeSlicesSectionHtml,
  type ModelCardTranslate,
} from './model-card-sections';
import type { ModelCardInput } from './types';

export type { ModelCardKey, ModelCardTranslate } from './model-card-sections';

/** The model card as a standalone HTML5 document in `locale`, its labels from `t`. */
export function computeModelCardHtml(
  input: ModelCardInput,
  t: ModelCardTranslate,
  locale: string,
): string {
  const { report } = input;
  const { num, date } = computeCardFormatters(locale, t);
  const metricNames = [
    ...new Set([...Object.keys(report.metrics), ...Object.keys(report.baseline)]),
  ];
  const sections = [
    section(
      'intended-use',
      t('modelCard.intendedUse'),
      definitions([
        [t('modelCard.problem'), input.problem],
        [t('modelCard.hypothesis'), input.hypothesis],
        [t('modelCard.kpi'), input.kpi],
      ]),
    ),
    section(
      'data',
      t('modelCard.data'),
      definitions([
        [t('modelCard.versionId'), input.versionId],
        [t('modelCard.split'), t(`modelCard.split.${report.split}`)],
        [t('modelCard.rows'), num(report.rows)],
      ]),
    ),
    section(
      'model',
      t('modelCard.model'),
      definitions([[t('modelCard.summary'), input.modelSummary]]) +
        `\n<h3>${esc(t('modelCard.environment'))}</h3>\n` +
        definitions(
          Object.entries(input.environment).map(([k, v]) => [
            k,
            v === null ? t('modelCard.notAvailable') : String(v),
          ]),
        ),
    ),
    section(
      'metrics',
      t('modelCard.metrics'),
      table(
        [t('modelCard.metric'), t('modelCard.modelValue'), t('modelCard.baseline')],
        metricNames.map((m) => [
          m,
          num(report.metrics[m] ?? null),
          num(report.baseline[m] ?? null),
        ]),
      ),
    ),
    computeGateSectionHtml(report, t, num),
    computeSlicesSectionHtml(report, t, num),
    computeFairnessSectionHtml(report, t, num),
    ...computePerformanceSectionsHtml(report, t, num),
    section(
      'limitations',
      t('modelCard.limitations'),
      input.limitations.length > 0
        ? `<ul>\n${input.limitations.map((l) => `<li>${esc(l)}</li>`).join('\n')}\n</ul>`
        : paragraph(t('modelCard.none')),
    ),
  ];
  const title = t('modelCard.title', { project: input.projectName });
  const subtitle = t('modelCard.subtitle', {
    run: input.runName,
    runId: input.runId,
    date: date(input.trainedAt),
  });
  return [
    '<!doctype html>',
    `<html lang="${esc(locale)}">`,
    '<head>',
    '<meta charset="utf-8">',
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<title>${esc(title)}</title>`,
    `<style>${modelCardCss}</style>`,
    '</head>',
    '<body>',
    `<header><h1>${esc(title)}</h1>\n${paragraph(subtitle)}</header>`,
    '<main>',
    ...sections,
    '</main>',
    `<footer>${esc(t('modelCard.footer'))}</footer>`,
    '</body>',
    '</html>',
    '',
  ].join('\n');
}
