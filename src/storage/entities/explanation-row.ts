import type { GlobalExplanation, LocalExplanation } from '../../lifecycle/explain/types';

/**
 * An explanation of a run (`explanations`), kept so the page shows it again without
 * recomputing: the last global one per split (id `<runId>:<split>`), and local ones of stored
 * rows per row and settings (id `<runId>:local:<row>:<method>:<output>:<background>:<seed>`).
 */
export type ExplanationRow =
  | {
      id: string;
      runId: string;
      projectId: string;
      kind?: 'global';
      explanation: GlobalExplanation;
      createdAt: number;
    }
  | {
      id: string;
      runId: string;
      projectId: string;
      kind: 'local';
      explanation: LocalExplanation;
      createdAt: number;
    };
