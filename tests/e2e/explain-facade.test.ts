import { describe, expect, it } from 'vitest';
import { useLab } from './harness';
import { createSampleProject, trainRun } from './lab-setup';

const lab = useLab();

describe('explaining trained models through the facade', () => {
  it('ranks the two features a synthetic target depends on first, by permutation importance and by mean |attribution|', async () => {
    const tab = await lab.openTab();
    const result = await tab.run(async (lab) => {
      // Six features, the target depends only on x1 and x2 (seeded generator, mulberry32).
      let state = 1234;
      const random = () => {
        state = (state + 0x6d2b79f5) >>> 0;
        let t = state;
        t = Math.imul(t ^ (t >>> 15), t | 1);
        t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
        return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
      };
      const lines = ['x1,x2,x3,x4,x5,x6,y'];
      for (let i = 0; i < 1200; i++) {
        const x = Array.from({ length: 6 }, () => random() * 2 - 1);
        lines.push(
          [...x.map((v) => v.toFixed(5)), 3 * x[0]! - 2 * x[1]! > 0 ? 'yes' : 'no'].join(','),
        );
      }
      const project = await lab.projects.create({
        name: 'Two of six',
        task: 'classification',
        target: 'y',
      });
      const { versionId } = await lab.data.importFile(project.id, new Blob([lines.join('\n')]), {
        name: 'synthetic.csv',
      });
      const run = await (
        await lab.train.start({
          projectId: project.id,
          versionId,
          backend: 'wasm-1',
          model: { family: 'mlp', hidden: [16] },
          hyper: { epochs: 40 },
          seed: 3,
        })
      ).done;
      const global = await lab.explain.global(run.id, { repeats: 5 });
      const predictions = await lab.evaluate.predictions(run.id);
      const locals = [];
      for (const row of predictions.rows.slice(0, 12))
        locals.push(await lab.explain.local(run.id, row));
      return { global, locals, stored: await lab.explain.stored(run.id) };
    });
    const byImportance = result.global.importance.features.map((f) => f.feature);
    expect(byImportance.slice(0, 2).sort()).toEqual(['x1', 'x2']);
    const meanAbs = new Map<string, number>();
    for (const local of result.locals) {
      expect(local.method).toBe('exact-shapley');
      expect(local.additivityGap).toBeLessThan(1e-4);
      expect(
        Math.abs(
          local.baseValue +
            local.attributions.reduce((s, a) => s + a.contribution, 0) -
            local.prediction,
        ),
      ).toBeLessThan(1e-4);
      for (const a of local.attributions)
        meanAbs.set(a.feature, (meanAbs.get(a.feature) ?? 0) + Math.abs(a.contribution));
    }
    const byAttribution = [...meanAbs.entries()].sort((a, b) => b[1] - a[1]).map(([f]) => f);
    expect(byAttribution.slice(0, 2).sort()).toEqual(['x1', 'x2']);
    expect(result.stored).toEqual(result.global);
    expect(result.global.dependence.map((d) => d.feature)).toEqual([
      'x1',
      'x2',
      'x3',
      'x4',
      'x5',
      'x6',
    ]);
    expect(result.global.structure.map((l) => l.kind)).toEqual(['Dense', 'Dense']);
  }, 240_000);

  it('explains a penguin with KernelSHAP, integrated gradients and a typed-in row, and a linear model by its coefficients', async () => {
    const tab = await lab.openTab();
    const project = await createSampleProject(tab, {
      name: 'Penguins',
      task: 'classification',
      target: 'Species',
      sample: 'penguins',
    });
    const mlp = await trainRun(tab, project, { hyper: { epochs: 30 } });
    const logistic = await trainRun(tab, project, {
      model: { family: 'logistic' },
      hyper: { epochs: 30 },
    });
    const result = await tab.run(
      async (lab, { mlp, logistic }) => {
        const row = (await lab.evaluate.predictions(mlp)).rows[0]!;
        const kernel = await lab.explain.local(mlp, row, { method: 'kernel-shap' });
        const gradients = await lab.explain.local(mlp, row, { method: 'integrated-gradients' });
        const typed = await lab.explain.local(mlp, {
          ...kernel.features,
          'Flipper Length (mm)': 230,
          Island: 'Biscoe',
        });
        const linear = await lab.explain.global(logistic, { repeats: 2 });
        const bad = await lab.explain
          .local(mlp, { Wingspan: 3 })
          .catch((e: { code: string; params: Record<string, unknown> }) => ({
            code: e.code,
            field: e.params.field,
          }));
        return { kernel, gradients, typed, linear, bad };
      },
      { mlp: mlp.id, logistic: logistic.id },
    );
    expect(result.kernel.method).toBe('kernel-shap');
    expect(result.kernel.additivityGap).toBeLessThan(1e-4);
    expect(result.gradients.method).toBe('integrated-gradients');
    // Integrated gradients: completeness up to the path integral's discretisation.
    expect(result.gradients.additivityGap).toBeLessThan(0.05);
    expect(result.typed.row).toBeNull();
    expect(result.typed.features['Flipper Length (mm)']).toBe(230);
    expect(result.typed.additivityGap).toBeLessThan(1e-4);
    expect(result.linear.coefficients?.outputs).toEqual(['Adelie', 'Chinstrap', 'Gentoo']);
    expect(result.linear.coefficients?.inputs.some((c) => c.input.startsWith('Island = '))).toBe(
      true,
    );
    expect(result.bad).toMatchObject({ code: 'INVALID_ARGUMENT', field: 'Wingspan' });
  }, 240_000);
});
