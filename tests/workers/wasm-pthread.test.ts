import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { expect, it } from 'vitest';

const require = createRequire(import.meta.url);

it('the same-origin pthread worker script is tfjs-backend-wasm 4.22.0 wasmWorkerContents as tfjs would run it', () => {
  const { wasmWorkerContents } =
    require('@tensorflow/tfjs-backend-wasm/wasm-out/tfjs-backend-wasm-threaded-simd.worker.js') as {
      wasmWorkerContents: string;
    };
  const copy = readFileSync(
    new URL('../../workers/train/tfjs-wasm-pthread.js', import.meta.url),
    'utf8',
  );
  // tfjs escapes newlines the same way before it makes its blob.
  const escaped = wasmWorkerContents.replace(/\n/g, '\\n');
  expect(copy.endsWith(`${escaped}\n`)).toBe(true);
});
