import type {
  LineageGraph,
  LineageGraphEdge,
  LineageGraphNode,
  LineageNodeKind,
} from './graph-types';
import { computeServingDeployment, computeServingIds } from './serving-deployments';
import type { LineageSources } from './types';

/** The key of an entity in the lineage graph: `${kind}:${id}`. */
export function computeLineageKey(kind: LineageNodeKind, id: string): string {
  return `${kind}:${id}`;
}

function nodesOf(sources: LineageSources): LineageGraphNode[] {
  const node = (
    kind: LineageNodeKind,
    id: string,
    label: string,
    status: string | null,
    createdAt: number,
  ): LineageGraphNode => ({ key: computeLineageKey(kind, id), kind, id, label, status, createdAt });
  const modelLabel = new Map(sources.models.map((m) => [m.id, `${m.name} v${m.version}`]));
  const serving = computeServingIds(sources.deployments);
  return [
    ...sources.versions.map((v) => node('dataset-version', v.id, v.step.kind, null, v.createdAt)),
    ...sources.runs.map((r) => node('run', r.id, r.name, r.status, r.createdAt)),
    ...sources.models.map((m) =>
      node(
        'model-version',
        m.id,
        `${m.name} v${m.version}`,
        m.archived ? 'archived' : m.aliases.length > 0 ? m.aliases.join(', ') : null,
        m.createdAt,
      ),
    ),
    ...sources.packages.map((p) =>
      node(
        'package',
        p.id,
        modelLabel.get(p.modelVersionId) ?? p.id.slice(0, 8),
        null,
        p.createdAt,
      ),
    ),
    ...sources.deployments.map((d) =>
      node('deployment', d.id, d.endpoint, serving.has(d.id) ? 'serving' : 'replaced', d.createdAt),
    ),
    ...sources.sessions.map((s) =>
      node('monitor-session', s.id, s.endpoint, s.status, s.createdAt),
    ),
    ...sources.retrains.map((r) => node('retrain', r.id, r.modelName, r.stage, r.createdAt)),
  ];
}

function edgesOf(sources: LineageSources): LineageGraphEdge[] {
  const k = computeLineageKey;
  const edge = (from: string, to: string, kind: string, detail: string | null = null) => ({
    from,
    to,
    kind,
    detail,
  });
  const searches = new Set(sources.runs.filter((r) => r.kind === 'search').map((r) => r.id));
  const edges: LineageGraphEdge[] = [];
  for (const v of sources.versions) {
    for (const parent of v.parents) {
      edges.push(
        edge(k('dataset-version', parent), k('dataset-version', v.id), 'step', v.step.kind),
      );
    }
  }
  for (const r of sources.runs) {
    if (r.parentRunId !== null && searches.has(r.parentRunId)) {
      edges.push(edge(k('run', r.parentRunId), k('run', r.id), 'trial'));
    } else edges.push(edge(k('dataset-version', r.versionId), k('run', r.id), 'trained-on'));
  }
  for (const m of sources.models)
    edges.push(edge(k('run', m.runId), k('model-version', m.id), 'registered'));
  for (const p of sources.packages) {
    edges.push(edge(k('model-version', p.modelVersionId), k('package', p.id), 'packaged'));
  }
  for (const d of sources.deployments) {
    edges.push(
      edge(k('package', d.championPackageId), k('deployment', d.id), 'deployed', 'champion'),
    );
    if (d.challengerPackageId !== null) {
      const challenger = k('package', d.challengerPackageId);
      edges.push(edge(challenger, k('deployment', d.id), 'deployed', 'challenger'));
    }
  }
  for (const s of sources.sessions) {
    const serving = computeServingDeployment(sources.deployments, s.endpoint, s.createdAt);
    if (serving !== null) {
      edges.push(
        edge(k('deployment', serving), k('monitor-session', s.id), 'replayed', 'endpoint'),
      );
    }
    edges.push(
      edge(k('dataset-version', s.source), k('monitor-session', s.id), 'replayed', 'source'),
    );
  }
  for (const r of sources.retrains) {
    const to = k('retrain', r.id);
    edges.push(edge(k('monitor-session', r.sessionId), to, 'triggered'));
    if (r.captureVersionId !== null) {
      edges.push(edge(to, k('dataset-version', r.captureVersionId), 'captured'));
    }
    if (r.runId !== null) edges.push(edge(to, k('run', r.runId), 'retrained'));
    if (r.modelVersionId !== null)
      edges.push(edge(to, k('model-version', r.modelVersionId), 'retrained'));
  }
  return edges;
}

/**
 * A project's lineage graph from its rows: one node per entity (oldest first, ties by key,
 * duplicates kept once) and every edge between two of them (edges to entities the project
 * does not hold are dropped), in node order of `to`, then of `from`.
 */
export function computeLineageGraph(sources: LineageSources): LineageGraph {
  const byKey = new Map<string, LineageGraphNode>();
  for (const node of nodesOf(sources)) if (!byKey.has(node.key)) byKey.set(node.key, node);
  const nodes = [...byKey.values()].sort(
    (a, b) => a.createdAt - b.createdAt || (a.key < b.key ? -1 : a.key > b.key ? 1 : 0),
  );
  const index = new Map(nodes.map((node, i) => [node.key, i]));
  const seen = new Set<string>();
  const edges = edgesOf(sources).filter((e) => {
    const id = `${e.from}\n${e.to}\n${e.kind}\n${e.detail ?? ''}`;
    if (e.from === e.to || !index.has(e.from) || !index.has(e.to) || seen.has(id)) return false;
    seen.add(id);
    return true;
  });
  const at = (key: string) => index.get(key) ?? 0;
  edges.sort((a, b) => at(a.to) - at(b.to) || at(a.from) - at(b.from));
  return { projectId: sources.projectId, nodes, edges };
}
