import { describe, expect, it } from 'vitest';
import { useLab, type LabTab } from './harness';

const lab = useLab();

/** A training call that must settle within `ms`: a hang becomes code 'TIMEOUT'. */
async function trainWithin(tab: LabTab, fault: 'throw' | 'crash' | null, ms = 15_000) {
  return tab.attempt(
    (lab, { fault, ms }) =>
      Promise.race([
        lab.backend.trainSteps({ steps: 1, ...(fault ? { injectFault: fault } : {}) }),
        new Promise<never>((_, reject) =>
          setTimeout(() => reject(Object.assign(new Error('no answer'), { code: 'TIMEOUT' })), ms),
        ),
      ]),
    { fault, ms },
  );
}

/** A fresh tab whose train worker is up and whose backend is chosen (the first call probes). */
async function openWarmTab(): Promise<LabTab> {
  const tab = await lab.openTab();
  const warm = await tab.attempt((lab) => lab.backend.trainSteps({ steps: 1 }));
  expect(warm, 'a first, healthy training step').toMatchObject({ ok: true });
  return tab;
}

describe('a failing train worker', () => {
  it('a step that throws rejects with WORKER_FAILED, the UI says so, and the next call trains', async () => {
    const tab = await openWarmTab();

    const failed = await trainWithin(tab, 'throw');
    expect(failed).toMatchObject({ ok: false, code: 'WORKER_FAILED', name: 'LabError' });
    if (failed.ok) return;
    // The notice shows the same message the facade rejected with (at least its first clause).
    await tab.waitForNotice(failed.message.split(':')[0]!.trim());

    const next = await trainWithin(tab, null);
    expect(next).toMatchObject({ ok: true, value: { steps: 1 } });
  });

  it('a worker that dies rejects with WORKER_CRASHED within seconds, and the next call trains', async () => {
    const tab = await openWarmTab();

    const crashed = await trainWithin(tab, 'crash');
    expect(crashed).toMatchObject({ ok: false, code: 'WORKER_CRASHED', name: 'LabError' });
    if (crashed.ok) return;
    await tab.waitForNotice(crashed.message.split('.')[0]!.trim());

    const next = await trainWithin(tab, null);
    expect(next).toMatchObject({ ok: true, value: { steps: 1 } });
  });
});
