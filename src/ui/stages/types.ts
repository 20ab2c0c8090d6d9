import type { ProjectSummary } from '../../api/types';

/** What every stage page receives: the open project and where it stands in the cycle. */
export interface StageProps {
  project: ProjectSummary;
}
