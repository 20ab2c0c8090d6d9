import type { LabShareNamespace } from '../api/share-types';
import type { Notices } from './notices.svelte';
import type { Router } from './router.svelte';

/**
 * `?import=<url>`: the archive a link points to, taken off the address (so a reload does not
 * import it again); null when the page was opened without one.
 */
export function takeImportLink(location: Location, history: History): string | null {
  const url = new URL(location.href);
  const target = url.searchParams.get('import');
  if (target === null || target.trim() === '') return null;
  url.searchParams.delete('import');
  history.replaceState(history.state, '', url.toString());
  return new URL(target, location.href).toString();
}

/** Imports the linked archive, says how it went, and opens the project's lineage. */
export async function importFromLink(
  link: string,
  deps: {
    share: Pick<LabShareNamespace['share'], 'import'>;
    notices: Notices;
    router: Pick<Router, 'navigate'>;
  },
): Promise<void> {
  deps.notices.info('share.import.fromLink');
  try {
    const summary = await deps.share.import(link);
    deps.notices.info('share.import.fromLinkDone', { name: summary.name });
    deps.router.navigate({ kind: 'stage', projectId: summary.projectId, stage: 'lineage' });
  } catch (error) {
    deps.notices.push(error);
  }
}
