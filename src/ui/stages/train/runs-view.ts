/**
 * The runs table as rows: each run's best validation metric, filtered by text, status, tag or
 * search parent, sorted by a column, with a search's trials nested under their parent.
 */
import type { RunInfo, RunStatus } from '../../../api/types';

/** Columns the table sorts by. */
export const runSortKeys = [
  'name',
  'status',
  'family',
  'learningRate',
  'hidden',
  'batchSize',
  'metric',
  'epochs',
  'backend',
  'createdAt',
] as const;
export type RunSortKey = (typeof runSortKeys)[number];

/** The table's sort: a column and a direction. */
export interface RunSort {
  key: RunSortKey;
  direction: 'ascending' | 'descending';
}

/** The table's filters; empty text and `all` keep everything. */
export interface RunFilter {
  text: string;
  status: RunStatus | 'all';
  tag: string;
  /** A search parent's id: only it and its trials; `all` keeps every run. */
  parent: string;
}

/** One row of the table. */
export interface RunRow {
  run: RunInfo;
  /** 1 for a trial shown under its search parent, else 0. */
  depth: 0 | 1;
  /** Best validation value over the run's epochs, and its metric. */
  best: { metric: string; value: number } | null;
  /** The search's reason when this trial is its best one; else null. */
  bestWhy: string | null;
}

/** The best value of the run's early-stopping metric (val_loss otherwise), from its summary. */
export function computeBestMetric(run: RunInfo): { metric: string; value: number } | null {
  const metric = run.config.hyper.earlyStopping?.metric ?? 'val_loss';
  const best = run.summary.best[metric];
  return best === undefined ? null : { metric, value: best.value };
}

function sortValue(row: RunRow, key: RunSortKey): number | string {
  const { run } = row;
  switch (key) {
    case 'name':
      return run.name.toLowerCase();
    case 'status':
    case 'createdAt':
      return run[key];
    case 'family':
      return run.config.model.family;
    case 'hidden':
      return run.config.model.hidden.join(',');
    case 'learningRate':
    case 'batchSize':
      return run.config.hyper[key];
    case 'metric':
      return row.best?.value ?? Number.NaN;
    case 'epochs':
      return run.summary.epochs;
    case 'backend':
      return run.environment?.backend ?? '';
  }
}

function compareRows(a: RunRow, b: RunRow, sort: RunSort): number {
  const x = sortValue(a, sort.key);
  const y = sortValue(b, sort.key);
  // Missing numbers (a run with no epochs yet) go last whichever the direction.
  const xMissing = typeof x === 'number' && Number.isNaN(x);
  const yMissing = typeof y === 'number' && Number.isNaN(y);
  if (xMissing || yMissing) return xMissing === yMissing ? 0 : xMissing ? 1 : -1;
  const order = x < y ? -1 : x > y ? 1 : 0;
  return sort.direction === 'ascending' ? order : -order;
}

function matches(run: RunInfo, filter: RunFilter): boolean {
  if (filter.status !== 'all' && run.status !== filter.status) return false;
  if (filter.tag !== '' && !run.tags.includes(filter.tag)) return false;
  if (filter.parent !== 'all' && run.id !== filter.parent && run.parentRunId !== filter.parent) {
    return false;
  }
  const text = filter.text.trim().toLowerCase();
  if (text === '') return true;
  const haystack = [run.name, run.id, run.notes, run.config.model.family, ...run.tags];
  return haystack.some((part) => part.toLowerCase().includes(text));
}

/** The rows to show, in order: filtered, sorted, each parent followed by its sorted trials. */
export function computeRunRows(
  runs: readonly RunInfo[],
  sort: RunSort,
  filter: RunFilter,
): RunRow[] {
  const byId = new Map(runs.map((run) => [run.id, run]));
  const bestOf = new Map<string, string>();
  for (const run of runs) {
    const best = run.search?.best;
    if (best) bestOf.set(best.runId, best.why);
  }
  const shown = runs.filter((run) => matches(run, filter));
  const shownIds = new Set(shown.map((run) => run.id));
  const toRow = (run: RunInfo, depth: 0 | 1): RunRow => ({
    run,
    depth,
    best: computeBestMetric(run),
    bestWhy: bestOf.get(run.id) ?? null,
  });
  const children = new Map<string, RunRow[]>();
  const top: RunRow[] = [];
  for (const run of shown) {
    const parent = run.parentRunId;
    if (parent !== null && byId.has(parent) && shownIds.has(parent)) {
      const list = children.get(parent) ?? [];
      list.push(toRow(run, 1));
      children.set(parent, list);
    } else top.push(toRow(run, 0));
  }
  const rows: RunRow[] = [];
  for (const row of top.sort((a, b) => compareRows(a, b, sort))) {
    rows.push(row);
    const trials = children.get(row.run.id);
    if (trials) rows.push(...trials.sort((a, b) => compareRows(a, b, sort)));
  }
  return rows;
}
