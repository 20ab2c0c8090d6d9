import type { ProjectSummary } from '../api/types';
import type { MessageKey } from '../i18n';
import type { Route } from './routes';

/** The catalog key naming a route's page, and the project it belongs to, for `document.title`. */
export function pageTitleKey(
  route: Route,
  project: ProjectSummary | null,
): { key: MessageKey; params: { project?: string } } {
  switch (route.kind) {
    case 'home':
      return { key: 'home.title', params: {} };
    case 'settings':
      return { key: 'settings.title', params: {} };
    case 'stage':
      if (project && project.id === route.projectId) {
        return { key: `stage.${route.stage}`, params: { project: project.name } };
      }
      return { key: `stage.${route.stage}`, params: {} };
    case 'not-found':
      return { key: 'notFound.title', params: {} };
  }
}
