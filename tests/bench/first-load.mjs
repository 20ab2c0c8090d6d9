/**
 * First-load JavaScript: the entry script of dist/index.html and everything it loads before
 * the page can run (static imports, modulepreloads), against all the JavaScript of the build;
 * and whether any first-load chunk holds TensorFlow.js code.
 */
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { join, posix, relative } from 'node:path';
import { gzipSync } from 'node:zlib';

/**
 * Strings that only TensorFlow.js bundles contain, checked against a real build: the core's
 * env flags and kernel names, the backends' flags and methods. (Not `tfjs-backend-…`: asset
 * file names such as the WASM binaries carry it into chunks that only hold a URL.)
 */
export const tfjsMarkers = [
  '@tensorflow/tfjs',
  'TENSORLIKE_CHECK_SHAPE_CONSISTENCY',
  'BatchMatMul',
  'FusedMatMul',
  'makeTensorFromTensorInfo',
  'disposeIntermediateTensorInfo',
  'WEBGL_VERSION',
  'WEBGPU_DEFERRED_SUBMIT_BATCH_SIZE',
  'WASM_HAS_SIMD_SUPPORT',
];

/** Relative URLs a module imports statically (`import … from`, `import "…"`, `export … from`). */
export function parseStaticImports(code) {
  const found = new Set();
  const patterns = [
    /(?:^|[;\s})])import\s*(?:[\w$*{}\s,]+?\s*from\s*)?["']([^"']+)["']/g,
    /(?:^|[;\s})])export\s*(?:\*(?:\s*as\s*[\w$]+)?|\{[^}]*\})\s*from\s*["']([^"']+)["']/g,
  ];
  for (const pattern of patterns) {
    for (const match of code.matchAll(pattern)) found.add(match[1]);
  }
  return [...found].filter((spec) => spec.startsWith('.') || spec.startsWith('/'));
}

/** Scripts and module preloads that dist/index.html names, as paths inside dist/. */
export function parseIndexHtml(html) {
  const paths = [];
  const tag = /<(script|link)\b[^>]*>/g;
  for (const [element, name] of html.matchAll(tag)) {
    const isModuleScript = name === 'script' && /type=["']module["']/.test(element);
    const isPreload = name === 'link' && /rel=["']modulepreload["']/.test(element);
    const url = /\b(?:src|href)=["']([^"']+)["']/.exec(element)?.[1];
    if ((isModuleScript || isPreload) && url) paths.push(posix.normalize(url.replace(/^\//, '')));
  }
  return paths;
}

function listFiles(dir) {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? listFiles(join(dir, entry.name)) : [join(dir, entry.name)],
  );
}

function sizes(dist, files) {
  let raw = 0;
  let gzip = 0;
  const rows = files.map((file) => {
    const bytes = readFileSync(join(dist, file));
    const row = { file, raw: bytes.length, gzip: gzipSync(bytes, { level: 9 }).length };
    raw += row.raw;
    gzip += row.gzip;
    return row;
  });
  return { raw, gzip, files: rows };
}

function markersIn(text) {
  return tfjsMarkers.filter((marker) => text.includes(marker));
}

/** Measures dist/: first-load JS, whole-build JS, and TensorFlow.js markers in each. */
export function measureFirstLoad(dist) {
  const html = readFileSync(join(dist, 'index.html'), 'utf8');
  const manifestPath = join(dist, '.vite', 'manifest.json');
  const queue = parseIndexHtml(html);
  const firstLoad = new Set();
  while (queue.length > 0) {
    const file = queue.shift();
    if (firstLoad.has(file) || !existsSync(join(dist, file))) continue;
    firstLoad.add(file);
    const code = readFileSync(join(dist, file), 'utf8');
    for (const spec of parseStaticImports(code)) {
      const target = spec.startsWith('/') ? spec.slice(1) : posix.join(posix.dirname(file), spec);
      queue.push(posix.normalize(target));
    }
  }
  const allJs = listFiles(dist)
    .map((path) => relative(dist, path).split('\\').join('/'))
    .filter((file) => /\.m?js$/.test(file) && statSync(join(dist, file)).isFile())
    .sort();
  const first = sizes(dist, [...firstLoad].sort());
  const whole = sizes(dist, allJs);
  const firstLoadMarkers = Object.fromEntries(
    first.files.map(({ file }) => [file, markersIn(readFileSync(join(dist, file), 'utf8'))]),
  );
  const tfjsChunks = allJs.filter(
    (file) => markersIn(readFileSync(join(dist, file), 'utf8')).length > 0,
  );
  return {
    method: existsSync(manifestPath)
      ? 'index.html scripts and modulepreloads, then static imports (manifest present)'
      : 'index.html scripts and modulepreloads, then static imports',
    firstLoad: first,
    wholeBuild: whole,
    ratio: { raw: first.raw / whole.raw, gzip: first.gzip / whole.gzip },
    tfjs: {
      markers: tfjsMarkers,
      inFirstLoad: Object.values(firstLoadMarkers).some((found) => found.length > 0),
      firstLoadMarkers,
      /** Chunks with a marker: where TensorFlow.js went (and proof that the markers work). */
      chunksWithTfjs: tfjsChunks,
    },
  };
}
