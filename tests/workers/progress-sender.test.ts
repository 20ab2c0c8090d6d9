import { describe, expect, it } from 'vitest';
import { createProgressSender } from '../../workers/runtime/progress-sender';

describe('createProgressSender', () => {
  it('flush waits until every report sent so far was delivered', async () => {
    const delivered: number[] = [];
    const sender = createProgressSender<number>(
      (n) => new Promise<void>((resolve) => setTimeout(() => (delivered.push(n), resolve()), 20)),
    );
    sender.send(1);
    sender.send(2);
    expect(delivered).toEqual([]);
    await sender.flush();
    expect(delivered).toEqual([1, 2]);
  });

  it('a callback that throws or rejects never fails the work, and flush still returns', async () => {
    const sender = createProgressSender<number>((n) => {
      if (n === 1) throw new Error('page gone');
      return Promise.reject(new Error('port closed'));
    });
    sender.send(1);
    sender.send(2);
    await expect(sender.flush()).resolves.toBeUndefined();
  });

  it('flush gives up after its timeout when a report is never delivered', async () => {
    const sender = createProgressSender<number>(() => new Promise<void>(() => undefined), 30);
    sender.send(1);
    const started = Date.now();
    await sender.flush();
    expect(Date.now() - started).toBeLessThan(1_000);
  });
});
