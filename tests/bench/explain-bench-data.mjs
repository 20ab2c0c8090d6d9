/**
 * Inputs of the explanations bench: the seeded classification CSV generated in the page,
 * imported with `lab.data.importFile`, and the MLP the lab trains on it (wasm-1).
 */

/** Waits until the page exposes `window.lab`. */
export async function waitForLab(page, timeoutMs = 60_000) {
  const deadline = Date.now() + timeoutMs;
  while (!(await page.evaluate('typeof window.lab === "object" && window.lab !== null'))) {
    if (Date.now() > deadline) throw new Error(`window.lab did not appear in ${timeoutMs} ms`);
    await page.waitForTimeout(100);
  }
}

/** Generates the seeded CSV in the page, imports it and trains the MLP; returns the run. */
export function prepareRun(page, shape) {
  return page.evaluate(async (o) => {
    let seed = 4242;
    const next = () => (seed = (Math.imul(seed, 1664525) + 1013904223) >>> 0) / 4294967296;
    const w = Array.from({ length: o.classes * o.features }, () => next() * 2 - 1);
    const lines = [[...Array.from({ length: o.features }, (_, i) => `x${i}`), 'label'].join(',')];
    for (let r = 0; r < o.rows; r++) {
      const x = Array.from({ length: o.features }, () => next() * 2 - 1);
      let best = 0;
      let bestScore = -Infinity;
      for (let k = 0; k < o.classes; k++) {
        let score = (next() - 0.5) * 1.5;
        for (let i = 0; i < o.features; i++) score += w[k * o.features + i] * x[i];
        if (score > bestScore) [best, bestScore] = [k, score];
      }
      lines.push([...x.map((v) => v.toFixed(4)), 'abc'[best]].join(','));
    }
    const lab = window.lab;
    const project = await lab.projects.create({
      name: 'bench explanations',
      task: 'classification',
      target: 'label',
    });
    const blob = new Blob([`${lines.join('\n')}\n`], { type: 'text/csv' });
    const { versionId } = await lab.data.importFile(project.id, blob, {
      name: 'bench-explain.csv',
    });
    let split = null;
    const started = performance.now();
    const handle = await lab.train.start({
      projectId: project.id,
      versionId,
      backend: 'wasm-1',
      seed: o.seed,
      name: 'bench explain',
      model: { family: 'mlp', hidden: o.hidden },
      hyper: { epochs: o.epochs },
      onProgress: (p) => {
        if (p.kind === 'prepared') split = p.rows;
      },
    });
    const run = await handle.done;
    return {
      runId: run.id,
      split,
      trainMs: performance.now() - started,
      accuracy: run.epochs.at(-1)?.metrics.accuracy ?? null,
    };
  }, shape);
}
