import type { GlobalExplanation } from '../../lifecycle/explain/types';

/** The last global explanation of a run on one split (`explanations`). Id: `<runId>:<split>`. */
export interface ExplanationRow {
  id: string;
  runId: string;
  projectId: string;
  explanation: GlobalExplanation;
  createdAt: number;
}
