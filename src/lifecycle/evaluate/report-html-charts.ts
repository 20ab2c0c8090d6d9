/**
 * The charts of the evaluation report as inline SVG figures: ROC and PR curves with their areas,
 * calibration with the diagonal, the confusion matrix as a heat map (classification); predicted
 * against actual and residuals (regression).
 */
import {
  computeEscapedHtml as esc,
  computeHtmlParagraph as paragraph,
  computeHtmlSection as section,
} from './model-card-html';
import type { ReportFormatters, ReportTranslate } from './report-html-sections';
import { computeSvgHeatmap } from './report-svg-heatmap';
import { computePaddedDomain, computeSvgPlot } from './report-svg';
import type { ClassificationReport, EvaluationReport, RegressionReport } from './types';

const unit: readonly [number, number] = [0, 1];
const diagonal = [{ from: [0, 0], to: [1, 1] }] as const;

/** A chart with its caption and a one-line reading guide. */
export function computeFigureHtml(caption: string, intro: string, svg: string): string {
  return `<figure>\n${svg}\n<figcaption><strong>${esc(caption)}</strong> ${esc(intro)}</figcaption>\n</figure>`;
}

function classificationFigures(
  c: ClassificationReport,
  t: ReportTranslate,
  { num, tick }: ReportFormatters,
): string[] {
  const area = (label: string, key: 'rocAuc' | 'prAuc') =>
    num(c.perClass.find((p) => p.label === label)?.[key] ?? null);
  const figures: string[] = [];
  if (c.roc.length > 0) {
    const title = t('report.roc');
    const series = c.roc.map((curve) => ({
      label: t('report.aucLegend', { label: curve.label, value: area(curve.label, 'rocAuc') }),
      points: curve.points,
    }));
    const options = {
      title,
      xLabel: t('report.falsePositiveRate'),
      yLabel: t('report.truePositiveRate'),
      xDomain: unit,
      yDomain: unit,
      mark: 'line',
      guides: diagonal,
      legendAt: 'bottom-right',
      format: tick,
    } as const;
    figures.push(computeFigureHtml(title, t('report.rocIntro'), computeSvgPlot(series, options)));
  }
  if (c.pr.length > 0) {
    const title = t('report.pr');
    const series = c.pr.map((curve) => ({
      label: t('report.apLegend', { label: curve.label, value: area(curve.label, 'prAuc') }),
      points: curve.points,
    }));
    const options = {
      title,
      xLabel: t('report.recall'),
      yLabel: t('report.precision'),
      xDomain: unit,
      yDomain: unit,
      mark: 'line',
      legendAt: 'bottom-left',
      format: tick,
    } as const;
    figures.push(computeFigureHtml(title, t('report.prIntro'), computeSvgPlot(series, options)));
  }
  if (c.calibration.length > 0) {
    const title = t('report.calibration');
    const series = c.calibration.map((cal) => ({
      label: t('report.eceLegend', {
        of: cal.of === 'top' ? t('report.calibrationTop') : cal.of,
        value: num(cal.ece),
      }),
      points: cal.bins
        .filter((bin) => bin.count > 0)
        .map((bin) => ({ x: bin.meanPredicted, y: bin.fractionPositive })),
    }));
    const options = {
      title,
      xLabel: t('report.meanPredicted'),
      yLabel: t('report.fractionPositive'),
      xDomain: unit,
      yDomain: unit,
      mark: 'line',
      dots: true,
      guides: diagonal,
      format: tick,
    } as const;
    figures.push(
      computeFigureHtml(title, t('report.calibrationIntro'), computeSvgPlot(series, options)),
    );
  }
  const title = t('report.confusion');
  const heatmap = computeSvgHeatmap(c.labels, c.confusion, {
    title,
    rowLabel: t('report.truth'),
    columnLabel: t('report.predictedClass'),
    format: (v) => num(v),
  });
  figures.push(computeFigureHtml(title, t('report.confusionIntro'), heatmap));
  return figures;
}

function regressionFigures(
  r: RegressionReport,
  t: ReportTranslate,
  { num, tick }: ReportFormatters,
): string[] {
  const values = r.points.flatMap((p) => [p.actual, p.predicted]);
  const domain = computePaddedDomain(values);
  const fitTitle = t('report.predictedVsActual');
  const fit = computeSvgPlot(
    [{ label: '', points: r.points.map((p) => ({ x: p.actual, y: p.predicted })) }],
    {
      title: fitTitle,
      xLabel: t('report.actual'),
      yLabel: t('report.predicted'),
      xDomain: domain,
      yDomain: domain,
      mark: 'points',
      guides: [{ from: [domain[0], domain[0]], to: [domain[1], domain[1]] }],
      format: tick,
    },
  );
  const residuals = r.points.map((p) => ({ x: p.predicted, y: p.actual - p.predicted }));
  const xDomain = computePaddedDomain(residuals.map((p) => p.x));
  const spread = Math.max(1e-9, ...residuals.map((p) => Math.abs(p.y)).filter(Number.isFinite));
  const residualTitle = t('report.residuals');
  const residualPlot = computeSvgPlot([{ label: '', points: residuals }], {
    title: residualTitle,
    xLabel: t('report.predicted'),
    yLabel: t('report.residual'),
    xDomain,
    yDomain: [-spread * 1.05, spread * 1.05],
    mark: 'points',
    guides: [{ from: [xDomain[0], 0], to: [xDomain[1], 0] }],
    format: tick,
  });
  const s = r.residualSummary;
  const summary = t('report.residualSummary', {
    mean: num(s.mean),
    std: num(s.std),
    min: num(s.min),
    max: num(s.max),
  });
  return [
    computeFigureHtml(fitTitle, t('report.predictedVsActualIntro'), fit),
    computeFigureHtml(residualTitle, summary, residualPlot),
  ];
}

/** The charts section of the report (classification or regression figures). */
export function computeChartsSectionHtml(
  report: EvaluationReport,
  t: ReportTranslate,
  formatters: ReportFormatters,
): string {
  const figures = report.classification
    ? classificationFigures(report.classification, t, formatters)
    : report.regression && report.regression.points.length > 0
      ? regressionFigures(report.regression, t, formatters)
      : [];
  const content = figures.length > 0 ? figures.join('\n') : paragraph(t('report.noChart'));
  return section('charts', t('report.charts'), `<div class="charts">\n${content}\n</div>`);
}
