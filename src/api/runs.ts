/** `lab.runs`: the project's runs, comparisons, names, tags and notes. */
import type { Locale } from '../i18n';
import { computeRunComparison } from '../lifecycle/train/compare-runs';
import type { RunInfo } from '../lifecycle/train/run-types';
import { LabError } from '../shared/lab-error';
import type { RunsRepo } from '../storage';
import { localizeError } from './localize-errors';
import type { LabTrainNamespaces } from './train-types';

/** Longest run name and note, in characters; most tags per run. */
const limits = { name: 200, notes: 10_000, tags: 50, tag: 60 } as const;

function invalid(field: string, reason: string): LabError {
  return new LabError('INVALID_ARGUMENT', `${field}: ${reason}`, { params: { field, reason } });
}

function checkPatch(patch: { name?: unknown; tags?: unknown; notes?: unknown }): void {
  if (patch.name !== undefined) {
    if (typeof patch.name !== 'string' || patch.name.trim() === '')
      throw invalid('name', 'required');
    if (patch.name.length > limits.name) throw invalid('name', 'too_long');
  }
  if (patch.notes !== undefined) {
    if (typeof patch.notes !== 'string') throw invalid('notes', 'wrong_type');
    if (patch.notes.length > limits.notes) throw invalid('notes', 'too_long');
  }
  if (patch.tags !== undefined) {
    const tags = patch.tags;
    if (!Array.isArray(tags) || tags.some((tag) => typeof tag !== 'string' || tag.trim() === '')) {
      throw invalid('tags', 'wrong_type');
    }
    if (tags.length > limits.tags || tags.some((tag: string) => tag.length > limits.tag)) {
      throw invalid('tags', 'too_long');
    }
  }
}

/** `lab.runs` over the runs repository; stored errors come back in the current language. */
export function createRunsApi(runs: RunsRepo, getLocale: () => Locale): LabTrainNamespaces['runs'] {
  const show = (run: RunInfo): RunInfo =>
    run.error
      ? { ...run, error: localizeError(LabError.fromData(run.error), getLocale()).toData() }
      : run;
  return {
    list: async (projectId) => (await runs.list(projectId)).map(show),
    get: async (id) => show(await runs.get(id)),
    async compare(ids, options = {}) {
      if (!Array.isArray(ids) || ids.length < 2) throw invalid('ids', 'too_few_runs');
      const rows = await Promise.all(ids.map((id) => runs.get(id)));
      const task = rows[0]?.config.task;
      const metric = options.metric ?? (task === 'regression' ? 'val_mae' : 'val_accuracy');
      return computeRunComparison(rows, metric);
    },
    async update(id, patch) {
      checkPatch(patch);
      const clean: Partial<RunInfo> = {};
      if (patch.name !== undefined) clean.name = patch.name.trim();
      if (patch.notes !== undefined) clean.notes = patch.notes;
      if (patch.tags !== undefined) clean.tags = [...new Set(patch.tags.map((tag) => tag.trim()))];
      return show(await runs.update(id, clean));
    },
    remove: (id) => runs.remove(id),
  };
}
