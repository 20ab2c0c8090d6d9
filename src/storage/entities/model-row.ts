/** A registered model version (`models`): a run promoted into the registry. */
export interface ModelRow {
  id: string;
  projectId: string;
  /** Registry name; versions of one name count up from 1. */
  name: string;
  version: number;
  runId: string;
  /** Aliases such as `champion`, `challenger`. */
  aliases: string[];
  archived: boolean;
  createdAt: number;
}
