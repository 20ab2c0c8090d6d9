/** The one error an archive is refused with: ARCHIVE_REJECTED, its reason, and what was wrong. */
import { LabError } from '../../shared/lab-error';
import type { ArchiveRejection } from './archive-types';

/** Where the refusal happened: the archive's file name and, when one entry is at fault, its path. */
export interface ArchiveRejectionPlace {
  file: string;
  entry?: string;
}

/** An ARCHIVE_REJECTED error whose English message is complete on its own (`detail`). */
export function computeArchiveRejection(
  reason: ArchiveRejection,
  detail: string,
  place: ArchiveRejectionPlace,
): LabError {
  const params: Record<string, string> = { reason, detail };
  if (place.entry !== undefined) params['entry'] = place.entry;
  return new LabError('ARCHIVE_REJECTED', `The archive was refused: ${detail}`, {
    file: place.file,
    params,
    detail,
  });
}

/** Whether a thrown value is an archive refusal (as opposed to a bug to report). */
export function isArchiveRejection(value: unknown): value is LabError {
  return value instanceof LabError && value.code === 'ARCHIVE_REJECTED';
}
