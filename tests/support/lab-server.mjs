/**
 * Serves the built lab (dist/) the way it ships: Vite's `preview()` with the project's
 * vite.config.ts, so every response carries the lab's headers (COOP/COEP and the CSP from
 * src/shared/security-headers.ts).
 */
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build, preview } from 'vite';

/** The repository root. */
export const repoRoot = resolve(fileURLToPath(new URL('../..', import.meta.url)));
const configFile = join(repoRoot, 'vite.config.ts');

/** Builds the lab into dist/ (quietly, warnings only). */
export async function buildLab({ outDir = 'dist' } = {}) {
  await build({ root: repoRoot, configFile, logLevel: 'warn', build: { outDir } });
}

/** Builds the lab unless dist/index.html exists already. */
export async function ensureLabBuilt({ outDir = 'dist' } = {}) {
  if (!existsSync(join(repoRoot, outDir, 'index.html'))) await buildLab({ outDir });
}

/**
 * Starts a server for the built lab on localhost (a free port unless given) and returns
 * its base URL (with a trailing slash) and a `close()`.
 */
export async function startLabServer({ port = 0, host = '127.0.0.1', outDir = 'dist' } = {}) {
  await ensureLabBuilt({ outDir });
  const server = await preview({
    root: repoRoot,
    configFile,
    logLevel: 'warn',
    build: { outDir },
    preview: { host, port, strictPort: port !== 0, open: false },
  });
  const address = server.httpServer.address();
  if (address === null || typeof address === 'string') throw new Error('preview has no port');
  return {
    url: `http://${host}:${address.port}/`,
    close: () => server.close(),
  };
}
