/**
 * Inputs of the share bench: a seeded CSV of about 50 MB (7 numbers with six decimals, a count,
 * 3 categories and a date per row) generated in the page, and the archive's bytes carried from
 * one browser context to another as base64 chunks (tests/bench/share-bench.mjs).
 */

/** Data settings (BENCH_SHARE_MB changes the size). */
export const shareShape = {
  bytes: Number(process.env.BENCH_SHARE_MB ?? 50) * 1e6,
  seed: 20240607,
  floats: 7,
  categories: [
    { name: 'region', values: ['north', 'south', 'east', 'west'] },
    { name: 'plan', values: ['free', 'basic', 'pro'] },
    { name: 'channel', values: ['web', 'app', 'store', 'phone', 'partner'] },
  ],
  /** Archive bytes per base64 chunk between the two contexts (4 MiB). */
  chunkBytes: 4 * 1024 * 1024,
};

/** Page function: builds the CSV as `window.__shareCsv`; its bytes, rows and hex SHA-256. */
async function generateCsv(o) {
  let seed = o.seed;
  const next = () => (seed = (Math.imul(seed, 1664525) + 1013904223) >>> 0) / 4294967296;
  const names = [...Array.from({ length: o.floats }, (_, i) => `f${i}`), 'count'];
  const header = [...names, ...o.categories.map((c) => c.name), 'day'].join(',');
  const parts = [`${header}\n`];
  const day0 = Date.UTC(2020, 0, 1);
  let size = parts[0].length;
  let rows = 0;
  while (size < o.bytes) {
    const lines = [];
    for (let r = 0; r < 1000; r++) {
      const cells = [];
      for (let c = 0; c < o.floats; c++) cells.push(((next() * 2 - 1) * 10 ** (c % 5)).toFixed(6));
      cells.push(String(Math.floor(next() * 100_000)));
      for (const { values } of o.categories) cells.push(values[Math.floor(next() * values.length)]);
      const day = new Date(day0 + Math.floor(next() * 1461) * 86_400_000);
      cells.push(day.toISOString().slice(0, 10));
      lines.push(cells.join(','));
    }
    const chunk = `${lines.join('\n')}\n`;
    parts.push(chunk);
    size += chunk.length;
    rows += lines.length;
  }
  window.__shareCsv = new Blob(parts, { type: 'text/csv' });
  const digest = await crypto.subtle.digest('SHA-256', await window.__shareCsv.arrayBuffer());
  const sha256 = [...new Uint8Array(digest)].map((b) => b.toString(16).padStart(2, '0')).join('');
  return { bytes: window.__shareCsv.size, rows, sha256 };
}

/** Generates the seeded CSV in the page (no 50 MB crosses the DevTools pipe). */
export function makeShareCsv(page) {
  return page.evaluate(generateCsv, shareShape);
}

/** Hex SHA-256 of the Blob at `window[name]`, computed in the page. */
export function pageBlobSha256(page, name) {
  return page.evaluate(async (key) => {
    const digest = await crypto.subtle.digest('SHA-256', await window[key].arrayBuffer());
    return [...new Uint8Array(digest)].map((b) => b.toString(16).padStart(2, '0')).join('');
  }, name);
}

/** The Blob at `window.__shareArchive` of `from`, rebuilt as `window.__shareArchive` in `to`. */
export async function carryArchive(from, to) {
  const { size, type } = await from.evaluate(() => ({
    size: window.__shareArchive.size,
    type: window.__shareArchive.type,
  }));
  await to.evaluate(() => {
    window.__shareParts = [];
  });
  for (let start = 0; start < size; start += shareShape.chunkBytes) {
    const end = Math.min(size, start + shareShape.chunkBytes);
    const base64 = await from.evaluate(
      async ({ start, end }) => {
        const bytes = new Uint8Array(await window.__shareArchive.slice(start, end).arrayBuffer());
        let text = '';
        for (let i = 0; i < bytes.length; i += 0x8000) {
          text += String.fromCharCode.apply(null, bytes.subarray(i, i + 0x8000));
        }
        return btoa(text);
      },
      { start, end },
    );
    await to.evaluate((chunk) => {
      const text = atob(chunk);
      const bytes = new Uint8Array(text.length);
      for (let i = 0; i < text.length; i++) bytes[i] = text.charCodeAt(i);
      window.__shareParts.push(bytes);
    }, base64);
  }
  return to.evaluate((mediaType) => {
    window.__shareArchive = new Blob(window.__shareParts, { type: mediaType });
    delete window.__shareParts;
    return window.__shareArchive.size;
  }, type);
}
