import { describe, expect, it } from 'vitest';
import { computeRoute } from '../../../src/lifecycle/deploy';

function challengerShare(rows: number, percent: number, seed: number): number {
  let challenger = 0;
  for (let row = 0; row < rows; row++) {
    if (computeRoute(7, row, percent, seed) === 'challenger') challenger++;
  }
  return challenger / rows;
}

describe('computeRoute', () => {
  it('10,000 rows at 20 % send 20 % ± 1.5 % to the challenger', () => {
    expect(Math.abs(challengerShare(10_000, 20, 42) - 0.2)).toBeLessThanOrEqual(0.015);
    expect(Math.abs(challengerShare(10_000, 20, 1) - 0.2)).toBeLessThanOrEqual(0.015);
  });

  it('0 % always answers with the champion, 100 % always with the challenger', () => {
    expect(challengerShare(2_000, 0, 3)).toBe(0);
    expect(challengerShare(2_000, 100, 3)).toBe(1);
  });

  it('the same (seq, row, seed) always goes the same way; other requests split differently', () => {
    const first = Array.from({ length: 200 }, (_, row) => computeRoute(1, row, 50, 9));
    const again = Array.from({ length: 200 }, (_, row) => computeRoute(1, row, 50, 9));
    const next = Array.from({ length: 200 }, (_, row) => computeRoute(2, row, 50, 9));
    expect(again).toEqual(first);
    expect(next).not.toEqual(first);
  });

  it('a percent outside 0–100 is refused with INVALID_ARGUMENT', () => {
    expect(() => computeRoute(1, 0, 120, 0)).toThrow(
      expect.objectContaining({ code: 'INVALID_ARGUMENT' }),
    );
    expect(() => computeRoute(1, 0, NaN, 0)).toThrow(
      expect.objectContaining({ code: 'INVALID_ARGUMENT' }),
    );
  });
});
