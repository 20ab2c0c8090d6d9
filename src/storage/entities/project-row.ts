import type { Project } from '../../lifecycle/plan/types';

/** A project as stored in `projects`: the plan plus id and times (epoch ms). */
export type ProjectRow = Project;
