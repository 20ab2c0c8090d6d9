/**
 * The data worker's API: content digests, table import (streamed, written straight to
 * IndexedDB), decoded row windows and column profiles of stored versions. A thin layer over
 * src/lifecycle/data and src/storage; `data.worker.ts` exposes it through Comlink.
 */
import { LabError } from '../src/shared/lab-error';
import { closeDataStores, useDataStore } from './data/data-stores';
import {
  rankVersionFeatures,
  type RankFeaturesRequest,
  type VersionImportance,
} from './data/importance-job';
import { runImportTable } from './data/import-table';
import { inferBlobSchema, type InferSchemaRequest } from './data/infer-schema-job';
import type { DatasetSchema } from '../src/lifecycle/data/types';
import { assessPlanFeasibility, type FeasibilityRequest } from './data/feasibility-job';
import type { PlanFeasibility } from '../src/lifecycle/plan/feasibility-types';
import type {
  ImportTableProgress,
  ImportTableReport,
  ImportTableRequest,
} from './data/import-types';
import {
  profileVersionColumns,
  readVersionRows,
  type VersionProfile,
  type VersionRows,
} from './data/read-version';
import {
  sampleVersionPoints,
  type ScatterRequest,
  type VersionScatter,
} from './data/scatter-sample';
import {
  applyRecipeStepToVersion,
  previewRecipeStep,
  type RecipeApplyReport,
  type RecipePreview,
  type RecipeStepRequest,
} from './data/recipe-step';
import { computeSha256 } from './data/version-digest';
import {
  listUnlabelledRows,
  type UnlabelledRequest,
  type UnlabelledRows,
} from './data/unlabelled-rows';
import { exportVersionCsv } from './data/export-csv';
import type { ShareImportSummary, ShareProgress, ShareSelection } from '../src/api/share-types';
import { archiveMediaType } from '../src/lifecycle/share/archive-types';
import { exportArchive } from './data/share-export';
import { importArchive } from './data/share-import';
import { readArchiveSource } from './data/share-source';
import { diffStoredVersions, type DiffVersionsRequest } from './data/version-diff';
import type { VersionDiff } from '../src/lifecycle/data/lineage';
import { createCancellation } from './runtime/cancellation';
import { describeScope, type WorkerDescription } from './runtime/describe-worker';

export type * from './data/import-types';
export type { RowValue, VersionProfile, VersionRows } from './data/read-version';
export type { RankFeaturesRequest, VersionImportance } from './data/importance-job';
export type { ScatterRequest, VersionScatter } from './data/scatter-sample';
export type { FeasibilityRequest } from './data/feasibility-job';
export type { InferSchemaRequest } from './data/infer-schema-job';
export type { UnlabelledRequest, UnlabelledRows } from './data/unlabelled-rows';
export type { DiffVersionsRequest } from './data/version-diff';
export type { VersionDiff } from '../src/lifecycle/data/lineage';
export type {
  RecipeApplyReport,
  RecipePreview,
  RecipeSide,
  RecipeStepRequest,
} from './data/recipe-step';

import { createProgressSender } from './runtime/progress-sender';

const cancellation = createCancellation();

export const dataApi = {
  /** Hex SHA-256 of the bytes; send the buffer with `transfer`, it is not sent back. */
  async digestBuffer(buffer: ArrayBuffer): Promise<string> {
    if (!(buffer instanceof ArrayBuffer)) {
      throw new LabError('INVALID_ARGUMENT', 'digestBuffer takes an ArrayBuffer');
    }
    return computeSha256(new Uint8Array(buffer));
  },

  /**
   * Imports a Blob/File or URL into a project as a new (or existing, same-content) dataset
   * version. Progress: bytes read, then chunks written. Cancel with `cancelDataWork(callId)`:
   * nothing of the import stays.
   */
  async importTable(
    request: ImportTableRequest,
    onProgress?: (progress: ImportTableProgress) => void,
  ): Promise<ImportTableReport> {
    const progress = createProgressSender(onProgress);
    try {
      const store = await useDataStore(request.dbName);
      const report = await runImportTable(store, request, {
        send: progress.send,
        isCancelled: () => cancellation.isCancelled(request.callId),
        now: () => performance.now(),
        clock: () => Date.now(),
        newId: () => crypto.randomUUID(),
      });
      await progress.flush();
      return report;
    } finally {
      cancellation.settle(request.callId);
    }
  },

  /** The schema an import of a Blob/File would infer, from about its first 10,000 rows; stores nothing. */
  async inferSchema(request: InferSchemaRequest): Promise<DatasetSchema> {
    return inferBlobSchema(request);
  },

  /** Stops the import (or other long call) `callId`; it rejects with CANCELLED. */
  async cancelDataWork(callId: string): Promise<void> {
    cancellation.cancel(callId);
  },

  /** Rows `offset` to `offset + limit` (at most 10,000) of a version, decoded for display. */
  async readVersionRows(request: {
    dbName?: string;
    versionId: string;
    offset: number;
    limit: number;
  }): Promise<VersionRows> {
    const store = await useDataStore(request.dbName);
    return readVersionRows(store, request.versionId, request.offset, request.limit);
  },

  /** Per-column profiles and correlations of a stored version. */
  async profileVersion(request: { dbName?: string; versionId: string }): Promise<VersionProfile> {
    const store = await useDataStore(request.dbName);
    return profileVersionColumns(store, request.versionId);
  },

  /** Features of a stored version ranked by mutual information with `target`, each with a univariate test. */
  async rankVersionFeatures(request: RankFeaturesRequest): Promise<VersionImportance> {
    const store = await useDataStore(request.dbName);
    return rankVersionFeatures(store, request);
  },

  /** A seeded sample of (x, y, colour) points of a stored version, for a scatter plot. */
  async sampleVersionPoints(request: ScatterRequest): Promise<VersionScatter> {
    const store = await useDataStore(request.dbName);
    return sampleVersionPoints(store, request);
  },

  /** A plan's feasibility on a stored version: size, target balance or spread, missing share, baseline scores. */
  async assessPlanFeasibility(request: FeasibilityRequest): Promise<PlanFeasibility> {
    const store = await useDataStore(request.dbName);
    return assessPlanFeasibility(store, request);
  },

  /** What a recipe step would do to a version (sample rows, column profiles before and after); writes nothing. */
  async previewStep(request: RecipeStepRequest): Promise<RecipePreview> {
    const store = await useDataStore(request.dbName);
    return previewRecipeStep(store, request);
  },

  /** Fits and applies a recipe step, writing a new version (parent and fitted step recorded). */
  async applyStep(request: RecipeStepRequest): Promise<RecipeApplyReport> {
    try {
      const store = await useDataStore(request.dbName);
      return await applyRecipeStepToVersion(store, request, {
        isCancelled: () => cancellation.isCancelled(request.callId),
        clock: () => Date.now(),
        newId: () => crypto.randomUUID(),
      });
    } finally {
      cancellation.settle(request.callId);
    }
  },

  /** Schema, row and per-column statistics changes from version `aId` to version `bId`. */
  async diffVersions(request: DiffVersionsRequest): Promise<VersionDiff> {
    const store = await useDataStore(request.dbName);
    return diffStoredVersions(store, request);
  },

  /** A stored version as an RFC 4180 CSV Blob (header row, missing cells empty, datetimes ISO). */
  async exportVersionCsv(request: { dbName?: string; versionId: string }): Promise<Blob> {
    const store = await useDataStore(request.dbName);
    return exportVersionCsv(store, request.versionId);
  },

  /** A project or a selection as one archive (`.lablab`). */
  async exportArchive(
    request: { dbName?: string; selection: ShareSelection; app: string },
    onProgress?: (progress: ShareProgress) => void,
  ): Promise<{ blob: Blob; sha256: string }> {
    const store = await useDataStore(request.dbName);
    const progress = createProgressSender(onProgress);
    const bytes = await exportArchive(store, request, progress.send);
    await progress.flush();
    const sha256 = await computeSha256(bytes);
    return { blob: new Blob([bytes as BlobPart], { type: archiveMediaType }), sha256 };
  },

  /** Checks an archive (a Blob, or a URL fetched here) completely, then imports it. */
  async importArchive(
    request: { dbName?: string; source: Blob | string; file: string },
    onProgress?: (progress: ShareProgress) => void,
  ): Promise<ShareImportSummary> {
    const store = await useDataStore(request.dbName);
    const progress = createProgressSender(onProgress);
    const bytes = await readArchiveSource(request.source, request.file);
    progress.send({ done: 0, total: 1, phase: 'read' });
    const summary = await importArchive(store, { bytes, file: request.file }, progress.send);
    await progress.flush();
    return summary;
  },

  /** Rows of a version whose label column is missing (first `limit`), and the labels in use. */
  async listUnlabelledRows(request: UnlabelledRequest): Promise<UnlabelledRows> {
    const store = await useDataStore(request.dbName);
    return listUnlabelledRows(store, request);
  },

  /** Closes the worker's database connections (tests; the bridge terminates the worker). */
  async closeDataStores(): Promise<void> {
    await closeDataStores();
  },

  /** Who this worker is and what it runs on. */
  async describeDataWorker(): Promise<WorkerDescription> {
    return describeScope('data');
  },
};

/** The data worker's API, as the bridge sees it. */
export type DataApi = typeof dataApi;
