import type { LabErrorData } from '../shared/lab-error';
import { LabError } from '../shared/lab-error';
import type { CheckpointRow, CheckpointSlot } from './entities/checkpoint-row';
import type { EvaluationRow } from './entities/evaluation-row';
import type { ExplanationRow } from './entities/explanation-row';
import type { RunInfo } from '../lifecycle/train/run-types';
import { computeRunSummary } from '../lifecycle/train/run-summary';
import type { RunEpochRow, RunRow, RunStatus } from './entities/run-row';
import { findRunUsers, inUseError } from './housekeeping-refs';
import type { LabStore } from './open-lab-store';
import { runRead, runWrite } from './store-transactions';

/** Statuses of a run that some tab or worker is still working on. */
export const activeRunStatuses: readonly RunStatus[] = ['queued', 'running', 'paused'];

/** NOT_FOUND for a run id. */
export function runNotFound(runId: string): LabError {
  return new LabError('NOT_FOUND', `No run with id "${runId}".`, {
    params: { id: runId, what: `run ${runId}` },
  });
}

/** Reads and writes of runs, their checkpoints and evaluations: the only module writing them. */
export interface RunsRepo {
  /** A run with its per-epoch history; NOT_FOUND if there is none. */
  get(id: string): Promise<RunInfo>;
  find(id: string): Promise<RunInfo | undefined>;
  /** The project's runs, newest first, without per-epoch histories (`epochs` empty; see `summary`). */
  list(projectId: string): Promise<RunInfo[]>;
  /** A search's trials, oldest first, without per-epoch histories. */
  children(parentRunId: string): Promise<RunInfo[]>;
  /** Writes a run and exactly its epochs (later stored epochs are dropped, as on a resume). */
  put(run: RunInfo): Promise<void>;
  /** Changes fields of a run (its name, tags, notes, status…); returns it with its history. */
  update(id: string, patch: Partial<RunRow>): Promise<RunInfo>;
  /** One epoch: the run's new state, its last epoch and its checkpoints, in one transaction. */
  recordEpoch(run: RunInfo, checkpoints: readonly CheckpointRow[]): Promise<void>;
  /**
   * Marks the run done with its final weights in one transaction; refuses (INTERNAL) when the
   * checkpoint's digest is not the run artefact's.
   */
  complete(run: RunInfo, final: CheckpointRow): Promise<void>;
  checkpoint(runId: string, slot: CheckpointSlot): Promise<CheckpointRow | undefined>;
  /** Active runs no worker holds (`isHeld` false): marked interrupted with `error`. */
  markInterrupted(isHeld: (runId: string) => boolean, error: LabErrorData): Promise<string[]>;
  /** Ids of the runs and searches whose status says some page is working on them. */
  listActive(): Promise<string[]>;
  /**
   * Deletes a run, its history, checkpoints, evaluations and explanations, and its trials;
   * NOT_FOUND if there is none; INVALID_ARGUMENT `in-use` while a model version or retrain uses it.
   */
  remove(id: string): Promise<void>;
  saveEvaluation(row: EvaluationRow): Promise<void>;
  evaluation(id: string): Promise<EvaluationRow | undefined>;
  saveExplanation(row: ExplanationRow): Promise<void>;
  explanation(id: string): Promise<ExplanationRow | undefined>;
}

/** The row of a run: its record without the history, with the summary of it. */
function toRow(run: RunInfo): RunRow {
  const { epochs, ...row } = run;
  return { ...row, summary: computeRunSummary(epochs) };
}

function toEpochRow(run: RunInfo, record: RunInfo['epochs'][number]): RunEpochRow {
  return { runId: run.id, projectId: run.projectId, epoch: record.epoch, record };
}

/** The runs repository over an open store. */
export function createRunsRepo(store: LabStore): RunsRepo {
  const { db } = store;
  const epochsOf = (id: string) =>
    db.runEpochs.where('[runId+epoch]').between([id, -Infinity], [id, Infinity]).toArray();
  const withEpochs = async (row: RunRow): Promise<RunInfo> => ({
    ...row,
    epochs: (await epochsOf(row.id)).map((epoch) => epoch.record),
  });
  const listed = (row: RunRow): RunInfo => ({ ...row, epochs: [] });
  const get = (id: string) =>
    runRead(store, [db.runs, db.runEpochs], async () => {
      const run = await db.runs.get(id);
      if (!run) throw runNotFound(id);
      return withEpochs(run);
    });
  return {
    get,
    find: (id) =>
      runRead(store, [db.runs, db.runEpochs], async () => {
        const run = await db.runs.get(id);
        return run ? withEpochs(run) : undefined;
      }),
    list: (projectId) =>
      runRead(store, [db.runs], async () =>
        (await db.runs.where('projectId').equals(projectId).sortBy('createdAt'))
          .reverse()
          .map(listed),
      ),
    children: (parentRunId) =>
      runRead(store, [db.runs], async () =>
        (await db.runs.where('parentRunId').equals(parentRunId).sortBy('createdAt')).map(listed),
      ),
    put: (run) =>
      runWrite(store, [db.runs, db.runEpochs], async () => {
        await db.runEpochs.where('runId').equals(run.id).delete();
        await db.runEpochs.bulkPut(run.epochs.map((record) => toEpochRow(run, record)));
        await db.runs.put(toRow(run));
      }),
    update: (id, patch) =>
      runWrite(store, [db.runs, db.runEpochs], async () => {
        const run = await db.runs.get(id);
        if (!run) throw runNotFound(id);
        const { summary: _summary, ...rest } = patch;
        const next = { ...run, ...rest, id };
        await db.runs.put(next);
        return withEpochs(next);
      }),
    recordEpoch: (run, checkpoints) =>
      runWrite(store, [db.runs, db.runEpochs, db.checkpoints], async () => {
        await db.checkpoints.bulkPut([...checkpoints]);
        const last = run.epochs.at(-1);
        if (last) await db.runEpochs.put(toEpochRow(run, last));
        await db.runs.put(toRow(run));
      }),
    complete: (run, final) =>
      runWrite(store, [db.runs, db.checkpoints], async () => {
        if (!run.artifact || run.artifact.weightsDigest !== final.digest) {
          throw new LabError('INTERNAL', 'The final weights do not match the run artefact.');
        }
        await db.checkpoints.put(final);
        // The final weights replace the resume points.
        await db.checkpoints.bulkDelete([`${run.id}:last`, `${run.id}:best`]);
        await db.runs.put({ ...toRow(run), status: 'done' });
      }),
    checkpoint: (runId, slot) =>
      runRead(store, [db.checkpoints], () => db.checkpoints.get(`${runId}:${slot}`)),
    markInterrupted: (isHeld, error) =>
      runWrite(store, [db.runs], async () => {
        const active = await db.runs
          .where('status')
          .anyOf([...activeRunStatuses])
          .toArray();
        const stale = active.filter((run) => !isHeld(run.id));
        for (const run of stale) await db.runs.put({ ...run, status: 'interrupted', error });
        return stale.map((run) => run.id);
      }),
    listActive: () =>
      runRead(store, [db.runs], () =>
        db.runs
          .where('status')
          .anyOf([...activeRunStatuses])
          .primaryKeys(),
      ),
    remove: (id) =>
      runWrite(
        store,
        [
          db.runs,
          db.runEpochs,
          db.checkpoints,
          db.evaluations,
          db.explanations,
          db.models,
          db.retrains,
        ],
        async () => {
          const run = await db.runs.get(id);
          if (!run) throw runNotFound(id);
          const ids = [id, ...(await db.runs.where('parentRunId').equals(id).primaryKeys())];
          const users = await findRunUsers(db, run.projectId, ids);
          if (users.length > 0) throw inUseError('runId', `Run ${id}`, users);
          await db.checkpoints.where('runId').anyOf(ids).delete();
          await db.evaluations.where('runId').anyOf(ids).delete();
          await db.runEpochs.where('runId').anyOf(ids).delete();
          await db.explanations.where('runId').anyOf(ids).delete();
          await db.runs.bulkDelete(ids);
        },
      ),
    saveEvaluation: (row) =>
      runWrite(store, [db.evaluations], async () => void (await db.evaluations.put(row))),
    evaluation: (id) => runRead(store, [db.evaluations], () => db.evaluations.get(id)),
    saveExplanation: (row) =>
      runWrite(store, [db.explanations], async () => void (await db.explanations.put(row))),
    explanation: (id) => runRead(store, [db.explanations], () => db.explanations.get(id)),
  };
}
