import { MessageChannel } from 'node:worker_threads';
import { expose, wrap, type Remote } from 'comlink';
import nodeEndpoint from 'comlink/dist/esm/node-adapter';
import type { Project } from '../../src/lifecycle/plan/types';
import { dataApi, type DataApi } from '../../workers/data.api';

/** A stored project row for worker tests: an empty plan unless `overrides` says otherwise. */
export function makeProject(id: string, overrides: Partial<Project> = {}): Project {
  return {
    id,
    name: id,
    problem: '',
    hypothesis: '',
    task: 'classification',
    target: null,
    kpi: '',
    criteria: [],
    latencyBudgetMs: null,
    createdAt: 1,
    updatedAt: 1,
    ...overrides,
  };
}

/**
 * The data worker's API exposed on one end of a MessageChannel and wrapped on the other, to
 * prove its arguments and results clone; `close()` closes both ends.
 */
export function wrapDataApiOverChannel(): { remote: Remote<DataApi>; close(): void } {
  const { port1, port2 } = new MessageChannel();
  expose(dataApi, nodeEndpoint(port1));
  return {
    remote: wrap<DataApi>(nodeEndpoint(port2)),
    close: () => {
      port1.close();
      port2.close();
    },
  };
}
