/** What a key does in the labelling view. */
export type LabelKeyAction =
  { kind: 'pick'; index: number } | { kind: 'skip' } | { kind: 'back' } | { kind: 'save' };

const fields = new Set(['INPUT', 'TEXTAREA', 'SELECT']);

/**
 * The labelling shortcut a key press stands for: digits 1–9 pick that label, S skips, Backspace
 * goes back, Enter saves; null for other keys, keys with Ctrl/Alt/Meta, and typing in a field
 * (and Enter on a button, which presses the button).
 */
export function readLabelKey(event: {
  key: string;
  ctrlKey: boolean;
  altKey: boolean;
  metaKey: boolean;
  target: EventTarget | null;
}): LabelKeyAction | null {
  if (event.ctrlKey || event.altKey || event.metaKey) return null;
  const tag = (event.target as { tagName?: string } | null)?.tagName ?? '';
  if (fields.has(tag)) return null;
  if (/^[1-9]$/.test(event.key)) return { kind: 'pick', index: Number(event.key) - 1 };
  if (event.key === 's' || event.key === 'S') return { kind: 'skip' };
  if (event.key === 'Backspace') return { kind: 'back' };
  if (event.key === 'Enter' && tag !== 'BUTTON') return { kind: 'save' };
  return null;
}
