/**
 * A project's use of a dataset version (`versionRefs`, since v3), keyed by
 * `[projectId+versionId]`. A version and its chunks live as long as one reference does.
 */
export interface VersionRefRow {
  projectId: string;
  versionId: string;
  /** The project's named dataset this version belongs to (`datasets`). */
  datasetId: string;
  /** When the project got the version (epoch ms). */
  createdAt: number;
}
