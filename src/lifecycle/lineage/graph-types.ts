/**
 * The project lineage graph: every entity of a project (dataset versions, runs, model versions,
 * packages, deployments, monitoring sessions, retrains) and how each was made from the others.
 * Plain JSON: what `lab.lineage.graph(projectId)` returns and what archives carry.
 */

/** The kinds of entity in a project's lineage. */
export type LineageNodeKind =
  | 'dataset-version'
  | 'run'
  | 'model-version'
  | 'package'
  | 'deployment'
  | 'monitor-session'
  | 'retrain';

/** One entity. `key` is `${kind}:${id}` (ids of different kinds may collide; keys never do). */
export interface LineageGraphNode {
  key: string;
  kind: LineageNodeKind;
  id: string;
  /** Short name shown on the node (a step kind, a run name, `churn v3`, an endpoint). */
  label: string;
  /** A status or stage when the entity has one (`done`, `production`, `rejected`), else null. */
  status: string | null;
  createdAt: number;
}

/**
 * How `to` was made from `from`: `step` (a recipe step or import between versions, `detail` its
 * kind), `trained-on`, `trial` (a search → its trial runs), `registered`, `packaged`, `deployed`, `replayed` (endpoint or source →
 * session), `triggered` (session → retrain), `captured` (retrain → version), `retrained`
 * (retrain → run or model version).
 */
export interface LineageGraphEdge {
  from: string;
  to: string;
  kind: string;
  detail: string | null;
}

/** A project's lineage: nodes oldest first (ties by key), edges in node order of `to`. */
export interface LineageGraph {
  projectId: string;
  nodes: LineageGraphNode[];
  edges: LineageGraphEdge[];
}
