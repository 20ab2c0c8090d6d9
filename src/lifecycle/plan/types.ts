/** The kind of prediction a project makes. */
export type Task = 'classification' | 'regression';

/** A success criterion: `metric op value`, e.g. accuracy >= 0.9. */
export interface SuccessCriterion {
  metric: string;
  op: '>=' | '<=';
  value: number;
}

/** What a user states when they plan a project. */
export interface ProjectPlan {
  name: string;
  problem: string;
  hypothesis: string;
  task: Task;
  /** The target column; null until data is in and one is picked. */
  target: string | null;
  /** Business KPI in the user's words. */
  kpi: string;
  criteria: SuccessCriterion[];
  /** p95 latency budget per prediction, in milliseconds; null for none. */
  latencyBudgetMs: number | null;
}

/** A project as stored. Times are epoch milliseconds. */
export interface Project extends ProjectPlan {
  id: string;
  createdAt: number;
  updatedAt: number;
}

/** The stages of the lifecycle, in order. */
export const stages = [
  'plan',
  'data',
  'train',
  'evaluate',
  'explain',
  'deploy',
  'monitor',
  'lineage',
] as const;
export type Stage = (typeof stages)[number];

/** How far a stage has got for one project. */
export type StageState = 'empty' | 'has-results';

/** A field of the plan, as history records which ones an edit changed. */
export type PlanField = keyof ProjectPlan;

/** Why a plan history entry exists: the project was created, edited, or history began. */
export type PlanChangeKind = 'created' | 'updated' | 'baseline';

/** One entry of a project's plan history: the whole plan after a change, and what changed. */
export interface PlanHistoryEntry {
  projectId: string;
  /** 1 for the project's first entry, then 2, 3…; newer entries have higher numbers. */
  seq: number;
  /** When the change was saved, epoch milliseconds. */
  at: number;
  kind: PlanChangeKind;
  /** The fields that differ from the entry before (for `created`, the fields that were set). */
  changed: PlanField[];
  plan: ProjectPlan;
}
