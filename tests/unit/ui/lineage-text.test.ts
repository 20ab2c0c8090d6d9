import { describe, expect, it } from 'vitest';
import { translate, type MessageKey, type MessageParams } from '../../../src/i18n';
import { computeLineageGraph } from '../../../src/lifecycle/lineage';
import { formatDateTime } from '../../../src/ui/format';
import {
  computeModelChoices,
  computeNodeStage,
  lineageKinds,
} from '../../../src/ui/stages/lineage/lineage-links';
import { formatLineageEdge, formatLineageNode } from '../../../src/ui/stages/lineage/lineage-text';
import { computeLoopSources } from '../lineage/lineage-fixture';

const en = (key: MessageKey, params?: MessageParams) => translate('en', key, params);
const ko = (key: MessageKey, params?: MessageParams) => translate('ko', key, params);
const graph = computeLineageGraph(computeLoopSources());
const node = (key: string) => graph.nodes.find((n) => n.key === key)!;

describe('lineage node words', () => {
  it('a dataset version shows its step kind in the page language', () => {
    expect(formatLineageNode(node('dataset-version:v-split'), en, 'en').title).toBe('Split');
    expect(formatLineageNode(node('dataset-version:v-split'), ko, 'ko').title).toBe('분할');
  });

  it('a folded search counts its trials and a model version shows its alias', () => {
    expect(formatLineageNode(node('run:r-search'), en, 'en', 3).title).toBe('search +3 trials');
    expect(formatLineageNode(node('model-version:m1'), en, 'en').subtitle).toBe(
      'Model version · champion',
    );
    expect(formatLineageNode(node('retrain:rt1'), ko, 'ko').subtitle).toBe('재학습 · 프로덕션');
  });

  it('the description names the entity, its id and its time', () => {
    const d1 = node('deployment:d1');
    expect(formatLineageNode(d1, en, 'en').describe).toBe(
      `Deployment churn-api (replaced). Id d1, created ${formatDateTime(d1.createdAt, 'en')}.`,
    );
  });
});

describe('lineage links', () => {
  it('each kind opens the stage page that shows it', () => {
    expect(lineageKinds.map(computeNodeStage)).toEqual([
      'data',
      'train',
      'deploy',
      'deploy',
      'deploy',
      'monitor',
      'monitor',
    ]);
  });

  it('the ancestry highlight offers model versions, newest first', () => {
    expect(computeModelChoices(graph.nodes).map((n) => n.label)).toEqual(['churn v2', 'churn v1']);
  });
});

describe('lineage edge words', () => {
  it('an edge names its kind and its step or role in the page language', () => {
    const words = graph.edges.map((edge) => formatLineageEdge(edge, en));
    expect(words).toContain('made by step: Split');
    expect(words).toContain('deployed: challenger');
    expect(words).toContain('replayed: through the endpoint');
    expect(formatLineageEdge(graph.edges[0]!, ko)).toBe('단계로 만듦: 분할');
  });
});
