import { describe, expect, it } from 'vitest';
import { stages } from '../../../src/lifecycle/plan/types';
import {
  formatRoute,
  isSameRoute,
  parseRoute,
  stageHref,
  type Route,
} from '../../../src/ui/routes';

describe('parseRoute', () => {
  it('an empty hash, "#" and "#/" are home', () => {
    expect(parseRoute('')).toEqual({ kind: 'home' });
    expect(parseRoute('#')).toEqual({ kind: 'home' });
    expect(parseRoute('#/')).toEqual({ kind: 'home' });
  });

  it('#/settings is the settings page, with or without a trailing slash', () => {
    expect(parseRoute('#/settings')).toEqual({ kind: 'settings' });
    expect(parseRoute('#/settings/')).toEqual({ kind: 'settings' });
  });

  it('#/projects/<id>/<stage> opens that stage of that project', () => {
    for (const stage of stages) {
      expect(parseRoute(`#/projects/p-42/${stage}`)).toEqual({
        kind: 'stage',
        projectId: 'p-42',
        stage,
      });
    }
  });

  it('#/projects/<id> opens the Plan stage', () => {
    expect(parseRoute('#/projects/p1')).toEqual({ kind: 'stage', projectId: 'p1', stage: 'plan' });
  });

  it('decodes an encoded project id', () => {
    expect(parseRoute('#/projects/a%2Fb%20c/data')).toEqual({
      kind: 'stage',
      projectId: 'a/b c',
      stage: 'data',
    });
  });

  it('unknown paths, stages and extra segments are not found', () => {
    expect(parseRoute('#/nowhere')).toEqual({ kind: 'not-found', path: '/nowhere' });
    expect(parseRoute('#/projects/p1/retrain')).toEqual({
      kind: 'not-found',
      path: '/projects/p1/retrain',
    });
    expect(parseRoute('#/projects/p1/plan/extra').kind).toBe('not-found');
    expect(parseRoute('#/projects').kind).toBe('not-found');
    expect(parseRoute('#/settings/more').kind).toBe('not-found');
    expect(parseRoute('#main').kind).toBe('not-found');
  });

  it('a malformed percent-encoding is not found rather than a crash', () => {
    expect(parseRoute('#/projects/%E0%A4%A/plan').kind).toBe('not-found');
  });
});

describe('formatRoute', () => {
  it('formats each kind of route as a hash', () => {
    expect(formatRoute({ kind: 'home' })).toBe('#/');
    expect(formatRoute({ kind: 'settings' })).toBe('#/settings');
    expect(stageHref('p 1/2', 'train')).toBe('#/projects/p%201%2F2/train');
  });

  it('parseRoute(formatRoute(route)) gives the route back', () => {
    const routes: Route[] = [
      { kind: 'home' },
      { kind: 'settings' },
      { kind: 'stage', projectId: 'ünï/cödé?#', stage: 'monitor' },
      { kind: 'not-found', path: '/nowhere' },
    ];
    for (const route of routes) expect(parseRoute(formatRoute(route))).toEqual(route);
  });

  it('isSameRoute compares pages, not objects', () => {
    expect(isSameRoute(parseRoute('#/projects/p1'), parseRoute('#/projects/p1/plan'))).toBe(true);
    expect(isSameRoute({ kind: 'home' }, { kind: 'settings' })).toBe(false);
  });
});
