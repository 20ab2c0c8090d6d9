/**
 * Which entry names an archive may hold: relative paths of non-empty `/`-separated segments,
 * no `.` or `..`, no backslash, drive letter, control character or `__proto__` segment.
 */

/** Segments no entry path may contain (`..` climbs out; `__proto__` is refused everywhere). */
const forbiddenSegments: ReadonlySet<string> = new Set(['.', '..', '__proto__']);

/** Why `path` is not a safe archive entry name, in words, or null when it is safe. */
export function computeArchivePathProblem(path: string): string | null {
  if (path.length === 0) return 'the name is empty';
  if (path.length > 1024) return 'the name is longer than 1,024 characters';
  if (path.includes('\0')) return 'the name contains a NUL character';
  // eslint-disable-next-line no-control-regex
  if (/[\u0001-\u001f\u007f]/.test(path)) return 'the name contains a control character';
  if (path.includes('\\')) return 'the name contains a backslash';
  if (path.startsWith('/')) return 'the name is an absolute path';
  if (/^[A-Za-z]:/.test(path)) return 'the name starts with a drive letter';
  for (const segment of path.split('/')) {
    if (segment.length === 0) return 'the name has an empty segment (“//” or a trailing “/”)';
    if (forbiddenSegments.has(segment)) return `the name has a “${segment}” segment`;
  }
  return null;
}

/** Whether `path` is a safe archive entry name. */
export function isSafeArchivePath(path: string): boolean {
  return computeArchivePathProblem(path) === null;
}
