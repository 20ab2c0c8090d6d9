import type { LabErrorData } from '../../shared/lab-error';

/** Where a long-running job stands. */
export type JobStatus = 'running' | 'paused' | 'done' | 'failed' | 'cancelled';

/**
 * A long-running job (`jobs`: an import, a training run, a replay), kept so work interrupted
 * by a closed tab can be found and resumed or cleaned up.
 */
export interface JobRow {
  id: string;
  /** Null for jobs that belong to no project (e.g. a backend probe). */
  projectId: string | null;
  kind: 'import' | 'train' | 'search' | 'replay' | 'package';
  status: JobStatus;
  progress: { done: number; total: number; phase: string };
  /** What a resume needs (plain JSON), e.g. the run id and last checkpoint. */
  state: Readonly<Record<string, unknown>>;
  error: LabErrorData | null;
  createdAt: number;
  updatedAt: number;
}
