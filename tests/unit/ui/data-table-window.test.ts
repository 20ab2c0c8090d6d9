import { describe, expect, it } from 'vitest';
import {
  computeScrollHeight,
  computeTableWindow,
  maxScrollHeight,
} from '../../../src/ui/stages/data/table-window';

const small = { total: 344, rowHeight: 32, visibleRows: 15 };
const million = { total: 1_000_000, rowHeight: 32, visibleRows: 15 };

describe('computeScrollHeight', () => {
  it('is rows × row height while that fits under the cap', () => {
    expect(computeScrollHeight(small)).toBe(344 * 32);
  });

  it('is capped for a million rows of 32 px (32 million px would exceed browser limits)', () => {
    expect(computeScrollHeight(million)).toBe(maxScrollHeight);
    expect(maxScrollHeight).toBeLessThan(17_000_000);
  });

  it('is 0 for an empty version', () => {
    expect(computeScrollHeight({ ...small, total: 0 })).toBe(0);
  });
});

describe('computeTableWindow', () => {
  it('starts at row 0 with one spare row rendered', () => {
    expect(computeTableWindow(0, small)).toEqual({ first: 0, count: 16 });
  });

  it('moves one row per row height of scrolling when unscaled', () => {
    expect(computeTableWindow(32 * 10 + 5, small).first).toBe(10);
  });

  it('never runs past the last full window', () => {
    expect(computeTableWindow(1e9, small)).toEqual({ first: 344 - 15, count: 15 });
  });

  it('maps the whole scaled scroll range onto a million rows', () => {
    const end = maxScrollHeight - 15 * 32;
    expect(computeTableWindow(end, million)).toEqual({ first: 1_000_000 - 15, count: 15 });
    expect(computeTableWindow(end / 2, million).first).toBe(Math.round((1_000_000 - 15) / 2));
  });

  it('renders fewer rows than fit when the version is short', () => {
    expect(computeTableWindow(0, { ...small, total: 3 })).toEqual({ first: 0, count: 3 });
    expect(computeTableWindow(0, { ...small, total: 0 })).toEqual({ first: 0, count: 0 });
  });
});
