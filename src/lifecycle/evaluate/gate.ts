/** The evaluation gate: the plan's success criteria and latency budget against measured values. */
import type { SuccessCriterion } from '../plan/types';
import type { GateCheck, GateVerdict, LatencyReport, MetricScores } from './types';

/** Whether a measured value meets `op value`; a missing measurement never does. */
export function computeCriterionPass(
  measured: number | null,
  op: SuccessCriterion['op'],
  value: number,
): boolean {
  if (measured === null || Number.isNaN(measured)) return false;
  return op === '>=' ? measured >= value : measured <= value;
}

/**
 * The gate's verdict: each criterion judged on `metrics` (missing → fail), and the p95 latency at
 * batch size 1 against the budget in milliseconds (no measurement → fail, with `measuredP95`
 * NaN); `no-criteria` when the plan states neither, else `pass` only if every check passes.
 */
export function computeGateVerdict(
  criteria: SuccessCriterion[],
  latencyBudgetMs: number | null,
  metrics: MetricScores,
  latency: LatencyReport | null,
): GateVerdict {
  const checks: GateCheck[] = criteria.map(({ metric, op, value }) => {
    const measured = metrics[metric] ?? null;
    return { metric, op, value, measured, pass: computeCriterionPass(measured, op, value) };
  });
  let latencyCheck: GateVerdict['latency'] = null;
  if (latencyBudgetMs !== null) {
    const single = latency?.rows.find((row) => row.batchSize === 1);
    const measuredP95 = single?.p95 ?? Number.NaN;
    latencyCheck = {
      budgetMs: latencyBudgetMs,
      measuredP95,
      pass: computeCriterionPass(measuredP95, '<=', latencyBudgetMs),
    };
  }
  if (checks.length === 0 && latencyCheck === null) {
    return { checks, latency: null, verdict: 'no-criteria' };
  }
  const pass = checks.every((c) => c.pass) && (latencyCheck?.pass ?? true);
  return { checks, latency: latencyCheck, verdict: pass ? 'pass' : 'fail' };
}
