/**
 * The rows of a selection: the chosen entities with everything they were made from (their
 * ancestry in the lineage graph), plus what belongs to them (a run's epochs, checkpoints,
 * evaluations and explanations; a model version's registry events and packages; a replay's
 * windows and alerts). The project and its plan history always travel.
 */
import { computeAncestry } from '../lineage/ancestry';
import type { LineageGraph, LineageNodeKind } from '../lineage/graph-types';
import type { SharedTable } from './share-tables';

/** One chosen entity. */
export interface SelectedItem {
  kind: Extract<LineageNodeKind, 'dataset-version' | 'run' | 'model-version' | 'monitor-session'>;
  id: string;
}

type Row = Record<string, unknown>;

/** Which node kind a table's rows are, and which field holds the node id (for owned rows). */
const owners: Partial<Record<SharedTable, { kind: LineageNodeKind; field: string }>> = {
  datasetVersions: { kind: 'dataset-version', field: 'id' },
  versionRefs: { kind: 'dataset-version', field: 'versionId' },
  runs: { kind: 'run', field: 'id' },
  runEpochs: { kind: 'run', field: 'runId' },
  checkpoints: { kind: 'run', field: 'runId' },
  evaluations: { kind: 'run', field: 'runId' },
  explanations: { kind: 'run', field: 'runId' },
  models: { kind: 'model-version', field: 'id' },
  registryEvents: { kind: 'model-version', field: 'modelVersionId' },
  packages: { kind: 'model-version', field: 'modelVersionId' },
  deployments: { kind: 'deployment', field: 'id' },
  monitorSessions: { kind: 'monitor-session', field: 'id' },
  monitorWindows: { kind: 'monitor-session', field: 'sessionId' },
  alerts: { kind: 'monitor-session', field: 'sessionId' },
  retrains: { kind: 'retrain', field: 'id' },
};

/** The rows of `items` and their ancestry, and the part of the graph they make. */
export function computeSelectedRows(
  rows: ReadonlyMap<SharedTable, readonly Row[]>,
  graph: LineageGraph,
  items: readonly SelectedItem[],
): { rows: Map<SharedTable, Row[]>; graph: LineageGraph } {
  const keep = new Set<string>();
  for (const item of items) {
    for (const key of computeAncestry(graph, `${item.kind}:${item.id}`)) keep.add(key);
  }
  const out = new Map<SharedTable, Row[]>();
  for (const [table, list] of rows) {
    const owner = owners[table];
    if (!owner) {
      out.set(table, [...list]);
      continue;
    }
    out.set(
      table,
      list.filter((row) => keep.has(`${owner.kind}:${String(row[owner.field])}`)),
    );
  }
  const versionRefs = out.get('versionRefs') ?? [];
  const datasets = new Set(versionRefs.map((ref) => ref.datasetId));
  out.set(
    'datasets',
    (rows.get('datasets') ?? []).filter((row) => datasets.has(row.id)),
  );
  return {
    rows: out,
    graph: {
      projectId: graph.projectId,
      nodes: graph.nodes.filter((node) => keep.has(node.key)),
      edges: graph.edges.filter((edge) => keep.has(edge.from) && keep.has(edge.to)),
    },
  };
}
