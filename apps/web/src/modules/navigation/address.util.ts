import { queryFromHash, routeFromHash, routeHref } from './routes.util';

/**
 * The page's state lives in the address (`#/paid?period=last7&group=objective&campaign=123`), so that a bookmark,
 * Back, or a copied link opens exactly what is on screen. Several owners write it (the shared filters, each page's
 * own choices); each replaces only the parameters it owns and keeps the others.
 */
export function addressParams(): URLSearchParams {
  return new URLSearchParams(queryFromHash(window.location.hash));
}

/** `a=1&b=x,y`: commas kept readable. */
export function formatQuery(params: Iterable<[string, string]>): string {
  return [...params].map(([name, value]) => `${name}=${encodeURIComponent(value).replaceAll('%2C', ',')}`).join('&');
}

/**
 * Writes the owner's parameters (an absent one is removed) after the ones it does not own.
 * `replaceState`, not `pushState`: a filter change is a tweak of the same page (every day typed into From/To is one),
 * and stacking them would make Back step through filter states instead of leaving the page.
 */
export function writeAddressParams(owned: readonly string[], params: ReadonlyArray<[string, string]>): void {
  const { hash } = window.location;
  const kept = [...addressParams()].filter(([name]) => !owned.includes(name));
  const query = formatQuery([...params, ...kept]);
  if (queryFromHash(hash) === query) return;
  window.history.replaceState(window.history.state, '', routeHref(routeFromHash(hash), query));
}

/** Calls back when the address changes from outside: a link opened, Back/Forward, an edited address. */
export function onAddressChange(callback: () => void): () => void {
  window.addEventListener('hashchange', callback);
  window.addEventListener('popstate', callback);
  return () => {
    window.removeEventListener('hashchange', callback);
    window.removeEventListener('popstate', callback);
  };
}
