import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  createDeployRepo,
  openLabStore,
  predictionLogLimit,
  type LabStore,
  type PredictionLogRow,
} from '../../src/storage';
import { freshName } from './rows';

let store: LabStore;
beforeEach(async () => {
  store = await openLabStore({ name: freshName() });
});
afterEach(() => store.close());

function rows(endpoint: string, from: number, count: number): PredictionLogRow[] {
  return Array.from({ length: count }, (_, i) => ({
    projectId: 'p1',
    sessionId: endpoint,
    deploymentId: 'd1',
    modelVersionId: 'm1',
    at: from + i,
    input: { x: from + i },
    prediction: 'yes',
    probabilities: null,
    label: null,
    latencyMs: 0.1,
  }));
}

describe('the prediction log', () => {
  it('keeps the newest rows up to its limit per endpoint, dropping the oldest', async () => {
    const repo = createDeployRepo(store);
    await repo.appendLog('a', rows('a', 0, predictionLogLimit - 3));
    await repo.appendLog('b', rows('b', 0, 5));
    await repo.appendLog('a', rows('a', predictionLogLimit - 3, 10));
    const a = await store.db.predictionLog.where('sessionId').equals('a').toArray();
    expect(a).toHaveLength(predictionLogLimit);
    expect(Math.min(...a.map((r) => r.at))).toBe(7);
    expect(Math.max(...a.map((r) => r.at))).toBe(predictionLogLimit + 6);
    expect(await store.db.predictionLog.where('sessionId').equals('b').count()).toBe(5);
  });
});
