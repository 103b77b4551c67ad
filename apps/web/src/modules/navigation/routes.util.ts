export type Route = 'overview' | 'imports';

export const ROUTE_LINKS: ReadonlyArray<{ route: Route; href: string; label: string }> = [
  { route: 'overview', href: '#/overview', label: 'Overview' },
  { route: 'imports', href: '#/imports', label: 'Imports' },
];

/** `#/overview?period=last7` → `{ path: '#/overview', query: 'period=last7' }`. */
function splitHash(hash: string): { path: string; query: string } {
  const mark = hash.indexOf('?');
  return mark < 0 ? { path: hash, query: '' } : { path: hash.slice(0, mark), query: hash.slice(mark + 1) };
}

/** `#/imports` (with or without a query) → imports; anything else is the overview. */
export function routeFromHash(hash: string): Route {
  const { path } = splitHash(hash);
  return ROUTE_LINKS.find((link) => link.href === path)?.route ?? 'overview';
}

/** The query part of the hash, without its `?`. */
export function queryFromHash(hash: string): string {
  return splitHash(hash).query;
}

/** The link to a page, carrying a query when there is one: `#/overview?period=last7`, or a clean `#/overview`. */
export function routeHref(route: Route, query = ''): string {
  const href = ROUTE_LINKS.find((link) => link.route === route)!.href;
  return query ? `${href}?${query}` : href;
}
