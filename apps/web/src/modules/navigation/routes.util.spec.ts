import { describe, expect, it } from 'vitest';
import { queryFromHash, routeFromHash, routeHref } from './routes.util';

describe('routeFromHash', () => {
  it('opens the page the hash names and the overview otherwise', () => {
    expect(routeFromHash('#/imports')).toBe('imports');
    expect(routeFromHash('#/overview')).toBe('overview');
    expect(routeFromHash('#/settings')).toBe('settings');
    expect(routeFromHash('')).toBe('overview');
    expect(routeFromHash('#/nowhere')).toBe('overview');
  });

  it('looks at the path only, whatever query follows it', () => {
    expect(routeFromHash('#/imports?x')).toBe('imports');
    expect(routeFromHash('#/imports?')).toBe('imports');
    expect(routeFromHash('#/overview?period=last7&platforms=FACEBOOK')).toBe('overview');
    expect(routeFromHash('#/importsx?a=b')).toBe('overview');
  });
});

describe('hash queries', () => {
  it('reads the query after the first question mark', () => {
    expect(queryFromHash('#/overview?from=2026-09-01&to=2026-09-30')).toBe('from=2026-09-01&to=2026-09-30');
    expect(queryFromHash('#/overview?a=1?b')).toBe('a=1?b');
    expect(queryFromHash('#/overview')).toBe('');
    expect(queryFromHash('')).toBe('');
  });

  it('adds a query to a link only when there is one', () => {
    expect(routeHref('overview', 'compare=0')).toBe('#/overview?compare=0');
    expect(routeHref('overview', '')).toBe('#/overview');
    expect(routeHref('imports')).toBe('#/imports');
  });
});
