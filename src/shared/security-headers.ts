/**
 * The HTTP headers the lab is served with: cross-origin isolation (so WASM threads and
 * SharedArrayBuffer work) and the Content-Security-Policy the built lab must run under.
 * One source of truth for the dev/preview servers (vite.config.ts) and the service worker.
 */
export const contentSecurityPolicy = [
  "default-src 'self'",
  "script-src 'self' 'wasm-unsafe-eval'",
  "worker-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
].join('; ');

/** Headers that make the page cross-origin isolated. */
export const isolationHeaders: Readonly<Record<string, string>> = {
  'Cross-Origin-Opener-Policy': 'same-origin',
  'Cross-Origin-Embedder-Policy': 'require-corp',
  'Cross-Origin-Resource-Policy': 'same-origin',
};

/** Every header the built lab is served with. */
export const builtLabHeaders: Readonly<Record<string, string>> = {
  ...isolationHeaders,
  'Content-Security-Policy': contentSecurityPolicy,
};
