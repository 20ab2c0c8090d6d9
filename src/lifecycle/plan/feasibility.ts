import type { ColumnSchema, ColumnTable, ColumnValues } from '../data/types';
import {
  computeClassificationBaselineScores,
  computeRegressionBaselineScores,
  type BaselineScores,
} from '../evaluate/baseline-metrics';
import type {
  ClassShare,
  CriterionFeasibility,
  PlanFeasibility,
  TargetSpread,
} from './feasibility-types';
import type { ProjectPlan } from './types';

/** The column whose `train`/`test` values, when present, split fitting from scoring. */
export const splitColumnName = 'split';

function isMissing(column: ColumnValues, row: number): boolean {
  return column.kind === 'coded'
    ? (column.codes[row] ?? -1) < 0
    : Number.isNaN(column.values[row] ?? Number.NaN);
}

/** Missing cells over all cells of a table, 0 to 1 (0 for an empty table). */
export function computeMissingShare(table: ColumnTable): number {
  const cells = table.rowCount * table.columns.length;
  if (cells === 0) return 0;
  let missing = 0;
  for (const column of table.columns) {
    for (let row = 0; row < table.rowCount; row++) if (isMissing(column, row)) missing += 1;
  }
  return missing / cells;
}

/** Each row's split part (`train`, `test`…) from the `split` column, or null without one. */
function splitParts(table: ColumnTable): (string | null)[] | null {
  const column = table.columns[table.names.indexOf(splitColumnName)];
  if (column?.kind !== 'coded') return null;
  const parts = Array.from(column.codes, (code) => column.dictionary[code] ?? null);
  return parts.includes('train') && parts.includes('test') ? parts : null;
}

/** Labels of a class target, per row (null when missing); numbers keep their shortest text. */
function classLabels(column: ColumnValues, rows: number): (string | null)[] {
  const labels: (string | null)[] = [];
  for (let row = 0; row < rows; row++) {
    if (isMissing(column, row)) labels.push(null);
    else if (column.kind === 'coded') labels.push(column.dictionary[column.codes[row]!] ?? null);
    else labels.push(String(column.values[row]));
  }
  return labels;
}

function computeSpread(values: number[]): TargetSpread {
  const sorted = [...values].sort((a, b) => a - b);
  const count = sorted.length;
  const mean = sorted.reduce((sum, value) => sum + value, 0) / count;
  const squares = sorted.reduce((sum, value) => sum + (value - mean) ** 2, 0);
  const middle = Math.floor(count / 2);
  const median = count % 2 === 1 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
  return {
    count,
    mean,
    std: count > 1 ? Math.sqrt(squares / (count - 1)) : Number.NaN,
    min: sorted[0]!,
    median,
    max: sorted[count - 1]!,
  };
}

function judge(
  plan: Pick<ProjectPlan, 'criteria'>,
  scores: BaselineScores,
): CriterionFeasibility[] {
  return plan.criteria.map(({ metric, op, value }) => {
    const baseline = scores[metric] ?? null;
    if (baseline === null) return { metric, op, value, baseline, passes: null, margin: null };
    const margin = op === '>=' ? baseline - value : value - baseline;
    return { metric, op, value, baseline, passes: margin >= 0, margin };
  });
}

/**
 * The feasibility summary of a plan on a table: size, class balance or target spread, missing
 * share, and the trivial baseline (majority class with priors, or the mean) scored against each
 * criterion — fitted and scored on the whole table, or on the `train` and `test` rows of its
 * `split` column when it has one.
 */
export function computeFeasibility(
  versionId: string,
  table: ColumnTable,
  schema: readonly ColumnSchema[],
  plan: Pick<ProjectPlan, 'task' | 'target' | 'criteria'>,
): PlanFeasibility {
  const parts = splitParts(table);
  const base = {
    versionId,
    rows: table.rowCount,
    columns: table.columns.length,
    task: plan.task,
    target: plan.target,
    missingShare: computeMissingShare(table),
    scoredOn: parts ? ('test-split' as const) : ('all' as const),
    classBalance: null,
    targetSpread: null,
    fitRows: 0,
    scoredRows: 0,
  };
  const unscored = (targetProblem: PlanFeasibility['targetProblem']): PlanFeasibility => ({
    ...base,
    targetProblem,
    criteria: judge(plan, {}),
  });
  if (plan.target === null) return unscored('none-set');
  const index = table.names.indexOf(plan.target);
  const column = table.columns[index];
  if (!column) return unscored('not-found');
  const inFit = (row: number) => !parts || parts[row] === 'train';
  const inScore = (row: number) => !parts || parts[row] === 'test';

  if (plan.task === 'classification') {
    const labels = classLabels(column, table.rowCount);
    const numeric = column.kind === 'numeric';
    const classes = [...new Set(labels.filter((label) => label !== null))].sort((a, b) =>
      numeric ? Number(a) - Number(b) : a < b ? -1 : a > b ? 1 : 0,
    );
    if (classes.length === 0) return unscored('empty');
    const code = new Map(classes.map((label, k) => [label, k]));
    const fit: number[] = [];
    const score: number[] = [];
    const counts = new Array<number>(classes.length).fill(0);
    labels.forEach((label, row) => {
      if (label === null) return;
      const k = code.get(label)!;
      counts[k]! += 1;
      if (inFit(row)) fit.push(k);
      if (inScore(row)) score.push(k);
    });
    const total = counts.reduce((sum, count) => sum + count, 0);
    const classBalance: ClassShare[] = classes
      .map((label, k) => ({ label, count: counts[k]!, share: counts[k]! / total }))
      .sort((a, b) => b.count - a.count);
    const scores = computeClassificationBaselineScores(fit, score, classes.length);
    return {
      ...base,
      targetProblem: null,
      classBalance,
      fitRows: fit.length,
      scoredRows: score.length,
      criteria: judge(plan, scores),
    };
  }

  const type = schema[index]?.type;
  if (column.kind !== 'numeric' || (type !== 'number' && type !== 'integer')) {
    return unscored('not-numeric');
  }
  const values: number[] = [];
  const fit: number[] = [];
  const score: number[] = [];
  column.values.forEach((value, row) => {
    if (Number.isNaN(value)) return;
    values.push(value);
    if (inFit(row)) fit.push(value);
    if (inScore(row)) score.push(value);
  });
  if (values.length === 0) return unscored('empty');
  return {
    ...base,
    targetProblem: null,
    targetSpread: computeSpread(values),
    fitRows: fit.length,
    scoredRows: score.length,
    criteria: judge(plan, computeRegressionBaselineScores(fit, score)),
  };
}
