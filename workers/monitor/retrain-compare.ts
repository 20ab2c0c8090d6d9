/**
 * Challenger against champion on the retrain's held-out stream events: both packages predict the
 * same events (as the replay served them) and are scored on those both could answer.
 */
import type { RequestRow } from '../../src/lifecycle/deploy/types';
import type { RetrainComparison } from '../../src/lifecycle/monitor/retrain-types';
import type { LabStore } from '../../src/storage';
import { createRowDecoder } from '../data/read-version';
import { loadPackage, predictPackage } from '../serve/serve-endpoint';
import { loadSessionStream } from './retrain-data';
import { sampleColumn } from './replay-reference';

/** Accuracy (classification) or MAE (regression) of both packages on positions [from, to). */
export async function compareOnHeldOut(
  store: LabStore,
  request: {
    sessionId: string;
    from: number;
    to: number;
    championPackageId: string;
    challengerPackageId: string;
  },
): Promise<RetrainComparison> {
  const stream = await loadSessionStream(store, request.sessionId);
  const champion = await loadPackage(store, request.championPackageId);
  const { manifest } = champion;
  const to = Math.min(request.to, stream.table.rowCount);
  const positions = Array.from(
    { length: Math.max(0, to - request.from) },
    (_, i) => request.from + i,
  );
  const features = manifest.inputSchema.map((field) => field.name);
  const read = createRowDecoder(stream.version.schema, stream.table, features);
  const rows = positions.map(read) as RequestRow[];
  const truth = sampleColumn(stream.version.schema, stream.table, manifest.target, positions);
  const [a, b] = [
    await predictPackage(store, request.championPackageId, rows),
    await predictPackage(store, request.challengerPackageId, rows),
  ];
  const classification = manifest.task === 'classification';
  let count = 0;
  let championScore = 0;
  let challengerScore = 0;
  positions.forEach((_, i) => {
    const t = truth.values[i];
    const p = a[i];
    const q = b[i];
    if (p === null || p === undefined || q === null || q === undefined) return;
    if (t === null || t === undefined || (typeof t === 'number' && Number.isNaN(t))) return;
    count += 1;
    if (classification) {
      championScore += String(p) === String(t) ? 1 : 0;
      challengerScore += String(q) === String(t) ? 1 : 0;
    } else {
      championScore += Math.abs(Number(p) - Number(t));
      challengerScore += Math.abs(Number(q) - Number(t));
    }
  });
  return {
    metric: classification ? 'accuracy' : 'mae',
    better: classification ? 'higher' : 'lower',
    champion: count > 0 ? championScore / count : Number.NaN,
    challenger: count > 0 ? challengerScore / count : Number.NaN,
    events: count,
  };
}
