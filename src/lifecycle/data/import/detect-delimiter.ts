import { candidateDelimiters } from './defaults';

/** How many times a character occurs outside double quotes on each of the first lines. */
function computeCounts(lines: readonly string[], delimiter: string): number[] {
  return lines.map((line) => {
    let count = 0;
    let quoted = false;
    for (const char of line) {
      if (char === '"') quoted = !quoted;
      else if (char === delimiter && !quoted) count++;
    }
    return count;
  });
}

/**
 * The delimiter of a text table from its first lines: among `, ; \t |`, the one that occurs
 * on every line the same number of times (most often wins; ties go to the earlier candidate);
 * else the one found most; else a comma (one column).
 */
export function detectDelimiter(text: string, candidates = candidateDelimiters): string {
  const lines = text
    .replace(/^\ufeff/, '')
    .split(/\r?\n/)
    .slice(0, 20)
    .filter((line) => line.trim() !== '');
  // The last line may be cut short by the sample's end.
  if (lines.length > 2) lines.pop();
  let best = ',';
  let bestScore = 0;
  for (const delimiter of candidates) {
    const counts = computeCounts(lines, delimiter);
    const first = counts[0] ?? 0;
    if (first === 0) continue;
    const consistent = counts.every((count) => count === first);
    const score = consistent ? 1e6 + first : counts.reduce((sum, count) => sum + count, 0);
    if (score > bestScore) {
      best = delimiter;
      bestScore = score;
    }
  }
  return best;
}
