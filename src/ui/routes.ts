import { stages, type Stage } from '../lifecycle/plan/types';

/** A page of the lab, as the URL hash names it. */
export type Route =
  | { kind: 'home' }
  | { kind: 'settings' }
  | { kind: 'stage'; projectId: string; stage: Stage }
  | { kind: 'not-found'; path: string };

function isStage(value: string): value is Stage {
  return (stages as readonly string[]).includes(value);
}

function decodeSegment(segment: string): string | null {
  try {
    return decodeURIComponent(segment);
  } catch {
    return null;
  }
}

/**
 * Parses a location hash (`#/`, `#/settings`, `#/projects/<id>/<stage>`) into a route.
 * `#/projects/<id>` opens the Plan stage. Anything else is `not-found`.
 */
export function parseRoute(hash: string): Route {
  const path = hash.replace(/^#/, '');
  const segments = path.split('/').filter((segment) => segment !== '');
  if (segments.length === 0) return { kind: 'home' };
  const [first, id, stage, ...rest] = segments;
  if (first === 'settings' && segments.length === 1) return { kind: 'settings' };
  if (first === 'projects' && id !== undefined && rest.length === 0) {
    const projectId = decodeSegment(id);
    if (projectId !== null && projectId !== '') {
      if (stage === undefined) return { kind: 'stage', projectId, stage: 'plan' };
      if (isStage(stage)) return { kind: 'stage', projectId, stage };
    }
  }
  return { kind: 'not-found', path: path === '' ? '/' : path };
}

/** The location hash (with `#`) of a route; the inverse of `parseRoute`. */
export function formatRoute(route: Route): string {
  switch (route.kind) {
    case 'home':
      return '#/';
    case 'settings':
      return '#/settings';
    case 'stage':
      return `#/projects/${encodeURIComponent(route.projectId)}/${route.stage}`;
    case 'not-found':
      return `#${route.path.startsWith('/') ? '' : '/'}${route.path}`;
  }
}

/** The hash of one stage page of a project. */
export function stageHref(projectId: string, stage: Stage): string {
  return formatRoute({ kind: 'stage', projectId, stage });
}

/** Whether two routes name the same page. */
export function isSameRoute(a: Route, b: Route): boolean {
  return formatRoute(a) === formatRoute(b);
}
