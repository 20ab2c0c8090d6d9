import type { EvaluationReport } from '../../lifecycle/evaluate/types';

/** The last evaluation of a run on one split (`evaluations`). Id: `<runId>:<split>`. */
export interface EvaluationRow {
  id: string;
  runId: string;
  projectId: string;
  report: EvaluationReport;
  createdAt: number;
}
