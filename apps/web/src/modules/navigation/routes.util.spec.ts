import { describe, expect, it } from 'vitest';
import { routeFromHash } from './routes.util';

describe('routeFromHash', () => {
  it('opens the page the hash names and the overview otherwise', () => {
    expect(routeFromHash('#/imports')).toBe('imports');
    expect(routeFromHash('#/overview')).toBe('overview');
    expect(routeFromHash('')).toBe('overview');
    expect(routeFromHash('#/nowhere')).toBe('overview');
  });
});
