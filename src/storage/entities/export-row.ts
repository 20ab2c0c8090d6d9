/**
 * One export of a project or a selection (`exports`): when, what, and the archive's digest, so
 * the lab can remind the user of what has changed since the last export.
 */
export interface ExportRow {
  id: string;
  projectId: string;
  /** What was exported: `project` or the kinds of entity selected. */
  scope: string;
  /** Hex SHA-256 of the archive. */
  digest: string;
  bytes: number;
  createdAt: number;
}
