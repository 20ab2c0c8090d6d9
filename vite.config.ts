import { defineConfig } from 'vitest/config';
import { svelte } from '@sveltejs/vite-plugin-svelte';
import { playwright } from '@vitest/browser-playwright';
import { VitePWA } from 'vite-plugin-pwa';
import { chromiumArgs } from './tests/support/chromium.mjs';
import { builtLabHeaders, isolationHeaders } from './src/shared/security-headers.ts';
import pkg from './package.json' with { type: 'json' };
import tfjsCore from './node_modules/@tensorflow/tfjs-core/package.json' with { type: 'json' };

const chromePath = process.env.CHROME_PATH ?? '/usr/bin/chromium';

/** What the dev server pre-bundles (TensorFlow.js for the train worker: its wasm-out files are CommonJS). */
const browserPrebundle = [
  'comlink',
  '@tensorflow/tfjs-core',
  '@tensorflow/tfjs-core/dist/register_all_gradients',
  '@tensorflow/tfjs-layers',
  'dexie',
  '@tensorflow/tfjs-backend-cpu',
  '@tensorflow/tfjs-backend-webgl',
  '@tensorflow/tfjs-backend-webgpu',
  '@tensorflow/tfjs-backend-wasm',
  '@tensorflow/tfjs-backend-wasm/wasm-out/tfjs-backend-wasm-threaded-simd.js',
  'hyparquet',
  'valibot',
];

export default defineConfig({
  base: './',
  plugins: [
    svelte(),
    VitePWA({
      strategies: 'injectManifest',
      srcDir: 'workers',
      filename: 'service-worker.ts',
      injectRegister: false,
      manifest: false,
      injectManifest: {
        globPatterns: ['**/*.{js,css,html,svg,png,wasm,webmanifest,json,csv}'],
        maximumFileSizeToCacheInBytes: 24 * 1024 * 1024,
        rollupFormat: 'es',
      },
      devOptions: { enabled: false },
    }),
  ],
  define: {
    __APP_VERSION__: JSON.stringify(pkg.version),
    __TFJS_VERSION__: JSON.stringify(tfjsCore.version),
  },
  worker: { format: 'es' },
  build: { target: 'es2022', sourcemap: true, chunkSizeWarningLimit: 4096 },
  server: { headers: { ...isolationHeaders } },
  preview: { headers: { ...builtLabHeaders } },
  optimizeDeps: { include: browserPrebundle },

  test: {
    projects: [
      {
        extends: true,
        test: { name: 'unit', include: ['tests/unit/**/*.test.ts'], environment: 'node' },
      },
      {
        extends: true,
        test: {
          name: 'storage',
          include: ['tests/storage/**/*.test.ts'],
          environment: 'node',
          setupFiles: ['fake-indexeddb/auto'],
        },
      },
      {
        extends: true,
        test: { name: 'workers', include: ['tests/workers/**/*.test.ts'], environment: 'node' },
      },
      {
        extends: true,
        // Pre-bundled up front: tfjs-backend-wasm's wasm-out/ files are CommonJS, which the
        // dev server serves only pre-bundled, and deps found late in a worker reload the page.
        optimizeDeps: { include: browserPrebundle },
        test: {
          name: 'browser',
          include: ['tests/browser/**/*.test.ts'],
          testTimeout: 120_000,
          browser: {
            enabled: true,
            headless: true,
            screenshotFailures: false,
            provider: playwright({
              launchOptions: { executablePath: chromePath, args: [...chromiumArgs] },
            }),
            instances: [{ browser: 'chromium' }],
          },
        },
      },
      {
        extends: true,
        test: {
          name: 'e2e',
          include: ['tests/e2e/**/*.test.ts'],
          environment: 'node',
          testTimeout: 180_000,
          hookTimeout: 180_000,
          fileParallelism: false,
        },
      },
    ],
  },
});
