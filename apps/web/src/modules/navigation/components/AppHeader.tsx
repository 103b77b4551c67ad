import { ROUTE_LINKS, routeHref, type Route } from '../routes.util';
import { WorkspaceSwitcher } from './WorkspaceSwitcher';

interface AppHeaderProps {
  route: Route;
  workspaceName: string | undefined;
  /** The dashboard's current filters, carried from one dashboard page to the next. */
  dashboardQuery: string;
  onSignOut: () => void;
}

export function AppHeader({ route, workspaceName, dashboardQuery, onSignOut }: AppHeaderProps) {
  return (
    <header className="app-header">
      <div className="app-header__title">
        <span className="brand">Tandem</span>
        <WorkspaceSwitcher workspaceName={workspaceName} />
      </div>
      <nav className="app-header__nav" aria-label="Pages">
        {ROUTE_LINKS.map((link) => (
          <a
            key={link.route}
            href={link.dashboard ? routeHref(link.route, dashboardQuery) : link.href}
            aria-current={link.route === route ? 'page' : undefined}
            data-testid={`nav-${link.route}`}
          >
            {link.label}
            {link.hint && <span className="app-header__hint"> {link.hint}</span>}
          </a>
        ))}
      </nav>
      <button type="button" className="button button--quiet" onClick={onSignOut} data-testid="sign-out">
        Change key
      </button>
    </header>
  );
}
