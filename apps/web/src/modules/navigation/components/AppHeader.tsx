import { ROUTE_LINKS, routeHref, type Route } from '../routes.util';

interface AppHeaderProps {
  route: Route;
  workspaceName: string | undefined;
  /** The Overview's current filters, so that coming back from another page keeps them. */
  overviewQuery: string;
  onSignOut: () => void;
}

export function AppHeader({ route, workspaceName, overviewQuery, onSignOut }: AppHeaderProps) {
  return (
    <header className="app-header">
      <div className="app-header__title">
        <span className="brand">Tandem</span>
        {workspaceName && (
          <span className="app-header__workspace" data-testid="workspace-name">
            {workspaceName}
          </span>
        )}
      </div>
      <nav className="app-header__nav" aria-label="Pages">
        {ROUTE_LINKS.map((link) => (
          <a
            key={link.route}
            href={link.route === 'overview' ? routeHref('overview', overviewQuery) : link.href}
            aria-current={link.route === route ? 'page' : undefined}
            data-testid={`nav-${link.route}`}
          >
            {link.label}
          </a>
        ))}
      </nav>
      <button type="button" className="button button--quiet" onClick={onSignOut} data-testid="sign-out">
        Change key
      </button>
    </header>
  );
}
