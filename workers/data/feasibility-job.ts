import { computeFeasibility } from '../../src/lifecycle/plan/feasibility';
import type { PlanFeasibility } from '../../src/lifecycle/plan/feasibility-types';
import type { ProjectPlan } from '../../src/lifecycle/plan/types';
import { LabError } from '../../src/shared/lab-error';
import type { LabStore } from '../../src/storage';
import { loadVersionTable } from './version-table';

/** What `assessPlanFeasibility` takes: a stored version and the parts of a plan it judges. */
export interface FeasibilityRequest {
  dbName?: string;
  versionId: string;
  plan: Pick<ProjectPlan, 'task' | 'target' | 'criteria'>;
}

/** The feasibility summary of a plan on a stored version (see computeFeasibility). */
export async function assessPlanFeasibility(
  store: LabStore,
  request: FeasibilityRequest,
): Promise<PlanFeasibility> {
  const { versionId, plan } = request;
  if (
    typeof plan !== 'object' ||
    plan === null ||
    !Array.isArray(plan.criteria) ||
    (plan.task !== 'classification' && plan.task !== 'regression')
  ) {
    throw new LabError('INVALID_ARGUMENT', 'feasibility takes a plan with a task and criteria', {
      params: { field: 'plan', reason: 'required' },
    });
  }
  const { version, table } = await loadVersionTable(store, versionId);
  const target = typeof plan.target === 'string' && plan.target !== '' ? plan.target : null;
  return computeFeasibility(versionId, table, version.schema.columns, { ...plan, target });
}
