/**
 * `lab.share.reportHtml`: a run's stored evaluation report as one standalone HTML file with its
 * charts, in the current language.
 */
import { translate, type Locale, type MessageKey } from '../i18n';
import { computeReportHtml } from '../lifecycle/evaluate/report-html';
import type { EvaluationSplit } from '../lifecycle/evaluate/types';
import { LabError } from '../shared/lab-error';
import type { ProjectsRepo, RunsRepo } from '../storage';
import type { Lab } from './types';

/** What `reportHtml` reads: stored reports, the run and its project, the current language. */
export interface ReportHtmlDeps {
  evaluate: Pick<Lab['evaluate'], 'report'>;
  runs: RunsRepo;
  projects: ProjectsRepo;
  getLocale: () => Locale;
}

const splits: readonly EvaluationSplit[] = ['test', 'validation', 'train'];

/** `reportHtml(runId, { split })`: NOT_FOUND when the run was never evaluated on the split. */
export function createReportHtml(
  deps: ReportHtmlDeps,
): (runId: string, options?: { split?: EvaluationSplit }) => Promise<string> {
  return async (runId, options = {}) => {
    const split = options.split ?? 'test';
    if (!splits.includes(split)) {
      throw new LabError('INVALID_ARGUMENT', `Unknown split ${String(split)}`, {
        params: { field: 'split', reason: 'not_allowed' },
      });
    }
    const run = await deps.runs.get(runId);
    const locale = deps.getLocale();
    const t = (key: string, params?: Record<string, string | number>) =>
      translate(locale, key as MessageKey, params);
    const report = await deps.evaluate.report(runId, { split });
    if (report === null) {
      const what = t('report.notEvaluated', {
        run: run.name,
        split: t(`modelCard.split.${split}`),
      });
      throw new LabError(
        'NOT_FOUND',
        `Run ${runId} has no evaluation on ${split}: evaluate it first.`,
        {
          params: { what },
        },
      );
    }
    const project = await deps.projects.get(run.projectId);
    return computeReportHtml(report, {
      runName: run.name,
      projectName: project?.name ?? run.projectId,
      locale,
      texts: t,
      appVersion: __APP_VERSION__,
    });
  };
}
