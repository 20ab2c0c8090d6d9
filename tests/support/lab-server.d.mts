/** The repository root. */
export declare const repoRoot: string;
/** Builds the lab into dist/ (quietly, warnings only). */
export declare function buildLab(options?: { outDir?: string }): Promise<void>;
/** Builds the lab unless dist/index.html exists already. */
export declare function ensureLabBuilt(options?: { outDir?: string }): Promise<void>;
/** A running server for the built lab. */
export interface LabServer {
  /** Base URL with a trailing slash, e.g. `http://127.0.0.1:41234/`. */
  url: string;
  close(): Promise<void>;
}
/** Starts a server for the built lab on localhost (a free port unless given). */
export declare function startLabServer(options?: {
  port?: number;
  host?: string;
  outDir?: string;
}): Promise<LabServer>;
