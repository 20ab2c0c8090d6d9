import type { ModelVersion } from '../deploy/types';
import type { RetrainRecord } from '../monitor/retrain-types';
import type { RunInfo } from '../train/run-types';
import type { LineageGraph, LineageGraphEdge, LineageGraphNode } from './graph-types';

/** A dataset version as the lineage reads it: its parents and the step that made it. */
export interface LineageVersionSource {
  id: string;
  parents: readonly string[];
  step: Readonly<{ kind: string }>;
  createdAt: number;
}

/** A package as the lineage reads it: the model version it packs. */
export interface LineagePackageSource {
  id: string;
  modelVersionId: string;
  createdAt: number;
}

/** A deployment as the lineage reads it: its endpoint and the packages it serves. */
export interface LineageDeploymentSource {
  id: string;
  endpoint: string;
  championPackageId: string;
  challengerPackageId: string | null;
  createdAt: number;
}

/** A replay session as the lineage reads it: the endpoint and the source dataset version. */
export interface LineageSessionSource {
  id: string;
  endpoint: string;
  /** The dataset version replayed. */
  source: string;
  status: string;
  createdAt: number;
}

/** Every row of one project the lineage is built from (plain rows, any order). */
export interface LineageSources {
  projectId: string;
  versions: readonly LineageVersionSource[];
  runs: readonly Pick<
    RunInfo,
    'id' | 'versionId' | 'parentRunId' | 'kind' | 'name' | 'status' | 'createdAt'
  >[];
  models: readonly Pick<
    ModelVersion,
    'id' | 'runId' | 'name' | 'version' | 'aliases' | 'archived' | 'createdAt'
  >[];
  packages: readonly LineagePackageSource[];
  /** Every deployment of the project, replaced ones too. */
  deployments: readonly LineageDeploymentSource[];
  sessions: readonly LineageSessionSource[];
  retrains: readonly Pick<
    RetrainRecord,
    | 'id'
    | 'sessionId'
    | 'modelName'
    | 'stage'
    | 'captureVersionId'
    | 'runId'
    | 'modelVersionId'
    | 'createdAt'
  >[];
}

/** A node placed in the layered layout: column = depth (oldest left), row = order in it. */
export interface LineageLayoutNode extends LineageGraphNode {
  /** Length of the longest path from a root to this node. */
  depth: number;
  /** Position within its depth column, from the top (0-based). */
  order: number;
  /** Centre of the node in layout units. */
  x: number;
  y: number;
}

/** The layered layout of a lineage graph. */
export interface LineageLayout {
  nodes: LineageLayoutNode[];
  edges: LineageGraphEdge[];
  /** Size of the whole drawing in layout units. */
  width: number;
  height: number;
}

/** Spacing and crossing reduction of the layout. */
export interface LineageGraphLayoutOptions {
  /** Distance between the centres of two depth columns. */
  columnGap?: number;
  /** Distance between the centres of two nodes in a column. */
  rowGap?: number;
  /** Margin around the drawing. */
  padding?: number;
  /** Barycentre sweeps (one sweep = left to right then right to left); 0 keeps oldest first. */
  sweeps?: number;
}

/** A lineage with each search's trials folded into the search node. */
export interface CollapsedLineage {
  graph: LineageGraph;
  /** Search run key → number of trials folded into it. */
  hiddenTrials: Map<string, number>;
}
