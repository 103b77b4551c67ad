export type Route = 'overview' | 'paid' | 'organic' | 'compare' | 'imports' | 'explorer' | 'settings';

export interface RouteLink {
  route: Route;
  href: string;
  label: string;
  /** A hint beside the label, for readers who know the trade's words. */
  hint?: string;
  /** Dashboard pages share the period, platform and comparison filters, carried in their links. */
  dashboard: boolean;
}

export const ROUTE_LINKS: readonly RouteLink[] = [
  { route: 'overview', href: '#/overview', label: 'Overview', dashboard: true },
  { route: 'paid', href: '#/paid', label: 'Paid', hint: 'SMM', dashboard: true },
  { route: 'organic', href: '#/organic', label: 'Organic', hint: 'SMO', dashboard: true },
  { route: 'compare', href: '#/compare', label: 'Organic vs paid', dashboard: true },
  { route: 'imports', href: '#/imports', label: 'Imports', dashboard: false },
  { route: 'explorer', href: '#/explorer', label: 'API explorer', dashboard: false },
  { route: 'settings', href: '#/settings', label: 'Settings', dashboard: false },
];

export function isDashboardRoute(route: Route): boolean {
  return ROUTE_LINKS.some((link) => link.route === route && link.dashboard);
}

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
