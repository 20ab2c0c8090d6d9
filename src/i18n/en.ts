/**
 * English catalog: the source of message keys. Every key here must exist in ko.ts (the type
 * of `ko` enforces it). Placeholders are `{name}`.
 */
export const en = {
  'app.title': 'Lifecycle Lab',
  'app.tagline': 'The whole machine-learning lifecycle, in your browser.',

  'stage.plan': 'Plan',
  'stage.data': 'Data',
  'stage.train': 'Train',
  'stage.evaluate': 'Evaluate',
  'stage.explain': 'Explain',
  'stage.deploy': 'Deploy',
  'stage.monitor': 'Monitor',

  'error.PARSE_ERROR': 'The input could not be read: {detail}',
  'error.SCHEMA_MISMATCH': 'The data does not match the expected schema: {detail}',
  'error.QUOTA_EXCEEDED':
    'The browser has no more storage for this site. Nothing was saved. Free space by deleting projects, or allow persistent storage in Settings.',
  'error.NOT_FOUND': 'Not found: {what}',
  'error.INVALID_ARGUMENT': '{detail}',
  'error.ARCHIVE_REJECTED': 'The archive was refused: {detail}',
  'error.READ_ONLY':
    'Another tab upgraded the lab to a newer version. This tab is now read-only: reload it to continue.',
  'error.STORAGE_LOST':
    "The browser deleted this site's stored data while the lab was open. Reload to start with an empty lab.",
  'error.STORAGE_ERROR': 'The browser storage failed: {detail}',
  'error.WORKER_FAILED': 'The {worker} worker failed: {detail}',
  'error.WORKER_CRASHED':
    'The {worker} worker stopped unexpectedly. The next action starts a fresh one.',
  'error.CANCELLED': 'Cancelled.',
  'error.BACKEND_UNAVAILABLE': 'The {backend} backend is not available in this browser: {detail}',
  'error.DEVICE_LOST': 'The GPU device was lost ({detail}). Falling back to {backend}.',
  'error.INTERNAL': 'Something went wrong inside the lab: {detail}',
} as const;

/** A message key. */
export type MessageKey = keyof typeof en;

/** A catalog: one string per message key. */
export type Catalog = Record<MessageKey, string>;
