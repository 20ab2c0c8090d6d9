/**
 * The share namespace of the facade: whole projects or selections as one archive file, models on
 * their own in the standard TensorFlow.js layers format, reports as standalone HTML.
 */

/** What to export: a whole project, or some of its entities with what they need. */
export type ShareSelection =
  | { projectId: string }
  | {
      projectId: string;
      /** Each with its ancestors: a dataset version, a run, a model version, a replay session. */
      items: {
        kind: 'dataset-version' | 'run' | 'model-version' | 'monitor-session';
        id: string;
      }[];
    };

/** What an import did. */
export interface ShareImportSummary {
  projectId: string;
  /** The project's name after import (renamed when another project had its name). */
  name: string;
  renamedFrom: string | null;
  /** Rows added per table; empty when the same content was imported before. */
  added: Record<string, number>;
  /** Rows already present (same id), left as they were. */
  skipped: Record<string, number>;
}

/** The share namespace. */
export interface LabShareNamespace {
  share: {
    /** One archive file (`.lablab`, a zip with a manifest of SHA-256 digests and the lineage). */
    export(
      selection: ShareSelection,
      options?: { onProgress?: (p: ShareProgress) => void },
    ): Promise<Blob>;
    /** Validates an archive (file, blob or URL) completely, then imports it in one transaction. */
    import(
      source: Blob | string,
      options?: { onProgress?: (p: ShareProgress) => void },
    ): Promise<ShareImportSummary>;
    /** A model version on its own: a zip of model.json, weights, preprocessing.json, README. */
    exportModel(modelVersionId: string): Promise<Blob>;
    /** A run's evaluation report as one standalone HTML file with its charts. */
    reportHtml(
      runId: string,
      options?: { split?: 'train' | 'validation' | 'test' },
    ): Promise<string>;
  };
}

/** Progress of an export or import. */
export interface ShareProgress {
  done: number;
  total: number;
  phase: 'read' | 'encode' | 'zip' | 'verify' | 'write';
}
