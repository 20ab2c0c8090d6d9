import type { LineageGraphNode, LineageNodeKind } from '../../../lifecycle/lineage';
import type { Stage } from '../../../lifecycle/plan/types';

/** The kinds of entity in drawing and legend order. */
export const lineageKinds: readonly LineageNodeKind[] = [
  'dataset-version',
  'run',
  'model-version',
  'package',
  'deployment',
  'monitor-session',
  'retrain',
];

const stageOfKind: Record<LineageNodeKind, Stage> = {
  'dataset-version': 'data',
  run: 'train',
  'model-version': 'deploy',
  package: 'deploy',
  deployment: 'deploy',
  'monitor-session': 'monitor',
  retrain: 'monitor',
};

/** The stage page that opens an entity of this kind. */
export function computeNodeStage(kind: LineageNodeKind): Stage {
  return stageOfKind[kind];
}

/** The model versions of a graph, newest first: what the ancestry highlight can select. */
export function computeModelChoices(nodes: readonly LineageGraphNode[]): LineageGraphNode[] {
  return nodes.filter((node) => node.kind === 'model-version').reverse();
}
