import type { CheckpointRow } from './entities/checkpoint-row';
import type { ProjectStorageUsage, StorageUsageReport, StoredAmount } from './housekeeping-types';
import type { LabStore } from './open-lab-store';
import { runRead } from './store-transactions';

const encoder = new TextEncoder();

/** UTF-8 bytes of a plain-data row as JSON: what a row of the prediction log or a window weighs. */
export function computeJsonBytes(row: unknown): number {
  return encoder.encode(JSON.stringify(row)).byteLength;
}

/** Bytes of a checkpoint's buffers: its weights and its optimizer state. */
export function computeCheckpointBytes(row: CheckpointRow): number {
  return row.weights.byteLength + (row.optimizer?.data.byteLength ?? 0);
}

type Tally = Map<string, StoredAmount>;

/** Adds one row of `bytes` to the project's amount. */
function add(tally: Tally, projectId: string, bytes: number): void {
  const amount = tally.get(projectId) ?? { bytes: 0, rows: 0 };
  tally.set(projectId, { bytes: amount.bytes + bytes, rows: amount.rows + 1 });
}

/** Sums a table's rows per project, reading one row at a time. */
async function tallyBy<T extends { projectId: string }>(
  table: { each(visit: (row: T) => void): Promise<unknown> },
  size: (row: T) => number,
): Promise<Tally> {
  const tally: Tally = new Map();
  await table.each((row) => add(tally, row.projectId, size(row)));
  return tally;
}

const none: StoredAmount = { bytes: 0, rows: 0 };

/**
 * Storage per project, in one read transaction. Dataset versions count their recorded bytes
 * (the byte length of all their column chunks); a version used by several projects counts in
 * each of them and once in the total.
 */
export function readStorageUsage(store: LabStore): Promise<StorageUsageReport> {
  const { db } = store;
  const tables = [
    db.projects,
    db.versionRefs,
    db.datasetVersions,
    db.checkpoints,
    db.packages,
    db.predictionLog,
    db.monitorWindows,
  ];
  return runRead(store, tables, async () => {
    const [projects, refs, versions] = await Promise.all([
      db.projects.orderBy('updatedAt').reverse().toArray(),
      db.versionRefs.toArray(),
      db.datasetVersions.toArray(),
    ]);
    const checkpoints = await tallyBy(db.checkpoints, computeCheckpointBytes);
    const packages = await tallyBy(db.packages, (row) => row.bytes.byteLength);
    const log = await tallyBy(db.predictionLog, computeJsonBytes);
    const windows = await tallyBy(db.monitorWindows, computeJsonBytes);
    const bytesOf = new Map(versions.map((version) => [version.id, version.bytes]));
    const users = new Map<string, number>();
    for (const ref of refs) users.set(ref.versionId, (users.get(ref.versionId) ?? 0) + 1);

    const usage: ProjectStorageUsage[] = projects.map((project) => {
      const own = refs.filter((ref) => ref.projectId === project.id && bytesOf.has(ref.versionId));
      const shared = own
        .filter((ref) => (users.get(ref.versionId) ?? 0) > 1)
        .map((ref) => ({
          versionId: ref.versionId,
          bytes: bytesOf.get(ref.versionId) ?? 0,
          projects: users.get(ref.versionId) ?? 0,
        }));
      const datasetBytes = own.reduce((sum, ref) => sum + (bytesOf.get(ref.versionId) ?? 0), 0);
      const parts = [checkpoints, packages, log, windows].map((t) => t.get(project.id) ?? none);
      const [ck = none, pk = none, pl = none, mw = none] = parts;
      return {
        projectId: project.id,
        name: project.name,
        datasets: { bytes: datasetBytes, rows: own.length, shared },
        checkpoints: ck,
        packages: pk,
        predictionLog: pl,
        monitorWindows: mw,
        total: datasetBytes + parts.reduce((sum, part) => sum + part.bytes, 0),
      };
    });

    const known = new Set(projects.map((project) => project.id));
    const unattributed = { bytes: 0, rows: 0 };
    for (const version of versions) {
      if (users.has(version.id)) continue;
      unattributed.bytes += version.bytes;
      unattributed.rows += 1;
    }
    for (const tally of [checkpoints, packages, log, windows]) {
      for (const [projectId, amount] of tally) {
        if (known.has(projectId)) continue;
        unattributed.bytes += amount.bytes;
        unattributed.rows += amount.rows;
      }
    }
    const allTallies = [checkpoints, packages, log, windows].flatMap((tally) => [
      ...tally.values(),
    ]);
    const total =
      versions.reduce((sum, version) => sum + version.bytes, 0) +
      allTallies.reduce((sum, amount) => sum + amount.bytes, 0);
    return { projects: usage, unattributed, total };
  });
}
