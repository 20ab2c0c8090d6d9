/** Where a dataset came from. */
export interface DatasetSource {
  kind: 'sample' | 'file' | 'url';
  /** Sample id, file name or URL. */
  ref: string;
}

/** A named dataset of a project (`datasets`); its content lives in dataset versions. */
export interface DatasetRow {
  id: string;
  projectId: string;
  name: string;
  source: DatasetSource;
  createdAt: number;
}
