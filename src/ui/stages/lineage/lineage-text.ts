import { isMessageKey, type Locale, type MessageKey, type MessageParams } from '../../../i18n';
import type { LineageGraphEdge, LineageGraphNode } from '../../../lifecycle/lineage';
import { formatStepKind } from '../data/versions/step-label';
import { formatDateTime } from '../../format';

type Translate = (key: MessageKey, params?: MessageParams) => string;

/** What a node shows: title, second line, and the tooltip and accessible name. */
export interface LineageNodeText {
  title: string;
  subtitle: string;
  describe: string;
}

/** A node's status in the page's language (each alias of a list translated on its own). */
export function formatLineageStatus(status: string, t: Translate): string {
  return status
    .split(', ')
    .map((part) => {
      const key = `lineage.status.${part}`;
      return isMessageKey(key) ? t(key) : part;
    })
    .join(', ');
}

/**
 * The words of a node: its label (a dataset version's step kind localised, a search with its
 * folded trials counted), its kind and status, and a description with its id and time.
 */
export function formatLineageNode(
  node: LineageGraphNode,
  t: Translate,
  locale: Locale,
  hiddenTrials = 0,
): LineageNodeText {
  const label = node.kind === 'dataset-version' ? formatStepKind(node.label, t) : node.label;
  const title =
    hiddenTrials > 0 ? `${label} ${t('lineage.hiddenTrials', { count: hiddenTrials })}` : label;
  const kind = t(`lineage.kind.${node.kind}`);
  const status = node.status === null ? null : formatLineageStatus(node.status, t);
  return {
    title,
    subtitle: status === null ? kind : `${kind} · ${status}`,
    describe: t('lineage.node', {
      kind,
      label: title,
      status: status === null ? '' : t('lineage.nodeStatus', { status }),
      id: node.id,
      time: formatDateTime(node.createdAt, locale),
    }),
  };
}

/** An edge in the page's language: its kind, and a step kind or champion/challenger role. */
export function formatLineageEdge(edge: LineageGraphEdge, t: Translate): string {
  const key = `lineage.edge.${edge.kind}`;
  const kind = isMessageKey(key) ? t(key) : edge.kind;
  if (edge.detail === null) return kind;
  if (edge.kind === 'step') return `${kind}: ${formatStepKind(edge.detail, t)}`;
  const detail = `lineage.detail.${edge.detail}`;
  return `${kind}: ${isMessageKey(detail) ? t(detail) : edge.detail}`;
}
