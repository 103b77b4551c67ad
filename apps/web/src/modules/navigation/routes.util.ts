export type Route = 'overview' | 'imports';

export const ROUTE_LINKS: ReadonlyArray<{ route: Route; href: string; label: string }> = [
  { route: 'overview', href: '#/overview', label: 'Overview' },
  { route: 'imports', href: '#/imports', label: 'Imports' },
];

/** `#/imports` → imports; anything else is the overview. */
export function routeFromHash(hash: string): Route {
  return ROUTE_LINKS.find((link) => link.href === hash)?.route ?? 'overview';
}
