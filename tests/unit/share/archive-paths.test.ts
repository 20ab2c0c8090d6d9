import { describe, expect, it } from 'vitest';
import {
  computeArchivePathProblem,
  isSafeArchivePath,
} from '../../../src/lifecycle/share/archive-paths';

describe('computeArchivePathProblem', () => {
  it('accepts relative paths of plain segments', () => {
    for (const path of ['manifest.json', 'runs/r1/weights.bin', 'a-b_c.d/e f/ü.json']) {
      expect(computeArchivePathProblem(path), path).toBeNull();
    }
  });

  it.each([
    ['', /empty/],
    ['../evil.json', /“\.\.” segment/],
    ['a/../../b', /“\.\.” segment/],
    ['./a', /“\.” segment/],
    ['/etc/passwd', /absolute/],
    ['C:/Windows/x', /drive letter/],
    ['c:x', /drive letter/],
    ['a\\..\\b', /backslash/],
    ['a\0b', /NUL/],
    ['a//b', /empty segment/],
    ['dir/', /empty segment/],
    ['a/__proto__/b', /“__proto__” segment/],
    ['a\nb', /control character/],
  ])('refuses %j (%s)', (path, why) => {
    expect(computeArchivePathProblem(path)).toMatch(why);
    expect(isSafeArchivePath(path)).toBe(false);
  });
});
