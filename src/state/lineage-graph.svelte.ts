import type { Lab } from '../api/types';
import {
  computeAncestry,
  computeCollapsedTrials,
  computeLineageLayout,
  type LineageGraph,
  type LineageLayout,
} from '../lifecycle/lineage';
import { toLabError, type LabError } from '../shared/lab-error';

const noTrials: ReadonlyMap<string, number> = new Map<string, number>();

/** A project's lineage graph as the Lineage page shows it: trials folded, a selection, its ancestry. */
export class LineageGraphState {
  status = $state<'loading' | 'ready' | 'error'>('loading');
  error = $state.raw<LabError | null>(null);
  graph = $state.raw<LineageGraph | null>(null);
  /** Whether search trials are drawn (folded into their search by default). */
  showTrials = $state(false);
  selectedKey = $state<string | null>(null);
  readonly #collapsed = $derived(this.graph ? computeCollapsedTrials(this.graph) : null);
  /** The graph drawn: the whole graph, or the one with trials folded. */
  readonly view: LineageGraph | null = $derived(
    this.showTrials ? this.graph : (this.#collapsed?.graph ?? null),
  );
  /** Search run key → trials folded into it (empty when trials are shown). */
  readonly hiddenTrials: ReadonlyMap<string, number> = $derived(
    this.showTrials ? noTrials : (this.#collapsed?.hiddenTrials ?? noTrials),
  );
  readonly layout: LineageLayout | null = $derived(
    this.view ? computeLineageLayout(this.view) : null,
  );
  /** The selected node, if it is drawn. */
  readonly selected = $derived(
    this.view?.nodes.find((node) => node.key === this.selectedKey) ?? null,
  );
  /** Keys kept bright: the selected model version and its ancestors; null when nothing dims. */
  readonly ancestry: ReadonlySet<string> | null = $derived(
    this.view && this.selected?.kind === 'model-version'
      ? computeAncestry(this.view, this.selected.key)
      : null,
  );
  readonly #lineage: Pick<Lab['lineage'], 'graph'>;
  #request = 0;

  constructor(lineage: Pick<Lab['lineage'], 'graph'>) {
    this.#lineage = lineage;
  }

  /** Loads the lineage of `projectId`; a newer call wins over an older one. */
  async load(projectId: string): Promise<void> {
    const request = ++this.#request;
    try {
      const graph = await this.#lineage.graph(projectId);
      if (request !== this.#request) return;
      this.graph = graph;
      this.status = 'ready';
      this.error = null;
    } catch (thrown) {
      if (request !== this.#request) return;
      this.status = 'error';
      this.error = toLabError(thrown);
    }
  }

  /** Selects a node (again: clears the selection). */
  select(key: string | null): void {
    this.selectedKey = key === this.selectedKey ? null : key;
  }
}
